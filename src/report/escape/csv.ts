import { wellFormed } from './unicode.js';

/** How a CSV cell is written. */
export interface CsvCellOptions {
  /** Leave cells as they are, for data the reader trusts (no formula guard). */
  trusted?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell guarded against formula injection as OWASP recommends: a text cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it. Numbers are left alone; quoting is csv-stringify's job. Text
 * is made fit for a UTF-8 file (a lone surrogate becomes U+FFFD).
 */
export function escapeCsvCell<T>(value: T, options: CsvCellOptions = {}): T | string {
  if (typeof value !== 'string') return value;
  const text = wellFormed(value);
  return options.trusted || !FORMULA_START.test(text) ? text : `'${text}`;
}

/** Every cell of a row guarded with `escapeCsvCell`. */
export function escapeCsvRow<T extends object>(row: T, options: CsvCellOptions = {}): T {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, escapeCsvCell(value, options)])) as T;
}
