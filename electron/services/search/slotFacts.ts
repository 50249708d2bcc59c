/**
 * What ranking and filtering read about every matched item, in typed arrays by slot. A query that
 * matches 100,000 items would otherwise follow 100,000 object pointers (one cache miss each) and
 * compare strings, which costs more than scoring them.
 */
import { categoryByCode, categoryCodes, groupCodes, type CategoryCode, type GroupCode } from '../../contract/categories';
import type { SearchableItem } from './engine';

const DAY_MS = 86_400_000;
export const KIND_DOCUMENT = 1;
export const KIND_SERVICE = 2;

/** 1-based codes so that 0 can mean "none" (and, for kind, "empty slot"). */
export const groupId = (group: GroupCode | undefined): number => (group ? groupCodes.indexOf(group) + 1 : 0);
export const categoryId = (category: CategoryCode | undefined): number => (category ? categoryCodes.indexOf(category) + 1 : 0);
export const kindId = (kind: SearchableItem['kind'] | 'all'): number => (kind === 'document' ? KIND_DOCUMENT : kind === 'service' ? KIND_SERVICE : 0);
export const groupOfId = (id: number): GroupCode | undefined => groupCodes[id - 1];

/** CE year of an ISO date, or undefined. */
export const publishedYear = (published: string | undefined): number | undefined => {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
};

export class SlotFacts {
  /** Words in summary and body, for BM25's length normalisation. */
  bodyLength = new Float64Array(64);
  /** Day of publication since 1970 (0 when unknown): recency tie-break and "newest". */
  day = new Int32Array(64);
  /** CE year of publication (0 when unknown): year filter and facet. */
  year = new Uint16Array(64);
  group = new Uint8Array(64);
  category = new Uint8Array(64);
  /** 0 marks an empty slot. */
  kind = new Uint8Array(64);
  /** First word position of the summary: matches before it are in the title, keywords, category or unit. */
  descriptorEnd = new Uint16Array(64);
  /** The last tie-breaker between results equal on relevance and date: a number drawn from the item's kind and id (see tieOrder). */
  tie = new Uint32Array(64);

  set(slot: number, item: SearchableItem, bodyLength: number, descriptorEnd: number): void {
    this.ensure(slot + 1);
    this.descriptorEnd[slot] = descriptorEnd;
    const time = item.published ? Date.parse(item.published) : NaN;
    const year = publishedYear(item.published) ?? 0;
    this.bodyLength[slot] = bodyLength;
    this.day[slot] = Number.isFinite(time) && time > 0 ? Math.floor(time / DAY_MS) : 0;
    this.year[slot] = year > 0 && year < 65_536 ? year : 0;
    this.group[slot] = groupId(item.group ?? (item.category ? categoryByCode[item.category].group : undefined));
    this.category[slot] = categoryId(item.category);
    this.kind[slot] = kindId(item.kind);
    this.tie[slot] = tieOrder(item.kind, item.id);
  }

  /**
   * A slot's facts as a snapshot stored them (`codes`: year | group << 16 | category << 24), for
   * an index loaded without its items (indexSnapshot's loadSnapshotAlone).
   */
  load(slot: number, kind: SearchableItem['kind'], id: string, bodyLength: number, descriptorEnd: number, day: number, codes: number): void {
    this.ensure(slot + 1);
    this.descriptorEnd[slot] = descriptorEnd;
    this.bodyLength[slot] = bodyLength;
    this.day[slot] = day;
    this.year[slot] = codes & 0xffff;
    this.group[slot] = (codes >>> 16) & 0xff;
    this.category[slot] = codes >>> 24;
    this.kind[slot] = kindId(kind);
    this.tie[slot] = tieOrder(kind, id);
  }

  /** What `load` takes back: year | group << 16 | category << 24. */
  codesOf(slot: number): number {
    return ((this.year[slot] as number) | ((this.group[slot] as number) << 16) | ((this.category[slot] as number) << 24)) >>> 0;
  }

  clear(slot: number): void {
    if (slot < this.kind.length) { this.kind[slot] = 0; this.bodyLength[slot] = 0; }
  }

  reset(): void { this.kind.fill(0); }

  private ensure(size: number): void {
    if (size <= this.kind.length) return;
    const next = Math.max(size, this.kind.length * 2);
    const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array>(old: T, make: (n: number) => T): T => { const a = make(next); a.set(old); return a; };
    this.bodyLength = grow(this.bodyLength, (n) => new Float64Array(n));
    this.day = grow(this.day, (n) => new Int32Array(n));
    this.year = grow(this.year, (n) => new Uint16Array(n));
    this.group = grow(this.group, (n) => new Uint8Array(n));
    this.category = grow(this.category, (n) => new Uint8Array(n));
    this.kind = grow(this.kind, (n) => new Uint8Array(n));
    this.descriptorEnd = grow(this.descriptorEnd, (n) => new Uint16Array(n));
    this.tie = grow(this.tie, (n) => new Uint32Array(n));
  }
}

/**
 * Where an item stands among results that tie on relevance and date: a 32-bit FNV-1a hash of its id
 * (over UTF-16 units), started from a different value for services than for documents; two equal
 * hashes are told apart by the id itself (ranking's keyOf). Not its slot, which depends on the
 * index's history (an item edited while the kiosk was off, or while it ran, gets a later slot than a
 * fresh build gives it): every kiosk and the CLI list the same catalogue in the same order.
 */
export function tieOrder(kind: SearchableItem['kind'], id: string): number {
  let h = kind === 'document' ? 0x811c9dc5 : 0x050c5d1f;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
