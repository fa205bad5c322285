/** A table a word processor wrote to plain text with tabs between its columns is read as a table, its cells in place. */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import { tableRows } from '../../src/ingest/table-rows.ts';

const CAPTURE = [
  'Oakford Police VAWG Delivery Plan',
  '',
  '1.1\tStandards and culture',
  'Ref\tAction\tLead\tBy when\tStatus',
  '1.1.1\tRe-vet every officer in the Public Protection Unit\tHead of Vetting\tSep 2025\tComplete',
  '1.1.2\tRefer every allegation to the Counter Corruption Unit | within a day\tDet Supt, PSD\tOngoing\t',
  '1.2\tListening to women and girls',
  'The force will set up a scrutiny panel.',
  '',
].join('\n');

function tablesOf(text: string): Table[] {
  return ingestText(text, 'plan.txt', 'text').tree.children.filter((node): node is Table => node.type === 'table');
}

describe('tab-separated tables in plain text', () => {
  it('reads the header and its rows as one table, and the lines around it as text', () => {
    const document = ingestText(CAPTURE, 'plan.txt', 'text');
    const [table, ...others] = tablesOf(CAPTURE);
    expect(others).toEqual([]);
    expect(table?.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Ref', 'Action', 'Lead', 'By when', 'Status'],
      ['1.1.1', 'Re-vet every officer in the Public Protection Unit', 'Head of Vetting', 'Sep 2025', 'Complete'],
      ['1.1.2', 'Refer every allegation to the Counter Corruption Unit | within a day', 'Det Supt, PSD', 'Ongoing', ''],
    ]);
    const texts = document.tree.children.filter((node) => node.type !== 'table').map((node) => toString(node));
    expect(texts).toContain('The force will set up a scrutiny panel.');
  });

  it('places each cell on its line and column of the capture', () => {
    const rows = tableRows(tablesOf(CAPTURE)[0]!);
    expect(
      rows.map((row) => [row.action.text, row.action.position.start.line, row.action.position.start.column, row.due, row.status]),
    ).toEqual([
      ['Re-vet every officer in the Public Protection Unit', 5, 7, 'Sep 2025', 'Complete'],
      ['Refer every allegation to the Counter Corruption Unit | within a day', 6, 7, 'Ongoing', undefined],
    ]);
  });

  it('reads no table from tabbed lines without action-plan headers', () => {
    expect(tablesOf(['Year\tRapes\tCharges', '2023\t410\t22', '2024\t436\t31', ''].join('\n'))).toEqual([]);
  });
});
