import type { z } from 'zod';

/**
 * Seeded payloads for the contract fuzz: a valid-ish input made from each method's own schema,
 * then hostile variants of it, leaf by leaf. Each payload has a JS value (for the dispatcher,
 * where NaN and -0 exist) and a JSON text (for HTTP, where they are written as raw tokens).
 */

/** mulberry32: tiny, seedable, good enough to pick payloads. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` is made on demand: only the payloads sent over HTTP need it. */
export interface Payload { kind: string; label: string; value: unknown; text: () => string }

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

const stringCandidates = [
  'a', 'doc-1', 'ทดสอบ', 'ผู้ดูแล ระบบ', '123456', '24681357', '2026-01-15', '2026-01', '2027-Q1', '2570', 'th', 'en', 'home',
  'admin', 'staff-1', 'fuzz.pdf', 'import.csv', 'data.xlsx', 'x'.repeat(12), 'https://example.go.th/doc', 'QUJD',
  '3b241101-e2bb-4255-8caf-4136c566a962', 'a'.repeat(64), '0123456789abcdef'.repeat(4), 'search',
];
const numberCandidates = [1, 0, 2, 5, 10, 20, 50, 100, 2026, 2570, 2569, 1900, 3];

/** A value the schema accepts, when one of the candidates or a structure of them does. */
export function sample(schema: z.ZodType, rng: () => number, depth = 0): unknown {
  const def = defOf(schema);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rng() * items.length)];
  const firstAccepted = (candidates: readonly unknown[]) => {
    const start = Math.floor(rng() * candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[(start + i) % candidates.length];
      if (accepts(schema, c)) return c;
    }
    return candidates[start];
  };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const optional = ['optional', 'default', 'prefault'].includes(defOf(field).type);
        if (optional && (depth > 3 || rng() < 0.3)) continue;
        out[key] = sample(field, rng, depth + 1);
      }
      return out;
    }
    case 'optional': case 'default': case 'prefault': case 'nullable': case 'readonly': case 'catch': case 'nonoptional':
      return sample(def.innerType as z.ZodType, rng, depth);
    case 'pipe': return sample(def.in as z.ZodType, rng, depth);
    case 'string': return firstAccepted(stringCandidates);
    case 'number': case 'int': return firstAccepted(numberCandidates);
    case 'boolean': return rng() < 0.5;
    case 'enum': return pick(Object.values(def.entries as Record<string, unknown>));
    case 'literal': return (def.values as unknown[])[0];
    case 'union': return sample(pick(def.options as z.ZodType[])!, rng, depth);
    case 'array': {
      const element = def.element as z.ZodType;
      for (const n of [1, 2, 0, 3]) {
        const items = Array.from({ length: n }, () => sample(element, rng, depth + 1));
        if (accepts(schema, items)) return items;
      }
      return [sample(element, rng, depth + 1)];
    }
    case 'record': return {};
    case 'tuple': return (def.items as z.ZodType[]).map((item) => sample(item, rng, depth + 1));
    default: return 'x';
  }
}

/** A valid input when some try gives one (refinements may refuse a few combinations). */
export function validInput(schema: z.ZodType, rng: () => number): { value: unknown; valid: boolean } {
  let last: unknown = {};
  for (let i = 0; i < 20; i++) {
    last = sample(schema, rng);
    if (accepts(schema, last)) return { value: last, valid: true };
  }
  return { value: last, valid: false };
}

type Path = (string | number)[];
export interface Leaf { path: Path; value: unknown }

/** Every position in a JSON-like value, the root included. */
export function leavesOf(value: unknown, path: Path = []): Leaf[] {
  const here: Leaf = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => leavesOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [here, ...Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]))];
  return [here];
}

