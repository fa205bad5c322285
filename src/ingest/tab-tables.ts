import type { EditedText } from './edited-text.js';
import { columnRoles } from './table-rows.js';

/** A line of a plain-text capture and where it starts. */
export interface TabLine {
  start: number;
  text: string;
}

/** The fewest cells a line needs to be a row of a tab-separated table. */
const MIN_CELLS = 3;

/**
 * The character that separates a line's cells: a tab, or a bar in a spreadsheet exported with "|" as its
 * delimiter ("Date|Decision ref|Decision|Owner"), which has no bar at either end as a markdown table would.
 */
export function delimiterOf(text: string): '\t' | '|' {
  return text.includes('\t') || /^\s*\||\|\s*$/u.test(text) ? '\t' : '|';
}

/** A line's cells, split at its delimiter. */
export function cellsOf(text: string): string[] {
  return text.split(delimiterOf(text));
}

/**
 * Finds the tables a word processor or spreadsheet writes to plain text as tab- or bar-separated columns: a header line
 * whose cells name the columns of an action plan (Action, Lead, By when ...;
 * `src/ingest/data/table-headers.yaml`), and the lines below it with as many cells, up to a blank
 * line, page furniture or a line with fewer cells. Returns, for each line of a table, whether it
 * is the header (true) or a row (false).
 */
export function findTabTables(lines: TabLine[], furniture: boolean[]): Map<number, boolean> {
  const found = new Map<number, boolean>();
  for (let index = 0; index < lines.length; index += 1) {
    const header = cellsOf((lines[index] as TabLine).text);
    if (furniture[index] || header.length < MIN_CELLS || !columnRoles(header.map((cell) => cell.trim()))) continue;
    let end = index + 1;
    while (end < lines.length && !furniture[end]) {
      const cells = cellsOf((lines[end] as TabLine).text).length;
      if (cells < MIN_CELLS || cells > header.length) break;
      end += 1;
    }
    if (end === index + 1) continue;
    found.set(index, true);
    for (let row = index + 1; row < end; row += 1) found.set(row, false);
    index = end - 1;
  }
  return found;
}

/**
 * Rewrites one line of a tab-separated table as a markdown table row, each tab standing for a
 * cell border, so markdown reads the table and its cells keep their places in the capture; a
 * header line is followed by the delimiter row, and a blank line opens and closes the table.
 */
export function rewriteTabRow(edited: EditedText, line: TabLine, header: boolean, first: boolean, last: boolean, width: number): void {
  edited.copyTo(line.start);
  edited.insert(first ? '\n| ' : '| ');
  const delimiter = delimiterOf(line.text);
  for (const match of line.text.matchAll(/[\t|]/gu)) {
    const at = line.start + match.index;
    edited.copyTo(at);
    if (match[0] !== delimiter) {
      // A bar in a cell's own text is text, not a border.
      edited.insert('\\');
      continue;
    }
    edited.skipTo(at + 1);
    edited.insert(' | ');
  }
  const missing = Math.max(0, width - cellsOf(line.text).length);
  edited.copyTo(line.start + line.text.length);
  edited.insert(`${' | '.repeat(missing)} |`);
  if (header) edited.insert(`\n|${' --- |'.repeat(width)}`);
  if (last) edited.insert('\n');
}
