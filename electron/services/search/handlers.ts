import type { HandlersFor } from '../../contract/handler';
import type { SearchQuery, searchMethods } from '../../contract/search';
import type { Referral } from '../../contract/settings';
import type { LiveSearch } from './liveSearch';
import { withReferral } from './referrals';

export const searchHandlers = (engine: LiveSearch, referrals: () => readonly Referral[], citizenAsked?: (query: SearchQuery) => void) =>
  ({
    // A citizen is answered at once while the index takes in a big change; staff and the CLI wait for it.
    'search.query': async (input, context) => {
      // Told before it runs (a citizen's, not staff's or the CLI's): the usage log counts only searches citizens asked.
      if (context.actor === undefined && context.transport !== 'cli') citizenAsked?.(input);
      return withReferral(await engine.query(input, { waitForChanges: context.transport === 'cli' || context.transport === 'test' || context.actor !== undefined }), referrals());
    },
  }) satisfies HandlersFor<keyof typeof searchMethods>;
