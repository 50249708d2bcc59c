import type { SearchableItem } from './engine';

/**
 * An item of the catalogue read only when one of its fields is: kind and id are known from the
 * search cache, the rest is made by `itemOf` when the item is shown (a hit's title and snippet),
 * or when a suggester or a save of the cache reads every item. The index loaded from a cache
 * stamped with the catalogue's state (indexSnapshot's loadSnapshotAlone) holds these, so that a
 * start does not build 20,000 search items before it answers.
 */
export class ItemOnDemand implements SearchableItem {
  private read?: SearchableItem;
  constructor(readonly kind: SearchableItem['kind'], readonly id: string, private readonly itemOf: (kind: SearchableItem['kind'], id: string) => SearchableItem) {}
  private get item(): SearchableItem { return (this.read ??= this.itemOf(this.kind, this.id)); }
  get title() { return this.item.title; }
  get keywords() { return this.item.keywords; }
  get categoryNames() { return this.item.categoryNames; }
  get category() { return this.item.category; }
  get group() { return this.item.group; }
  get summary() { return this.item.summary; }
  get unit() { return this.item.unit; }
  get body() { return this.item.body; }
  get bodyHash() { return this.item.bodyHash; }
  get published() { return this.item.published; }
}
