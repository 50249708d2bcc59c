import type { HandlersFor } from '../../contract/handler';
import type { searchMethods } from '../../contract/search';
import type { Referral } from '../../contract/settings';
import type { LiveSearch } from './liveSearch';
import { withReferral } from './referrals';

export const searchHandlers = (engine: LiveSearch, referrals: () => readonly Referral[]) =>
  ({
    'search.query': async (input) => withReferral(await engine.query(input), referrals()),
  }) satisfies HandlersFor<keyof typeof searchMethods>;
