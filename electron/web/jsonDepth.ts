/**
 * How deeply a JSON text nests arrays and objects, found by one pass over the bytes (strings and
 * their escapes skipped) and stopped as soon as `max` is passed: cheap enough to run before
 * JSON.parse, which is what a body of nested `[` makes slow and hungry (4.2 GB for 78 MB).
 */
export function nestsDeeperThan(body: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped (UTF-8 continuation bytes are never ASCII)
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) { if (++depth > max) return true; }
    else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return false;
}

/** Deeper than any schema of the contract needs (the deepest, a service standard's step text, is 4). */
export const MAX_JSON_DEPTH = 32;
