/**
 * `vawg diff --format markdown`: a summary table per action, the pairs and one-sided commitments, and a
 * redraft's changes. Outside a table a `|` is plain text and needs no escape.
 */
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/assess/diff.ts';
import { formatDiffMarkdown } from '../../src/report/diff/markdown.ts';

const report: DiffReport = {
  framework: { id: 'npcc-vawg-2021', title: 'NPCC' },
  a: { force: { name: 'Kent Police', slug: 'kent' }, file: 'old/kent.yaml' },
  b: { force: { name: 'Kent Police', slug: 'kent' }, file: 'strategies/kent.yaml' },
  actions: [
    {
      id: 'trust.capability',
      pillar: 'trust',
      title: 'Capability',
      statusA: 'gap',
      statusB: 'covered',
      aligned: [],
      onlyA: [],
      onlyB: [{ id: 'b-1', line: 40, text: 'Train every investigator | by 2026.' }],
    },
    {
      id: 'pursuit.police-powers',
      pillar: 'pursuit',
      title: 'Powers',
      statusA: 'covered',
      statusB: 'covered',
      aligned: [
        {
          a: { id: 'a-2', line: 7, text: 'Use every order.' },
          b: { id: 'b-2', line: 9, text: 'Use every protective order.' },
          similarity: 0.857,
        },
      ],
      onlyA: [{ id: 'a-3', line: 12, text: 'Issue notices.' }],
      onlyB: [],
    },
    { id: 'spaces.dangerous-places', pillar: 'spaces', title: 'Places', statusA: 'gap', statusB: 'gap', aligned: [], onlyA: [], onlyB: [] },
  ],
  versions: {
    unchanged: 5,
    added: [{ id: 'b-1', line: 40, text: 'Train every investigator | by 2026.' }],
    removed: [{ id: 'a-3', line: 12, text: 'Issue notices.' }],
    reworded: [
      {
        a: { id: 'a-2', line: 7, text: 'Use every order.' },
        b: { id: 'b-2', line: 9, text: 'Use every protective order.' },
        similarity: 0.857,
        words: [{ value: 'Use every ' }, { value: 'protective ', added: true }, { value: 'order|s', removed: true }, { value: '.' }],
      },
    ],
  },
};

describe('formatDiffMarkdown', () => {
  it('writes the table, a section per action with something in it, and the changes between versions', () => {
    expect(formatDiffMarkdown(report).split('\n')).toEqual([
      '# Kent Police (A) and Kent Police (B) against `npcc-vawg-2021`',
      '',
      'A: `old/kent.yaml`; B: `strategies/kent.yaml`. Similarity of aligned pairs runs from 0 to 1.',
      '',
      '| Action | A | B | aligned | only A | only B |',
      '| - | - | - | - | - | - |',
      '| `trust.capability` | gap | covered | 0 | 0 | 1 |',
      '| `pursuit.police-powers` | covered | covered | 1 | 1 | 0 |',
      '| `spaces.dangerous-places` | gap | gap | 0 | 0 | 0 |',
      '',
      '## `trust.capability`: gap → covered',
      '',
      '- only B: B:40 “Train every investigator | by 2026.”',
      '',
      '## `pursuit.police-powers`: covered → covered',
      '',
      '- ≈ 0.86: A:7 “Use every order.” / B:9 “Use every protective order.”',
      '- only A: A:12 “Issue notices.”',
      '',
      '## Changes from A to B',
      '',
      '1 added, 1 removed, 1 reworded, 5 unchanged.',
      '',
      '- removed: A:12 “Issue notices.”',
      '- added: B:40 “Train every investigator | by 2026.”',
      // A space at the edge of emphasis is written as a character reference, so the markdown stays valid.
      '- reworded (A:7 → B:9): Use every **protective&#x20;**~~order|s~~.',
      '',
    ]);
  });

  it('has no changes section for two different forces', () => {
    const forces: DiffReport = {
      ...report,
      b: { force: { name: 'Dorset Police', slug: 'dorset' }, file: 'dorset.yaml' },
      versions: undefined,
    };
    const text = formatDiffMarkdown(forces);
    expect(text.split('\n')[0]).toBe('# Kent Police (A) and Dorset Police (B) against `npcc-vawg-2021`');
    expect(text).not.toContain('## Changes from A to B');
  });
});
