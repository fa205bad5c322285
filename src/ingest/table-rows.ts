import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { loadPackageData } from '../io/data-file.js';

/** What a column of an action-plan table gives each row. */
export type ColumnRole = 'action' | 'owner' | 'due' | 'measure' | 'target' | 'status' | 'partners' | 'agency' | 'commentary';

interface HeaderData {
  roles: { role: ColumnRole; patterns: string[] }[];
}

/** A cell's text and where it starts in the source. */
export interface CellText {
  text: string;
  position: Position;
}

/** One row of an action-plan table, read by its columns' headers. */
export interface TableRow {
  /** The action cell: the row's commitment. */
  action: CellText;
  /** The action column's header ("Action", "Force response"), which may name whose the actions are. */
  actionHeader: string;
  /** The row is read by a performance report's commentary, which commits only where its own words do. */
  fromCommentary?: true;
  owner?: string;
  due?: string;
  measure?: string;
  /** The level a measures table sets for the row ("75%", "Monitor only"): the row is a target, not an action. */
  target?: string;
  status?: string;
  /** Partners named in a "Working with" column. */
  partners?: string;
  /** The agency a multi-agency plan gives the row to ("Agency": the police, the council, probation). */
  agency?: string;
  /** Every other non-empty cell, by its header, so conditions written outside the action ("subject to funding") are seen. */
  other: { header: string; text: string }[];
  /** The whole row. */
  position: Position;
}

let cached: { role: ColumnRole; patterns: RegExp[] }[] | undefined;

/** The header rules of `src/ingest/data/table-headers.yaml`, compiled once. */
function headerRules(): { role: ColumnRole; patterns: RegExp[] }[] {
  cached ??= loadPackageData<HeaderData>('src/ingest/data/table-headers.yaml').roles.map((entry) => ({
    role: entry.role,
    patterns: entry.patterns.map((pattern) => new RegExp(pattern, 'iu')),
  }));
  return cached;
}

/** A header cell's text as the header rules see it: lower case, straight quotes, single spaces, no trailing ":", "?" or "*". */
export function normaliseHeader(text: string): string {
  let header = text.replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
  while (header !== '' && ' :?*.'.includes(header[header.length - 1] as string)) header = header.slice(0, -1);
  return header.toLowerCase();
}

/** The role of a column with this header, or undefined when the header names none. */
export function columnRole(header: string): ColumnRole | undefined {
  const normalised = normaliseHeader(header);
  return headerRules().find((rule) => rule.patterns.some((pattern) => pattern.test(normalised)))?.role;
}

/**
 * The roles of a table's columns from its header row; undefined when the table is no action
 * plan (no action column, and no lead or deadline column to say the first free column is one)
 * and no measures table with a target column (whose measure column is then the one each row is about).
 */
export function columnRoles(headers: string[]): (ColumnRole | undefined)[] | undefined {
  const roles = headers.map(columnRole);
  // A role is given to its first column only: a second "Lead" column is left alone.
  const seen = new Set<ColumnRole>();
  const unique = roles.map((role) => {
    if (role === undefined || seen.has(role)) return undefined;
    seen.add(role);
    return role;
  });
  if (unique.includes('action')) return unique;
  if (unique.includes('target') && unique.includes('measure')) {
    unique[unique.indexOf('measure')] = 'action';
    return unique;
  }
  if (!unique.includes('owner') && !unique.includes('due')) return undefined;
  const free = unique.findIndex((role, index) => role === undefined && (headers[index] ?? '').trim() !== '');
  if (free < 0) return undefined;
  unique[free] = 'action';
  return unique;
}

/**
 * Whether a table is a performance report's measures table (Measure / Q1 / Q2 / Target / RAG / Commentary): it
 * reports on targets set before, so its rows set none, and what it commits to is said in its commentary.
 */
function isMonitoring(headers: string[], roles: (ColumnRole | undefined)[]): boolean {
  return columnRole(headers[roles.indexOf('action')] ?? '') === 'measure' && roles.includes('status');
}

/** The column each row of an action-plan table is read by: its action, or a performance report's commentary (-1 when it has none). */
export function readColumn(headers: string[], roles: (ColumnRole | undefined)[] | undefined = columnRoles(headers)): number {
  if (!roles) return -1;
  return roles.indexOf(isMonitoring(headers, roles) ? 'commentary' : 'action');
}

/** Reads the rows of an action-plan table (mdast `table`, header row first): the action cell and the fields its other cells give. Empty for other tables. */
export function tableRows(table: Table): TableRow[] {
  const [header, ...body] = table.children;
  if (!header) return [];
  const headers = header.children.map(cellText);
  const roles = columnRoles(headers);
  if (!roles) return [];
  // A measures table's rows are its measures; in an action plan, a target column measures what each action achieves.
  const measuresTable = columnRole(headers[roles.indexOf('action')] ?? '') === 'measure';
  const monitoring = isMonitoring(headers, roles);
  const actionColumn = readColumn(headers, roles);
  if (actionColumn < 0) return [];
  const rows: TableRow[] = [];
  for (const row of body) {
    const cell = row.children[actionColumn];
    const text = cell ? cellText(cell) : '';
    const position = cell ? textStart(cell) : undefined;
    if (text === '' || !position || !row.position) continue;
    const result: TableRow = { action: { text, position }, actionHeader: headers[actionColumn] ?? '', other: [], position: row.position };
    if (monitoring) result.fromCommentary = true;
    row.children.forEach((other, index) => {
      const value = cellText(other);
      const role = roles[index];
      if (value === '' || index === actionColumn) return;
      if (monitoring && (role === 'action' || role === 'target'))
        result.measure = role === 'action' ? value : `${result.measure ?? ''} (target ${value})`;
      else if (role === undefined || role === 'action' || role === 'commentary')
        result.other.push({ header: headers[index] ?? '', text: value });
      else if (role === 'target' && !measuresTable) {
        if (roles.includes('measure')) result.other.push({ header: headers[index] ?? '', text: value });
        else result.measure = value;
      } else result[role] = value;
    });
    rows.push(result);
  }
  return rows;
}

/** A cell's text, whitespace collapsed. */
export function cellText(cell: TableCell): string {
  return toString(cell).replace(/\s+/gu, ' ').trim();
}

/** Where a cell's text starts (its first positioned descendant), else the cell's own position. */
function textStart(cell: TableCell): Position | undefined {
  const first = cell.children.find((child) => child.position !== undefined);
  return first?.position ?? cell.position;
}
