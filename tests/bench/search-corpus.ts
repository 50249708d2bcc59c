/** Turns eval corpus documents into what the catalogue hands the search engine. */
import { categoryByCode, categoryGroups, type CategoryCode } from '../../electron/contract/categories';
import type { SearchableItem } from '../../electron/services/search/index';

export interface EvalDocument {
  id: string; title_th: string; title_en: string; category: string; published: string;
  keywords: string[]; summary_th: string; body: string; unit?: string;
}

export function toSearchableItem(d: EvalDocument): SearchableItem {
  const category = categoryByCode[d.category as CategoryCode];
  const group = categoryGroups.find((g) => g.code === category.group);
  return {
    kind: 'document', id: d.id, title: { th: d.title_th, en: d.title_en }, keywords: d.keywords,
    categoryNames: [category.name.th, category.name.en, group?.name.th ?? '', group?.name.en ?? ''].filter(Boolean),
    category: category.code, group: category.group, summary: d.summary_th, unit: d.unit, body: d.body, published: d.published,
  };
}
