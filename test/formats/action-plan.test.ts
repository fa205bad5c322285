/**
 * One action plan, with a table and character bullets, as markdown, HTML, Word (one and two
 * columns) and PDF (drawn by a script, exported the way a word processor tags it, and set in two
 * columns): every version gives the same commitments, and the table's rows their owner and due date.
 */
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/io/catalog.ts';
import type { Commitment, CommitmentDocument } from '../../src/model/index.ts';
import { parseStrategy } from '../../src/pipeline.ts';
import { fixture, normalise, root } from './support.ts';

const framework = loadFramework('npcc-vawg-2021');
const VERSIONS = [
  'action-plan.html',
  'action-plan.docx',
  'action-plan-columns.docx',
  'action-plan.pdf',
  'action-plan-tagged.pdf',
  'action-plan-columns.pdf',
] as const;
const EXPECTED_FORMAT: Record<string, string> = { md: 'markdown', html: 'html', docx: 'docx', pdf: 'pdf' };

async function parsed(name: string): Promise<CommitmentDocument> {
  return parseStrategy(fixture(name), { framework, relativeTo: root });
}

function byText(document: CommitmentDocument): Map<string, Commitment> {
  return new Map(document.commitments.map((commitment) => [normalise(commitment.text), commitment]));
}

describe('the action plan in every format', async () => {
  const markdown = await parsed('action-plan.md');
  const others = Object.fromEntries(await Promise.all(VERSIONS.map(async (name) => [name, await parsed(name)] as const)));

  it('reads the markdown: each table row a commitment with its lead, deadline and measure, and each bullet one', () => {
    const rows = markdown.commitments.filter((commitment) => commitment.owner !== undefined);
    expect(rows.map((row) => [row.text, row.position.line, row.owner, row.due, row.strength])).toEqual([
      ['Train every response officer in Domestic Abuse Matters', 9, 'Head of Learning', 'March 2026', 'firm'],
      [
        'Appoint a dedicated investigator for police-perpetrated abuse in Professional Standards',
        10,
        'Head of Professional Standards',
        'June 2025',
        'firm',
      ],
      [
        'Extend Project Vigilant patrols to the riverside, subject to funding from the Commissioner',
        11,
        'Insp, Night-Time Economy',
        'December 2025',
        'conditional',
      ],
      ['Refer suitable suspects for Stalking Protection Orders at charge', 12, 'DI, Public Protection', undefined, 'ongoing'],
      ['Publish a VAWG performance dashboard for every district', 13, 'Head of Performance', 'September 2025', 'firm'],
      [
        'Send a text update to every rape victim within 24 hours of any change in their case',
        14,
        'DCI, Rape Investigation',
        'October 2025',
        'firm',
      ],
    ]);
    expect(rows[0]?.measure).toBe('Share of officers trained');
    const items = markdown.commitments.filter((commitment) => commitment.leadIn === 'To keep women and girls safe we will:');
    expect(items.map((item) => [item.text.split(' ').slice(0, 2).join(' '), item.position.line])).toEqual([
      ['Offer every', 20],
      ['Review every', 21],
      ['Reopen every', 22],
      ['Work with', 23],
      ['Deliver the', 24],
    ]);
  });

  for (const name of VERSIONS) {
    it(`${name}: records its format and the force`, () => {
      const document = others[name]!;
      expect(document.document.format).toBe(EXPECTED_FORMAT[name.split('.').pop() ?? '']);
      expect(document.force).toEqual(markdown.force);
    });

    it(`${name}: shares at least 95% of the commitments (by text) both ways`, () => {
      const mine = [...byText(markdown).keys()];
      const theirs = byText(others[name]!);
      const common = mine.filter((text) => theirs.has(text)).length;
      expect(common / mine.length).toBeGreaterThanOrEqual(0.95);
      expect(common / theirs.size).toBeGreaterThanOrEqual(0.95);
    });

    it(`${name}: gives each table row the owner, due date, measure and strength the markdown gives it`, () => {
      const theirs = byText(others[name]!);
      const rows = markdown.commitments.filter((commitment) => commitment.owner !== undefined);
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        const other = theirs.get(normalise(row.text));
        expect({ owner: other?.owner, due: other?.due, measure: other?.measure, strength: other?.strength }, row.text).toEqual({
          owner: row.owner,
          due: row.due,
          measure: row.measure,
          strength: row.strength,
        });
      }
    });
  }

  it('places a PDF table row on its page and the line its row starts on', () => {
    const row = others['action-plan.pdf']!.commitments.find((commitment) => commitment.text.startsWith('Train every response officer'));
    expect(row?.position.page).toBe(1);
    expect(row?.position.line).toBe(8);
  });
});
