import { z } from 'zod';
import { method } from './method';
import { CategoryCode, GroupCode } from './categories';
import type { Referral } from './settings';

/** A piece of a snippet; `mark` pieces matched the query. */
export interface SnippetPart { text: string; mark: boolean }

export interface SearchHit {
  kind: 'document' | 'service';
  id: string;
  title: { th: string; en?: string };
  /** Title split into marked and unmarked parts. */
  titleParts: SnippetPart[];
  /** The English title so split, where there is one (the screen in English shows it). */
  titleEnParts?: SnippetPart[];
  category?: CategoryCode;
  published?: string;
  score: number;
  /**
   * A suggestion, not a result: it holds only part of the query, or the query's words only far
   * apart, or only inside longer words. Shown apart, under "close matches", and never counted.
   */
  weak: boolean;
  snippet: SnippetPart[];
  /**
   * A found item whose title and snippet show none of the query: the keyword, category name or
   * unit that holds it, marked, so the screen can say why it is listed ("found in keyword …");
   * or (`title`) the Thai title, marked, when only the English title shows nothing (for the screen
   * in English). The screen shows it when the title it shows has no mark.
   */
  foundIn?: { field: 'title' | 'keyword' | 'category' | 'unit'; parts: SnippetPart[] };
}

export interface SearchAnswer {
  query: string;
  /**
   * The hits this answer can page through, after the filters: `found`, plus suggestions when they
   * were looked for. They are looked for only when the page reaches past what the query found
   * before its filters (a query that found a page's worth has no need of them, and looking costs a
   * scan of every word's postings), so `total` may grow on a later page, and a filtered page may
   * have none. Page through results by `found`, which never changes with the page.
   */
  total: number;
  /**
   * Items holding the whole query as words (near each other, not inside longer words): what the
   * screen, the stats and the CLI call "found". Hits that are not `weak` are these.
   */
  found: number;
  hits: SearchHit[];
  /**
   * Set when the query as typed found nothing and a likely correction did (a tone mark or letter
   * slipped, the keyboard left on the other layout): the hits are the correction's, and the
   * screen says "searched for this instead", offering the query as typed (`asTyped`).
   */
  correctedTo?: string;
  /** A corrected query from the index's vocabulary, offered but not searched. */
  didYouMean?: string;
  /** Nothing found, and the query names a topic another agency handles (settings' referrals): where to go. */
  referral?: Referral;
  /** The category group closest to the query, offered when nothing matches. */
  closestGroup?: GroupCode;
  /**
   * Years (CE) and groups where something is found, for the filter chips, and how many a tap on
   * each would find (`found`), counted under the other filter as it is.
   */
  facets: { years: number[]; groups: GroupCode[]; found: { years: Record<number, number>; groups: Partial<Record<GroupCode, number>> } };
  /**
   * The kiosk started without its search index cache and is still indexing document bodies: this
   * answer searched titles, keywords, categories and summaries only. The screen says so and asks
   * again shortly; a search answered so is never counted as "no result".
   */
  partial?: true;
  /**
   * The index is taking in a change (a staff import through the kiosk): this answer is from the
   * index as it stood, without (all of) it. The screen says so and asks again shortly; a search
   * answered so is never counted as "no result".
   */
  updating?: true;
}

/** The furthest a page may start: a pager offers no page beyond it. */
export const SEARCH_OFFSET_MAX = 10_000;

/** Longest query: the screen stops taking characters here (typed, pasted or linked), so the schema's refusal is never what a citizen meets. */
export const QUERY_MAX_LENGTH = 200;

/** The years a search may be filtered by (Common Era): the year chips offer only these. */
export const FILTER_YEARS = { first: 1900, last: 2200 } as const;

export const SearchQuery = z.strictObject({
  q: z.string().max(QUERY_MAX_LENGTH),
  group: GroupCode.optional(),
  category: CategoryCode.optional(),
  /** Common Era year; screens convert from Buddhist Era. */
  year: z.number().int().min(FILTER_YEARS.first).max(FILTER_YEARS.last).optional(),
  sort: z.enum(['relevance', 'newest']).default('relevance'),
  kind: z.enum(['all', 'document', 'service']).default('all'),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(SEARCH_OFFSET_MAX).default(0),
  /** Search exactly what was typed: no correction (the citizen asked for it). */
  asTyped: z.boolean().default(false),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const searchMethods = {
  'search.query': method<SearchAnswer>()({
    input: SearchQuery, role: 'public', changes: false,
    summary: 'Search documents and service standards',
  }),
} as const;
