/**
 * A lazy string property (a document's body, read from disk only when asked) whose getter is one
 * function shared by every object it is put on, finding what to read through `sources`: by the
 * object, or by an object it was made from with Object.create. A getter made per object (a closure
 * in each literal or defineProperty) gives each object its own hidden class, and V8 then keeps
 * thousands of them in dictionary mode: every property read on them becomes a hash lookup (opening
 * a 20,000-document catalogue took ~300 ms instead of ~205 ms; see 58229d8 and 1be791e).
 */
export function sharedLazyProperty<T>(sources: WeakMap<object, T>, read: (source: T) => string, what: string): PropertyDescriptor {
  const readFor = (target: object): string => {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      const source = sources.get(at);
      if (source !== undefined) return read(source);
    }
    throw new TypeError(`${what} was read through an object not made from it`);
  };
  return { enumerable: true, configurable: true, get(this: object): string { return readFor(this); } };
}
