import type { SearchAnswer, SearchQuery } from '../../contract/search';
import type { CategoryCode, GroupCode } from '../../contract/categories';
import type { SnapshotUse } from './indexSnapshot';
import type { AnalysedItem } from './itemAnalysis';

/** What the catalogue hands the search engine: plain text fields, already joined. */
export interface SearchableItem {
  kind: 'document' | 'service';
  id: string;
  title: { th: string; en?: string };
  keywords: string[];
  /** Category and group names in both languages. */
  categoryNames: string[];
  category?: CategoryCode;
  group?: GroupCode;
  summary: string;
  unit?: string;
  /** Full body: hand-entered body plus text extracted from the PDF. */
  body: string;
  /**
   * A digest of `body` known without reading it (the catalogue store keeps one per stored body):
   * the content hash uses it instead of the body, so the index cache can take an unchanged
   * item without reading its body. Must change whenever the body does.
   */
  bodyHash?: string;
  /** ISO date (CE), used for recency tie-break, year filter and "newest" sort. */
  published?: string;
}

export interface SearchEngine {
  replaceAll(items: SearchableItem[]): void;
  /**
   * Like replaceAll, but unchanged items take their analysis from a snapshot (see indexSnapshot).
   * Returns undefined, having built nothing, when the snapshot cannot be used. With
   * `analyseChanged: false` new and edited items are returned as `pending`, not analysed.
   * `catalogue`: the state label of the catalogue `items` come from; a snapshot stamped with it
   * holds exactly these items, as analysed (no content hash checked).
   */
  replaceAllFromSnapshot(items: SearchableItem[], snapshot: Uint8Array, options?: { analyseChanged: boolean; catalogue?: string }): SnapshotUse | undefined;
  /**
   * Fills the index from a snapshot written for the catalogue state `catalogue` (indexSnapshot's
   * loadSnapshotAlone), the items made by `itemFor` and read only when shown. False, having built
   * nothing, when the snapshot was written for another state or cannot be used.
   */
  loadSnapshotAlone(snapshot: Uint8Array, catalogue: string, itemFor: (kind: SearchableItem['kind'], id: string) => SearchableItem): boolean;
  /** The analysed index as bytes, for replaceAllFromSnapshot after a restart; `catalogue`: the catalogue state it is in step with, when known. */
  snapshot(catalogue?: string): Uint8Array;
  /** The same, encoded a slice at a time with `pause` awaited between slices; undefined when the index changed meanwhile. */
  snapshotInSlices(pause: () => Promise<void>, catalogue?: string): Promise<Uint8Array | undefined>;
  upsert(item: SearchableItem): void;
  /** Like upsert, with the item already analysed (by a worker thread). */
  addAnalysed(item: SearchableItem, analysed: AnalysedItem): void;
  remove(kind: SearchableItem['kind'], id: string): void;
  /** Renumbers the index once many removed or edited items have left dead slots; true when it did. */
  compactIfWorthwhile(): boolean;
  /** Readies what the first query would otherwise build (the did-you-mean index over short fields). */
  prepare(): void;
  /** Reads every item once, `pause` awaited between them: items loaded alone (itemOnDemand.ts) are made then, not all at once by prepare(). */
  readItems(pause: () => Promise<void>): Promise<void>;
  query(q: SearchQuery): SearchAnswer;
  readonly size: number;
}
