import { describe, expect, it } from 'vitest';
import { assessCoverage, tally } from '../../src/assess/coverage.ts';
import type { CoverageRules } from '../../src/assess/rules.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { frameworkActions, type Commitment, type CommitmentDocument, type Strength } from '../../src/model/index.ts';

const framework = loadFramework('npcc-vawg-2021');
const rules: CoverageRules = { coveringStrengths: ['firm', 'ongoing'], minConfidence: 0.5 };

function mapped(id: string, strength: Strength, ...matches: [string, number][]): Commitment {
  return {
    id,
    text: `Commitment ${id}.`,
    section: [],
    position: { line: 1, column: 1 },
    strength,
    actions: matches.map(([action, confidence]) => ({ id: action, confidence, by: 'auto' as const })),
  };
}

function documentOf(commitments: Commitment[], warnings = 0): CommitmentDocument {
  return {
    version: 1,
    force: { name: 'Test Police', slug: 'test' },
    document: { title: 'Test strategy', source: 'test.md', sha256: '0'.repeat(64), format: 'markdown' },
    framework: 'npcc-vawg-2021',
    commitments,
    warnings: Array.from({ length: warnings }, (_, index) => ({ rule: 'lost-list', message: 'lost', line: index + 1, column: 1 })),
  };
}

const document = documentOf(
  [
    mapped('c1', 'firm', ['trust.police-perpetrated-abuse', 0.9]),
    mapped('c2', 'ongoing', ['pursuit.dangerous-perpetrators', 0.8]),
    mapped('c3', 'aspirational', ['trust.sexism-misogyny', 0.9]),
    mapped('c4', 'conditional', ['spaces.dangerous-places', 0.95]),
    mapped('c5', 'firm', ['pursuit.police-powers', 0.2]),
    mapped('c6', 'firm', ['trust.capability', 0.5]),
    mapped('c7', 'aspirational', ['trust.capability', 0.9]),
    mapped('c8', 'firm', ['spaces', 0.7]),
    mapped('c9', 'firm'),
  ],
  2,
);

const coverage = assessCoverage(document, framework, 'strategies/test.yaml', rules);
const byId = new Map(coverage.actions.map((action) => [action.id, action]));

describe('assessCoverage: action status', () => {
  it('lists every action of the framework, in catalog order, with its pillar and title', () => {
    expect(coverage.actions.map((action) => action.id)).toEqual(frameworkActions(framework).map((action) => action.id));
    expect(byId.get('trust.capability')).toMatchObject({ pillar: 'trust', title: frameworkActions(framework)[3]!.title });
  });

  it('is covered by a firm or ongoing commitment with enough confidence', () => {
    expect(byId.get('trust.police-perpetrated-abuse')).toMatchObject({ status: 'covered', evidence: ['c1'], weak: [] });
    expect(byId.get('pursuit.dangerous-perpetrators')).toMatchObject({ status: 'covered', evidence: ['c2'], weak: [] });
  });

  it('counts a confidence exactly at the threshold, and lists weaker commitments beside the evidence', () => {
    expect(byId.get('trust.capability')).toMatchObject({ status: 'covered', evidence: ['c6'], weak: ['c7'] });
  });

  it('is partial when only aspirational or conditional commitments touch it', () => {
    expect(byId.get('trust.sexism-misogyny')).toMatchObject({ status: 'partial', evidence: [], weak: ['c3'] });
    expect(byId.get('spaces.dangerous-places')).toMatchObject({ status: 'partial', evidence: [], weak: ['c4'] });
  });

  it('is partial when only low-confidence mappings touch it', () => {
    expect(byId.get('pursuit.police-powers')).toMatchObject({ status: 'partial', evidence: [], weak: ['c5'] });
  });

  it('is a gap when nothing maps to it, even if its pillar has pillar-only commitments', () => {
    for (const id of ['trust.lived-experience', 'pursuit.victims-justice', 'spaces.behaviour-change']) {
      expect(byId.get(id), id).toMatchObject({ status: 'gap', evidence: [], weak: [] });
    }
  });

  it('gives the action summary as guidance only when the action is not covered', () => {
    for (const action of coverage.actions) {
      const summary = frameworkActions(framework)
        .find((candidate) => candidate.id === action.id)!
        .summary.trim();
      if (action.status === 'covered') expect(action, action.id).not.toHaveProperty('guidance');
      else expect(action.guidance, action.id).toBe(summary);
    }
  });
});

