type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins per-domain tables (methods, handlers) into one. An object spread would let a second
 * `'x.y'` silently replace the first; here a name declared twice stops the process at start,
 * so the build's tests fail before any caller reaches the wrong handler.
 */
export function joinTables<T extends Record<string, unknown>[]>(...tables: T): UnionToIntersection<T[number]> {
  const joined: Record<string, unknown> = {};
  for (const table of tables) {
    for (const name of Object.keys(table)) {
      if (Object.hasOwn(joined, name)) throw new Error(`"${name}" is declared twice: every method name must be unique`);
      joined[name] = table[name];
    }
  }
  return joined as UnionToIntersection<T[number]>;
}
