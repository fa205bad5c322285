import type { Table } from 'mdast';
import { tableRows, type TableRow } from '../ingest/table-rows.js';
import type { Strength } from '../model/index.js';
import type { Candidate } from './blocks.js';
import { strengthOf } from './strength.js';

/** The fields a table row gives its commitment. */
export interface RowFields {
  owner?: string;
  due?: string;
  measure?: string;
  /** The text of the row's other cells (status, partners, unnamed columns), for the strength. */
  cells: string[];
  /** A "By when" that says the work has no end ("Ongoing"). */
  ongoing: boolean;
}

/** A deadline cell that gives no date because the work goes on ("Ongoing", "Continuous", "Business as usual"). */
const ONGOING_DUE = /^(ongoing|continuous|continuing|throughout|business as usual|bau|rolling|in place|permanent)\b/iu;

/** Every row of an action-plan table as a candidate, positioned at its action cell, with the fields of its other cells. */
export function tableCandidates(table: Table, section: string[], place: (offset: number) => { line: number; column: number }): Candidate[] {
  return tableRows(table).map((row) => ({
    kind: 'row',
    text: row.action.text,
    ...place(row.action.position.start.offset ?? 0),
    section,
    fields: rowFields(row),
  }));
}

function rowFields(row: TableRow): RowFields {
  const fields: RowFields = {
    cells: [row.status, row.partners, ...row.other.map((cell) => cell.text)].filter((text): text is string => text !== undefined),
    ongoing: row.due !== undefined && ONGOING_DUE.test(row.due),
  };
  if (row.owner !== undefined) fields.owner = row.owner;
  if (row.due !== undefined && !fields.ongoing) fields.due = row.due;
  if (row.measure !== undefined) fields.measure = row.measure;
  return fields;
}

/**
 * A row's strength: its action's own, unless that is firm and another cell qualifies it: a
 * condition or hedge in any cell ("subject to funding") makes it conditional or aspirational, and
 * "Ongoing" as its deadline makes it ongoing.
 */
export function rowStrength(text: string, fields: RowFields): Strength {
  const own = strengthOf(text);
  if (own !== 'firm') return own;
  const cells = [fields.due, fields.measure, fields.owner, ...fields.cells].filter((cell): cell is string => cell !== undefined);
  const qualified = cells.map((cell) => strengthOf(cell)).find((strength) => strength === 'conditional' || strength === 'aspirational');
  if (qualified) return qualified;
  return fields.ongoing ? 'ongoing' : 'firm';
}
