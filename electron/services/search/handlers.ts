import type { HandlersFor } from '../../contract/handler';
import type { searchMethods } from '../../contract/search';
import type { SearchEngine } from './engine';

export const searchHandlers = (engine: SearchEngine) =>
  ({
    'search.query': (input) => engine.query(input),
  }) satisfies HandlersFor<keyof typeof searchMethods>;
