/**
 * Citizens type the queries that end up in exported tables. A cell that starts with = + - @ (or a
 * tab or carriage return) is read as a formula by spreadsheet programs (CSV/formula injection), so
 * such text gets a leading apostrophe: shown as typed, never evaluated. Numbers are not text and stay.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
