import { unauditedFields } from '../../../electron/contract/schemas';

/** One line of a readable before/after: a field path and its two values, as stored. */
export interface DiffRow { path: string; before?: unknown; after?: unknown }

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LONG = 300;

/** A stored value as short text: lists of words joined, anything else as JSON, long text cut. */
export const plainText = (v: unknown): string | undefined => {
  if (v === undefined) return undefined;
  const text = typeof v === 'string' ? v : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(' · ') : JSON.stringify(v);
  return text.length > LONG ? `${text.slice(0, LONG)}…` : text;
};

/**
 * Nothing written: empty or blank text, an empty list, an object with no text. The trail shows such a
 * value as it shows an absent one ("—"), and a field empty on both sides (a new item's unused
 * field) is no row at all.
 */
export const isEmptyValue = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  || (Array.isArray(v) && v.every(isEmptyValue))
  || (isPlain(v) && Object.values(v).every(isEmptyValue));
const shown = (v: unknown) => (isEmptyValue(v) ? undefined : v);

/** Leaves of an object as `title.th` → value; arrays stay whole (keywords read better as one line). */
function leaves(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
    if (Object.keys(value).length === 0 && prefix) out.set(prefix, value);
  } else out.set(prefix || '·', value);
  return out;
}

/** The fields that differ between an audit entry's before and after, in a stable order. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = before === undefined ? new Map<string, unknown>() : leaves(before);
  const a = after === undefined ? new Map<string, unknown>() : leaves(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths
    // Older entries still hold the editor's draft key: it is no field staff keep (see unauditedFields).
    .filter((p) => !unauditedFields.includes(p))
    .map((path) => ({ path, before: shown(b.get(path)), after: shown(a.get(path)) }))
    .filter((row) => JSON.stringify(row.before) !== JSON.stringify(row.after));
}
