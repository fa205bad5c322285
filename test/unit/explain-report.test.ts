/** `vawg explain` as text: where the commitment is, what it says, and for each mapping the evidence that adds up to its score. */
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/io/catalog.ts';
import type { Commitment, CommitmentDocument } from '../../src/model/index.ts';
import { formatExplanation } from '../../src/report/explain.ts';

const framework = loadFramework('npcc-vawg-2021');

const commitment: Commitment = {
  id: 'kent-0a1b2c3d',
  text: 'We will use Stalking Protection Orders in every eligible case.',
  section: ['Pillar 2', 'Pursue perpetrators'],
  position: { line: 12, column: 3 },
  strength: 'firm',
  powers: ['Stalking Protection Order'],
  actions: [
    {
      id: 'pursuit.police-powers',
      confidence: 0.82,
      by: 'auto',
      evidence: [
        { in: 'text', phrase: 'stalking protection order', weight: 1.2 },
        { in: 'section', phrase: 'perpetrator', weight: 0.25 },
        { in: 'lead-in', phrase: 'protect', weight: 0.1 },
      ],
    },
    { id: 'pursuit', confidence: 1, by: 'analyst', note: 'the whole pillar' },
  ],
  rejected: [{ id: 'spaces.dangerous-places', note: 'not about places' }],
};

const document = { commitments: [commitment] } as unknown as CommitmentDocument;

describe('formatExplanation', () => {
  it('shows the place, text, section and strength, then each mapping with its evidence and their sum', () => {
    const text = formatExplanation(commitment, document, framework, { color: false, sourcePath: 'strategies/sources/kent.txt' });
    expect(text.split('\n')).toEqual([
      'kent-0a1b2c3d  strategies/sources/kent.txt:12:3',
      '  "We will use Stalking Protection Orders in every eligible case."',
      '  section: Pillar 2 > Pursue perpetrators',
      '  strength: firm',
      "  voice: the force's own; counted towards coverage",
      '  powers: Stalking Protection Order',
      '',
      '  pursuit.police-powers  Make better use of police powers to protect women and girls and to manage and disrupt perpetrators',
      '    confidence 0.82, mapped by auto',
      '    + 1.20  "stalking protection order" in the text',
      '    + 0.25  "perpetrator" in a heading above',
      '    + 0.10  "protect" in the lead-in',
      '    = 1.55 score',
      '  pursuit  Relentless perpetrator pursuit (pillar)',
      '    confidence 1.00, mapped by analyst: the whole pillar',
      '  spaces.dangerous-places  rejected by an analyst: not about places',
      '',
    ]);
  });

  it('says when nothing is mapped, gives the PDF page, the analyst, initiatives and a note', () => {
    const unmapped: Commitment = {
      ...commitment,
      section: [],
      position: { line: 4, column: 1, page: 3 },
      strength: 'aspirational',
      by: 'analyst',
      powers: undefined,
      initiatives: ['Operation Soteria', 'White Ribbon'],
      note: 'checked <b>twice</b>',
      actions: [],
      rejected: undefined,
    };
    const text = formatExplanation(unmapped, document, framework, { color: false, sourcePath: 'plan.pdf' });
    expect(text.split('\n')).toEqual([
      'kent-0a1b2c3d  plan.pdf:4:1 (page 3)',
      '  "We will use Stalking Protection Orders in every eligible case."',
      '  section: (none)',
      '  strength: aspirational (set by an analyst)',
      "  voice: the force's own; counted towards coverage",
      '  initiatives: Operation Soteria, White Ribbon',
      '  note: checked <b>twice</b>',
      '',
      '  Not mapped: no action or pillar of the framework stood out for it.',
      '',
    ]);
  });

  it('colours ids and strikes rejected ones through only when asked', () => {
    const text = formatExplanation(commitment, document, framework, { color: true, sourcePath: 'x.txt' });
    expect(text).toContain('\u001b[1mkent-0a1b2c3d\u001b[22m');
    expect(text).toContain('\u001b[9mspaces.dangerous-places\u001b[29m');
  });
});

describe('formatExplanation: where a phrase in the text came from', () => {
  it('names the glossary term whose expansion the phrase was found in, when the words themselves do not hold it', () => {
    const viaGlossary: Commitment = {
      ...commitment,
      text: 'Every officer will complete Domestic Abuse Matters.',
      actions: [
        {
          id: 'trust.capability',
          confidence: 0.9,
          by: 'auto',
          evidence: [
            { in: 'text', phrase: 'domestic abuse matters', weight: 1 },
            { in: 'text', phrase: 'training', weight: 0.3 },
          ],
        },
      ],
    };
    const lines = formatExplanation(viaGlossary, document, framework, { color: false, sourcePath: 's.txt' }).split('\n');
    expect(lines).toContain('    + 1.00  "domestic abuse matters" in the text');
    expect(lines).toContain('    + 0.30  "training" through the glossary term "Domestic Abuse Matters" in the text');
  });
});
