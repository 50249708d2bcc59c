import { categoryGroups, type GroupCode } from '../../contract/categories';
import type { ReportModel } from '../../contract/reports';
import type { DayRollup } from '../stats/dayRollup';

export const REMOVED_DOCUMENTS_TH = 'เอกสารที่ไม่อยู่ในทะเบียนแล้ว';

/**
 * Use per category group: documents opened (by their category's group in today's catalogue) and
 * browse-page visits, side by side. The usage log records only a document's id, so a document
 * moved to another category counts under its new group; one no longer in the catalogue counts in
 * a last row, so the document views always add up to the period's total, as the top-documents table does.
 */
export function categoryGroupUse(figures: Pick<DayRollup, 'documents' | 'groups'>, groupOf: (documentId: string) => GroupCode | undefined): ReportModel['categoryGroups'] {
  const opened = new Map<GroupCode | 'removed', number>();
  for (const [id, [views]] of Object.entries(figures.documents)) {
    const group = groupOf(id) ?? 'removed';
    opened.set(group, (opened.get(group) ?? 0) + views);
  }
  const rows: ReportModel['categoryGroups'] = categoryGroups.map((g) => ({
    group: g.code, nameTh: g.name.th, documentViews: opened.get(g.code) ?? 0, browseViews: figures.groups[g.code] ?? 0,
  }));
  const removed = opened.get('removed') ?? 0;
  if (removed > 0) rows.push({ group: 'removed', nameTh: REMOVED_DOCUMENTS_TH, documentViews: removed, browseViews: 0 });
  return rows;
}