const MARK = '\u0001FUZZ\u0001';
function setAt(base: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

/**
 * A payload whose JSON text holds `raw` where the value holds `value`: for tokens JSON.stringify
 * cannot write (NaN, -0, 1e999) and for big values, which are written once and shared (the
 * process's JSON.stringify may be core-js's slow polyfill, installed by pdfjs-dist's legacy build).
 */
function variant(kind: string, label: string, base: unknown, path: Path, value: unknown, raw?: string): Payload {
  const text = () => (raw === undefined ? JSON.stringify(setAt(base, path, value)) : JSON.stringify(setAt(base, path, MARK)).replace(JSON.stringify(MARK), () => raw));
  return { kind, label: `${label} at ${path.join('.') || '(root)'}`, value: setAt(base, path, value), text };
}

const DEPTH = 10_000;
const deepArrayText = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObjectText = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
const deepArray: unknown = JSON.parse(deepArrayText);
const deepObject: unknown = JSON.parse(deepObjectText);
export const HUGE = 'A'.repeat(1024 * 1024);
const hugeText = `"${HUGE}"`;

export function traversalStrings(outsideDir: string): string[] {
  return [
    '../', '..\\', '../../../../../../etc/passwd', '..\\..\\..\\..\\Windows\\win.ini', '/etc/passwd', 'C:\\Windows\\System32\\drivers\\etc\\hosts',
    '\\\\evil-host\\share\\x.pdf', 'a\u0000b', 'files/../../x.pdf\u0000.pdf', '%2e%2e/%2e%2e/%2e%2e/etc/passwd', '..%2f..%2f..%2fx', '%2e%2e%5c%2e%2e%5cx',
    'file:///etc/passwd', '../outside/pwned.pdf', `${outsideDir}/pwned.pdf`, `${outsideDir}\\pwned.csv`, '....//....//x', 'CON', 'NUL.txt',
  ];
}
const weirdStrings = ['', ' ', '<script>alert(1)</script>', '=HYPERLINK("http://evil")', '\u202egnp.exe', 'ก\u0e48\u0e48\u0e48\u0e48', '😀'.repeat(50), '${7*7}', '__proto__'];
const hostileNumbers: [number, string][] = [[NaN, 'NaN'], [Infinity, '1e999'], [-Infinity, '-1e999'], [-0, '-0'], [1e308, '1e308'], [-1e308, '-1e308'], [2 ** 53 + 1, '9007199254740993'], [0.5, '0.5'], [-1, '-1']];
const wrongTypes: [unknown, string][] = [[42, '42'], [true, 'true'], [null, 'null'], [[], '[]'], [{}, '{}'], [['x'], '["x"]'], ['1', '"1"']];

/** Every hostile kind for one method, from its valid base. */
export function hostilePayloads(base: unknown, rng: () => number, outsideDir: string, randomRounds: number): Payload[] {
  const leaves = leavesOf(base);
  const strings = leaves.filter((l) => typeof l.value === 'string');
  const numbers = leaves.filter((l) => typeof l.value === 'number');
  const objects = leaves.filter((l) => l.value !== null && typeof l.value === 'object' && !Array.isArray(l.value));
  const out: Payload[] = [];

  for (const leaf of leaves) {
    for (const [value, raw] of wrongTypes) {
      if (typeof value === typeof leaf.value && Array.isArray(value) === Array.isArray(leaf.value)) continue;
      out.push(variant('wrong-type', `wrong type ${raw}`, base, leaf.path, value));
    }
  }
  for (const leaf of strings) {
    out.push(variant('huge-string', '1 MB string', base, leaf.path, HUGE, hugeText));
    for (const s of traversalStrings(outsideDir)) out.push(variant('path-traversal', JSON.stringify(s).slice(0, 40), base, leaf.path, s));
    for (const s of weirdStrings) out.push(variant('weird-string', JSON.stringify(s).slice(0, 40), base, leaf.path, s));
  }
  for (const leaf of numbers) for (const [n, raw] of hostileNumbers) out.push(variant('number', raw, base, leaf.path, n, raw));
  for (const leaf of objects) {
    out.push(variant('array-for-object', 'array', base, leaf.path, [leaf.value]));
    out.push(variant('array-for-object', 'empty array', base, leaf.path, []));
    const protoText = (inner: string) => `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}${inner}}`;
    const fields = JSON.stringify(leaf.value).slice(1, -1);
    const raw = protoText(fields ? `,${fields}` : '');
    out.push(variant('prototype-keys', '__proto__/constructor/prototype', base, leaf.path, JSON.parse(raw), raw));
  }
  out.push(variant('huge-string', '1 MB string as the whole input', base, [], HUGE, hugeText));
  for (const leaf of [leaves[0]!, ...objects.slice(1, 3), ...strings.slice(0, 2)]) {
    out.push(variant('deep-nesting', '10k nested arrays', base, leaf.path, deepArray, deepArrayText));
    out.push(variant('deep-nesting', '10k nested objects', base, leaf.path, deepObject, deepObjectText));
  }
  // Seeded random combinations: several leaves changed at once.
  const pool = [...wrongTypes.map(([v]) => v), ...traversalStrings(outsideDir), ...weirdStrings, ...hostileNumbers.map(([n]) => n), 'B'.repeat(5000)];
  for (let round = 0; round < randomRounds; round++) {
    let value = base;
    const changed: string[] = [];
    for (let k = 0; k < 1 + Math.floor(rng() * 3); k++) {
      const inner = leavesOf(value).filter((l) => l.path.length > 0);
      const leaf = inner[Math.floor(rng() * inner.length)];
      if (!leaf) break;
      value = setAt(value, leaf.path, pool[Math.floor(rng() * pool.length)]);
      changed.push(leaf.path.join('.'));
    }
    const final = value;
    out.push({ kind: 'random', label: `round ${round}: ${changed.join(', ')}`, value: final, text: () => JSON.stringify(final) });
  }
  return out;
}