describe('assessCoverage: mappings flagged for review', () => {
  const flagged = (commitment: Commitment, ...actions: string[]): Commitment => ({
    ...commitment,
    actions: commitment.actions.map((match) => (actions.includes(match.id) ? { ...match, review: true } : match)),
  });
  const reviewed = assessCoverage(
    documentOf([
      flagged(mapped('r1', 'firm', ['trust.capability', 0.55]), 'trust.capability'),
      mapped('r2', 'firm', ['trust.capability', 0.9]),
      flagged(
        mapped('r3', 'aspirational', ['trust.capability', 0.55], ['spaces.dangerous-places', 0.55]),
        'trust.capability',
        'spaces.dangerous-places',
      ),
      flagged(mapped('r4', 'ongoing', ['pursuit.police-powers', 0.52]), 'pursuit.police-powers'),
    ]),
    framework,
    'strategies/test.yaml',
    rules,
  );
  const action = (id: string) => reviewed.actions.find((candidate) => candidate.id === id);

  it('lists the flagged mappings among those the status rests on: the evidence of a covered action', () => {
    // r3 is flagged too, but it is weak: the covered status does not rest on it.
    expect(action('trust.capability')).toMatchObject({ status: 'covered', evidence: ['r1', 'r2'], weak: ['r3'], review: ['r1'] });
    expect(action('pursuit.police-powers')).toMatchObject({ status: 'covered', review: ['r4'] });
  });

  it('and the weak mappings of a partial one; a gap rests on nothing', () => {
    expect(action('spaces.dangerous-places')).toMatchObject({ status: 'partial', weak: ['r3'], review: ['r3'] });
    expect(action('trust.lived-experience')).toMatchObject({ status: 'gap', review: [] });
  });

  it('counts them per status for the force', () => {
    expect(reviewed.review).toEqual({ covered: 2, partial: 1 });
    expect(coverage.review).toEqual({ covered: 0, partial: 0 });
  });
});

describe('assessCoverage: tallies', () => {
  it('tallies each pillar with its covered ratio and its pillar-only commitments', () => {
    expect(coverage.pillars).toEqual([
      { id: 'trust', title: 'Build trust and confidence', covered: 2, partial: 1, gap: 1, total: 4, ratio: 0.5, pillarOnly: [] },
      { id: 'pursuit', title: 'Relentless perpetrator pursuit', covered: 1, partial: 1, gap: 1, total: 3, ratio: 0.3333, pillarOnly: [] },
      { id: 'spaces', title: 'Safer spaces', covered: 0, partial: 1, gap: 1, total: 2, ratio: 0, pillarOnly: ['c8'] },
    ]);
  });

  it('tallies the whole framework', () => {
    expect(coverage.overall).toEqual({ covered: 3, partial: 3, gap: 3, total: 9, ratio: 0.3333 });
  });

  it('carries the force, file, framework and counts', () => {
    expect(coverage).toMatchObject({
      force: { name: 'Test Police', slug: 'test' },
      file: 'strategies/test.yaml',
      framework: 'npcc-vawg-2021',
      commitments: 9,
      warnings: 2,
    });
  });

  it('reports an empty strategy as all gaps', () => {
    const empty = assessCoverage(documentOf([]), framework, 'empty.yaml', rules);
    expect(empty.overall).toEqual({ covered: 0, partial: 0, gap: 9, total: 9, ratio: 0 });
    expect(empty.actions.every((action) => action.status === 'gap' && action.guidance !== undefined)).toBe(true);
  });

  it('follows the rules it is given', () => {
    const lenient = assessCoverage(document, framework, 'x.yaml', {
      coveringStrengths: ['firm', 'ongoing', 'aspirational', 'conditional'],
      minConfidence: 0.1,
    });
    expect(lenient.overall).toEqual({ covered: 6, partial: 0, gap: 3, total: 9, ratio: 0.6667 });
  });

  it('uses the shipped rules by default: firm or ongoing at confidence 0.5 covers', () => {
    const shipped = assessCoverage(document, framework, 'x.yaml');
    expect(shipped.actions.map((action) => action.status)).toEqual(coverage.actions.map((action) => action.status));
  });

  it('tally: rounds the ratio to four places and handles no actions', () => {
    expect(tally([{ status: 'covered' }, { status: 'gap' }, { status: 'gap' }])).toEqual({
      covered: 1,
      partial: 0,
      gap: 2,
      total: 3,
      ratio: 0.3333,
    });
    expect(tally([])).toEqual({ covered: 0, partial: 0, gap: 0, total: 0, ratio: 0 });
  });
});
