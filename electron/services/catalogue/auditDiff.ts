import type { AuditChange } from '../../contract/handler';
import type { AuditNote } from '../../contract/auditNote';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The audit entry of an edit: only the fields that changed, before and after, so that a
 * 10,000-row import or a one-word fix does not copy whole documents into the trail.
 * `updatedAt` is left out: the audit line has its own time.
 */
export function auditChange(
  target: string,
  before: object | undefined,
  after: object | undefined,
  note?: AuditNote,
): AuditChange {
  if (!before || !after) return { target, before, after, note };
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
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
