/** Action-plan tables are read by their headers: every header example in the data is run, and rows give their action and fields. */
import { readFileSync } from 'node:fs';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestText } from '../../src/ingest/index.ts';
import { columnRole, columnRoles, tableRows } from '../../src/ingest/table-rows.ts';

interface Entry {
  role: string;
  match: string[];
  'no-match': string[];
}

const data = parse(readFileSync(new URL('../../src/ingest/data/table-headers.yaml', import.meta.url), 'utf8')) as { roles: Entry[] };

describe('table header rules', () => {
  for (const entry of data.roles) {
    it(`${entry.role}: has examples both ways`, () => {
      expect(entry.match.length).toBeGreaterThanOrEqual(2);
      expect(entry['no-match'].length).toBeGreaterThanOrEqual(1);
    });
    for (const header of entry.match) it(`"${header}" is a ${entry.role} column`, () => expect(columnRole(header)).toBe(entry.role));
    for (const header of entry['no-match'])
      it(`"${header}" is not a ${entry.role} column`, () => expect(columnRole(header)).not.toBe(entry.role));
  }

  it('takes the first free column as the action when a table has a lead or a deadline but no action header', () => {
    expect(columnRoles(['Priority', 'Lead', 'Timescale'])).toEqual(['action', 'owner', 'due']);
  });

  it('reads no action plan from a table with neither', () => {
    expect(columnRoles(['Year', 'Rapes recorded', 'Charge rate'])).toBeUndefined();
    expect(columnRoles(['Measure', 'Baseline (2024/25)', 'Source'])).toBeUndefined();
  });

  it('reads a measures table with a target column by its measures', () => {
    expect(columnRoles(['Measure', 'Baseline (2024)', 'Target (March 2027)'])).toEqual(['action', undefined, 'target']);
  });
});

describe('target columns', () => {
  it('give each row of a measures table its target, and an action plan its measure', () => {
    const measures = tableRows(firstTable('| Measure | Baseline | Target |\n| --- | --- | --- |\n| Charge rate for rape | 6% | 12% |\n'));
    expect(measures.map((row) => [row.action.text, row.target, row.measure])).toEqual([['Charge rate for rape', '12%', undefined]]);
    const plan = tableRows(firstTable('| Action | Lead | Target |\n| --- | --- | --- |\n| Train every officer | ACC | 100% trained |\n'));
    expect(plan.map((row) => [row.action.text, row.target, row.measure])).toEqual([['Train every officer', undefined, '100% trained']]);
  });
});

function firstTable(markdown: string): Table {
  const table = ingestText(markdown, 'plan.md', 'markdown').tree.children.find((node) => node.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return table;
}

describe('tableRows', () => {
  const markdown = [
    '# Plan',
    '',
    'Intro text.',
    '',
    '| Action | Lead | By when | Measure | Status |',
    '| --- | --- | --- | --- | --- |',
    '| Train every response officer | Head of Learning | March 2026 | % trained | On track |',
    '| | Nobody | | | |',
    '| Extend patrols to the harbour, subject to funding | Insp, NTE | Ongoing | Patrol nights | Not started |',
    '',
  ].join('\n');

  it('gives each row its action cell, positioned on the row, and the fields of the other cells', () => {
    const rows = tableRows(firstTable(markdown));
    expect(rows.map((row) => [row.action.text, row.action.position.start.line, row.action.position.start.column])).toEqual([
      ['Train every response officer', 7, 3],
      ['Extend patrols to the harbour, subject to funding', 9, 3],
    ]);
    expect(rows[0]).toMatchObject({ owner: 'Head of Learning', due: 'March 2026', measure: '% trained', status: 'On track', other: [] });
    expect(rows[1]).toMatchObject({ owner: 'Insp, NTE', due: 'Ongoing' });
  });

  it('reads HTML tables the same way, with the header in <thead>', async () => {
    const { ingestHtml } = await import('../../src/ingest/index.ts');
    const html = [
      '<html><body><main>',
      '<table><thead><tr><th>What we will do</th><th>When</th><th>Working with</th></tr></thead>',
      '<tbody><tr><td>Add the bus station to the patrol plan</td><td>From September 2025</td><td>Southside Buses</td></tr></tbody></table>',
      '</main></body></html>',
    ].join('\n');
    const table = (await ingestHtml(html, 'page.html')).tree.children.find((node) => node.type === 'table') as Table;
    expect(tableRows(table)).toMatchObject([
      { action: { text: 'Add the bus station to the patrol plan' }, due: 'From September 2025', partners: 'Southside Buses' },
    ]);
    expect(tableRows(table)[0]?.action.position.start.line).toBe(3);
  });
});
