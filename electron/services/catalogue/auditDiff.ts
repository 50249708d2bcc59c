import type { AuditChange } from '../../contract/handler';
import type { AuditNote } from '../../contract/auditNote';
import { unauditedFields } from '../../contract/schemas';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const withoutBookkeeping = (value: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([k]) => !unauditedFields.includes(k)));

/**
 * The audit entry of an edit: only the fields that changed, before and after, so that a
 * 10,000-row import or a one-word fix does not copy whole documents into the trail.
 * `updatedAt` is left out: the audit line has its own time. The editor's draft key
 * (`unauditedFields`) is left out of every entry, a new document's too: it is a retry token fixed
 * when the document is made, never edited, and means nothing to staff reading the trail.
 */
export function auditChange(
  target: string,
  before: object | undefined,
  after: object | undefined,
  note?: AuditNote,
): AuditChange {
  const b = before && withoutBookkeeping(before);
  const a = after && withoutBookkeeping(after);
  if (!b || !a) return { target, before: b, after: a, note };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== 'updatedAt' && !same(b[k], a[k]));
  return {
    target,
    before: Object.fromEntries(keys.map((k) => [k, b[k]])),
    after: Object.fromEntries(keys.map((k) => [k, a[k]])),
    note,
  };
}

/** True when the edit changes nothing but the time stamp. */
export const unchanged = (before: object, after: object): boolean => {
  const change = auditChange('', before, after);
  return Object.keys(change.after as object).length === 0;
};
