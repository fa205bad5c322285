import { stringify } from 'csv-stringify/sync';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import { escapeCsvRow } from '../escape/csv.js';
import { wellFormed } from '../escape/unicode.js';
import { EXPORT_COLUMNS, EXPORT_VERSION, type ExportRow } from './rows.js';

export { exportRows, EXPORT_COLUMNS, EXPORT_VERSION, type ExportRow, type ExportSource } from './rows.js';

/** How an export is written. */
export interface ExportOptions {
  /** CSV: leave cells that start with = + - @ as they are (by default they get a leading '). */
  trustedCsv?: boolean;
  /** Parquet: the `created_by` of the file. */
  createdBy: string;
}

/** The formats `vawg export --format` accepts: each a function of the rows to text, or to bytes for parquet. */
export const EXPORT_FORMATTERS: Record<string, (rows: ExportRow[], options: ExportOptions) => string | Uint8Array> = {
  csv: formatExportCsv,
  json: (rows) => `${JSON.stringify({ version: EXPORT_VERSION, rows }, null, 2)}\n`,
  jsonl: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
  parquet: formatExportParquet,
};

/**
 * Tidy CSV, one row per (commitment, action), with a header: empty cells for what a commitment does not have, the
 * section's headings joined by " > ", true/false for review; text cells guarded against formula injection unless trusted.
 */
export function formatExportCsv(rows: ExportRow[], options: Pick<ExportOptions, 'trustedCsv'> = {}): string {
  const cells = rows.map((row) =>
    escapeCsvRow(Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, csvCell(row[column])])), {
      trusted: options.trustedCsv === true,
    }),
  );
  return stringify(cells, { header: true, columns: [...EXPORT_COLUMNS] });
}

/** Parquet (written by hyparquet-writer, pure JavaScript): typed columns, null for what a commitment does not have, the section as one string. */
export function formatExportParquet(rows: ExportRow[], options: ExportOptions): Uint8Array {
  const numbers = new Set<keyof ExportRow>(['line', 'column', 'page']);
  const columnData: ColumnSource[] = EXPORT_COLUMNS.map((column) => {
    const data = rows.map((row) => {
      const value = row[column];
      return Array.isArray(value) ? value.map(wellFormed).join(' > ') : typeof value === 'string' ? wellFormed(value) : value;
    });
    if (numbers.has(column)) return { name: column, data, type: 'INT32', nullable: column === 'page' };
    if (column === 'confidence') return { name: column, data, type: 'DOUBLE', nullable: true };
    if (column === 'review') return { name: column, data, type: 'BOOLEAN', nullable: true };
    return { name: column, data, type: 'STRING', nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: options.createdBy }));
}

function csvCell(value: ExportRow[keyof ExportRow]): string | number {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(' > ');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
