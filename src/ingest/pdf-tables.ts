import type { PdfLine } from './pdf-lines.js';
import { columnRoles } from './table-rows.js';

/** A table found on PDF pages by its header row: the header's cells and each row's cells, with the line each row starts on. */
export interface PdfTable {
  header: string[];
  rows: { cells: string[]; line: PdfLine }[];
  /** Every line the table is made of, header included. */
  lines: Set<PdfLine>;
}

/** How far (in PDF units) a cell's text may start from its column's header and still be in that column. */
const ALIGN = 4;
/** A drop between lines bigger than this many line pitches starts a new row (cells are padded); bigger than STOP ends the table. */
const ROW_GAP = 1.3;
const STOP_GAP = 2.6;
/** A line whose type is this much larger or smaller than the table's is no part of it (a heading after the table). */
const SIZE_CHANGE = 1;

/**
 * Finds action-plan tables on PDF pages: a line whose runs, set apart by wide gaps, name the columns
 * of an action plan (Action, Lead, By when ...; `src/ingest/data/table-headers.yaml`) is a header
 * row; the lines below whose runs start under its columns are its rows, a new row where the gap
 * between lines is wider than the line pitch, as table cells are padded.
 */
export function findTables(pages: PdfLine[][], pitch: (size: number) => number): PdfTable[] {
  const tables: PdfTable[] = [];
  const lines = pages.flat();
  let index = 0;
  while (index < lines.length) {
    const header = lines[index] as PdfLine;
    const columns = header.parts.map((part) => part.x);
    if (header.parts.length < 2 || !columnRoles(header.parts.map((part) => part.text))) {
      index += 1;
      continue;
    }
    const table: PdfTable = { header: header.parts.map((part) => part.text), rows: [], lines: new Set([header]) };
    let previous = header;
    let current: { cells: string[]; line: PdfLine } | undefined;
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const line = lines[next] as PdfLine;
      const cells = cellsOf(line, columns);
      const samePage = line.page === previous.page;
      const drop = samePage ? previous.y - line.y : Number.POSITIVE_INFINITY;
      if (!cells || Math.abs(line.size - previous.size) > SIZE_CHANGE) break;
      if (samePage && (drop <= 0 || drop > pitch(line.size) * STOP_GAP)) break;
      if (!samePage && line.parts.length < 2) break;
      if (!current && samePage && drop <= pitch(line.size) * ROW_GAP) {
        cells.forEach((cell, column) => (table.header[column] = join(table.header[column], cell)));
      } else if (!current || !samePage || drop > pitch(line.size) * ROW_GAP) {
        current = { cells, line };
        table.rows.push(current);
      } else {
        const row = current;
        cells.forEach((cell, column) => (row.cells[column] = join(row.cells[column], cell)));
      }
      table.lines.add(line);
      previous = line;
    }
    if (table.rows.length > 0) tables.push(table);
    index = table.rows.length > 0 ? next : index + 1;
  }
  return tables;
}

/** A line's runs placed in the table's columns; undefined when a run starts left of the first column or runs across into the next. */
function cellsOf(line: PdfLine, columns: number[]): string[] | undefined {
  const cells = columns.map(() => '');
  for (const part of line.parts) {
    let column = -1;
    columns.forEach((x, at) => {
      if (part.x >= x - ALIGN) column = at;
    });
    if (column < 0) return undefined;
    const nextColumn = columns[column + 1];
    if (nextColumn !== undefined && part.right > nextColumn + ALIGN) return undefined;
    cells[column] = join(cells[column], part.text);
  }
  return cells;
}

function join(before: string | undefined, after: string): string {
  if (after === '') return before ?? '';
  if (!before) return after;
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}
