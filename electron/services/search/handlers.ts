import type { HandlersFor } from '../../contract/handler';
import type { searchMethods } from '../../contract/search';
import type { LiveSearch } from './liveSearch';

export const searchHandlers = (engine: LiveSearch) =>
  ({
    'search.query': (input) => engine.query(input),
  }) satisfies HandlersFor<keyof typeof searchMethods>;
