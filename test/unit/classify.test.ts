import { describe, expect, it } from 'vitest';
import { classifyCommitment, classifyCommitments, type ClassifierSettings } from '../../src/classify/index.ts';
import { confidenceOf, fitCalibration } from '../../src/classify/calibration.ts';
import { expandTerms, glossaryTerms } from '../../src/classify/glossary.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { frameworkActions, type ActionMatch, type Commitment, type Framework } from '../../src/model/index.ts';

const framework: Framework = loadFramework('npcc-vawg-2021');

/** Fixed numbers, so tests of the mechanics do not move when the shipped settings are tuned. */
const settings: ClassifierSettings = {
  sectionWeight: 0.5,
  contextRetrievalWeight: 0,
  retrievalScale: 0.1,
  minScore: 0.5,
  minStrongest: 0.5,
  secondaryShare: 0.7,
  secondaryMinIndicator: 0.5,
  pillarMinScore: 0.35,
  pillarActionShare: 0.5,
  wholeMinScore: 0.4,
  reviewBelow: 0.6,
  calibration: { slope: 2, intercept: -1 },
};

function ids(matches: ActionMatch[]): string[] {
  return matches.map((match) => match.id);
}

/** The indicator phrases of an action or pillar in the catalog. */
function phrasesOf(id: string): string[] {
  const pillar = framework.pillars.find((candidate) => candidate.id === id);
  if (pillar) return [...pillar.indicators, ...pillar.actions.flatMap((action) => action.indicators)].map((indicator) => indicator.phrase);
  const action = frameworkActions(framework).find((candidate) => candidate.id === id);
  if (!action) throw new Error(`no action ${id}`);
  return action.indicators.map((indicator) => indicator.phrase);
}

function commitment(text: string, extra: Partial<Commitment> = {}): Commitment {
  return { id: 'test-00000001', text, section: [], position: { line: 1, column: 1 }, strength: 'firm', actions: [], ...extra };
}

describe('classifyCommitment with the NPCC catalog', () => {
  it('maps Stalking Protection Orders to pursuit.police-powers', () => {
    const matches = classifyCommitment(
      { text: 'We will use Stalking Protection Orders effectively in every eligible case.', section: [] },
      framework,
    );
    expect(ids(matches)[0]).toBe('pursuit.police-powers');
    expect(matches[0]!.evidence?.map((evidence) => evidence.phrase)).toContain('protection order');
  });

  it('maps vetting, professional standards and PPDA to trust.police-perpetrated-abuse', () => {
    const matches = classifyCommitment(
      {
        text: 'We will strengthen vetting and the professional standards response to police-perpetrated domestic abuse (PPDA).',
        section: [],
      },
      framework,
    );
    expect(ids(matches)).toEqual(['trust.police-perpetrated-abuse']);
    expect(matches[0]!.evidence?.map((evidence) => evidence.phrase)).toEqual(
      expect.arrayContaining(['police perpetrated', 'ppda', 'professional standards', 'vetting']),
    );
  });

  it('maps the night-time economy and licensing to spaces.dangerous-places', () => {
    const matches = classifyCommitment(
      { text: 'We will work with licensing teams and venues to make the night-time economy safer.', section: [] },
      framework,
    );
    expect(ids(matches)[0]).toBe('spaces.dangerous-places');
    expect(matches[0]!.evidence?.map((evidence) => evidence.phrase)).toEqual(expect.arrayContaining(['licensing', 'night time']));
  });

  it("gives every automatic match a confidence in (0, 1] and evidence drawn from the matched action's indicators", () => {
    const texts = [
      'We will use Stalking Protection Orders effectively in every eligible case.',
      'We will strengthen vetting and the professional standards response to police-perpetrated domestic abuse (PPDA).',
      'We will work with licensing teams and venues to make the night-time economy safer.',
      'We will keep victims informed through the criminal justice process and work with the CPS on evidence-led prosecutions.',
      'We will run healthy relationships education in schools for young men and boys.',
    ];
    for (const text of texts) {
      const matches = classifyCommitment({ text, section: [] }, framework);
      expect(matches.length, text).toBeGreaterThan(0);
      for (const match of matches) {
        expect(match.by).toBe('auto');
        expect(match.confidence).toBeGreaterThan(0);
        expect(match.confidence).toBeLessThanOrEqual(1);
        expect(match.evidence?.length, `${text} -> ${match.id}`).toBeGreaterThan(0);
        for (const evidence of match.evidence ?? []) {
          expect(['text', 'section', 'lead-in']).toContain(evidence.in);
          expect(evidence.weight).toBeGreaterThan(0);
          if (evidence.phrase !== 'relevance to the action (BM25)') expect(phrasesOf(match.id)).toContain(evidence.phrase);
        }
      }
    }
  });

  it('maps nothing when nothing in the text is specific to any action', () => {
    expect(classifyCommitment({ text: 'We will publish the minutes of every meeting on time.', section: [] }, framework, settings)).toEqual(
      [],
    );
    expect(classifyCommitment({ text: 'We will answer every letter within ten working days.', section: [] }, framework, settings)).toEqual(
      [],
    );
  });

  it('maps a commitment that fits a pillar but no single action to the pillar alone', () => {
    const matches = classifyCommitment({ text: 'We will build trust and confidence with the public.', section: [] }, framework, settings);
    expect(ids(matches)).toEqual(['trust']);
    expect(matches[0]!.evidence?.map((evidence) => evidence.phrase)).toEqual(
      expect.arrayContaining(['build trust', 'trust and confidence']),
    );
  });

  it('maps a commitment to VAWG as a whole to every pillar, never to every action', () => {
    const matches = classifyCommitment(
      { text: 'Tackling violence against women and girls is a priority for the force.', section: [] },
      framework,
      settings,
    );
    expect(ids(matches)).toEqual(['trust', 'pursuit', 'spaces']);
  });

  it('reads a glossary term as its expansion: an ISVA is victim support', () => {
    const matches = classifyCommitment(
      { text: 'We will refer every victim of rape to an ISVA within two days.', section: [] },
      framework,
      settings,
    );
    expect(ids(matches)[0]).toBe('pursuit.victims-justice');
  });

  it('finds an action by the words of its scope when no indicator phrase occurs (BM25)', () => {
    const text = 'We will strengthen supervision of investigations into rape.';
    const features = classifyCommitment({ text, section: [] }, framework, { ...settings, minStrongest: 0, retrievalScale: 0.5 });
    expect(ids(features)[0]).toBe('pursuit.victims-justice');
    expect(features[0]!.evidence?.map((evidence) => evidence.phrase)).toContain('relevance to the action (BM25)');
  });

  it('flags automatic mappings under the review threshold, and only those', () => {
    const weak = classifyCommitment({ text: 'We will increase patrols in the town centre.', section: [] }, framework, {
      ...settings,
      minStrongest: 0.3,
      reviewBelow: 0.99,
    });
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.every((match) => match.review === true)).toBe(true);
    const strong = classifyCommitment({ text: 'We will use Stalking Protection Orders in every case.', section: [] }, framework, {
      ...settings,
      reviewBelow: 0.1,
    });
    expect(strong.every((match) => match.review === undefined)).toBe(true);
  });

  it('is deterministic', () => {
    const input = { text: 'We will work with licensing teams and venues to make the night-time economy safer.', section: ['Safer spaces'] };
    expect(classifyCommitment(input, framework)).toEqual(classifyCommitment(input, framework));
  });
});

describe('evidence from headings', () => {
  it('counts a phrase in the section at the section weight, with in: "section"', () => {
    const text = 'We will increase patrols in the town centre.';
    const alone = classifyCommitment({ text, section: [] }, framework, settings);
    const withHeading = classifyCommitment({ text, section: ['Night-time economy'] }, framework, settings);
    expect(ids(alone)).toEqual(['spaces.dangerous-places']);
    expect(ids(withHeading)).toEqual(['spaces.dangerous-places']);
    expect(withHeading[0]!.evidence?.filter((entry) => entry.in === 'section')).toEqual(
      expect.arrayContaining([{ in: 'section', phrase: 'night time', weight: 0.45 }]),
    );
    expect(alone[0]!.evidence?.some((entry) => entry.in === 'section')).toBe(false);
    expect(withHeading[0]!.confidence).toBeGreaterThan(alone[0]!.confidence);
  });

  it('counts a phrase found in both the text and a heading once, from the text', () => {
    const matches = classifyCommitment(
      { text: 'We will increase patrols in the night-time economy.', section: ['Night-time economy'] },
      framework,
      settings,
    );
    const evidence = matches.find((match) => match.id === 'spaces.dangerous-places')!.evidence ?? [];
    expect(evidence.filter((entry) => entry.phrase === 'night time')).toEqual([{ in: 'text', phrase: 'night time', weight: 0.9 }]);
  });

  it("can map a commitment on its heading's evidence alone", () => {
    const heavy: ClassifierSettings = { ...settings, sectionWeight: 1, minStrongest: 0 };
    const matches = classifyCommitment(
      { text: 'We will review this every year.', section: ['Stalking Protection Orders'] },
      framework,
      heavy,
    );
    expect(ids(matches)).toEqual(['pursuit.police-powers']);
    expect(matches[0]!.evidence).toEqual(expect.arrayContaining([{ in: 'section', phrase: 'protection order', weight: 0.9 }]));
    expect(matches[0]!.evidence?.every((entry) => entry.in === 'section' || entry.phrase === 'relevance to the action (BM25)')).toBe(true);
  });
});

describe('confidence', () => {
  it('follows the logistic curve of the calibration: 1 / (1 + exp(-(2 score - 1)))', () => {
    expect(confidenceOf(0.5, settings)).toBe(0.5);
    expect(confidenceOf(1, settings)).toBe(0.73);
    expect(confidenceOf(0, settings)).toBe(0.27);
    expect(confidenceOf(100, settings)).toBe(1);
  });

  it('fits the curve back from outcomes drawn from a known one (Platt scaling)', () => {
    // At each score, 200 outcomes of which round(200 * p) are right, p from slope 3 and intercept -2.
    const samples: { score: number; correct: boolean }[] = [];
    for (let score = -1; score <= 3.001; score += 0.25) {
      const right = Math.round(200 / (1 + Math.exp(-(3 * score - 2))));
      for (let index = 0; index < 200; index += 1) samples.push({ score, correct: index < right });
    }
    const fitted = fitCalibration(samples);
    expect(fitted.slope).toBeCloseTo(3, 1);
    expect(fitted.intercept).toBeCloseTo(-2, 1);
  });
});

describe('glossary', () => {
  it('appends the expansion of each term a text uses, whatever its case, and of cased acronyms only in capitals', () => {
    expect(expandTerms('Refer victims to an ISVA.')).toBe('Refer victims to an ISVA. independent sexual violence adviser victim support');
    expect(expandTerms('Apply for DVPOs.')).toContain('domestic violence protection orders');
    expect(expandTerms('We will spo the thing.')).toBe('We will spo the thing.');
    expect(expandTerms('Promote Clare’s Law.')).toContain('domestic violence disclosure scheme');
  });

  it('gives every term an expansion and a source that is not a force document', () => {
    for (const term of glossaryTerms()) {
      expect(term.expansion.trim(), term.term).not.toBe('');
      expect(['framework-notes', 'glossary', 'domain-knowledge']).toContain(term.source);
    }
  });
});

describe('classifyCommitments', () => {
  const spoText = 'We will use Stalking Protection Orders effectively in every eligible case.';

  it('keeps analyst mappings first and adds the automatic ones after them', () => {
    const analyst: ActionMatch = { id: 'trust.capability', confidence: 1, by: 'analyst', note: 'training on SPOs' };
    const [result] = classifyCommitments([commitment(spoText, { actions: [analyst] })], framework);
    expect(result!.actions[0]).toEqual(analyst);
    expect(ids(result!.actions)).toContain('pursuit.police-powers');
  });

  it('never re-adds a mapping the analyst rejected', () => {
    const [result] = classifyCommitments(
      [commitment(spoText, { rejected: [{ id: 'pursuit.police-powers', note: 'not about powers' }] })],
      framework,
    );
    expect(ids(result!.actions)).not.toContain('pursuit.police-powers');
    expect(result!.rejected).toEqual([{ id: 'pursuit.police-powers', note: 'not about powers' }]);
  });

  it('does not duplicate an action the analyst already mapped', () => {
    const analyst: ActionMatch = { id: 'pursuit.police-powers', confidence: 1, by: 'analyst' };
    const [result] = classifyCommitments([commitment(spoText, { actions: [analyst] })], framework);
    expect(result!.actions.filter((match) => match.id === 'pursuit.police-powers')).toEqual([analyst]);
  });

  it('recomputes automatic mappings instead of keeping stale ones', () => {
    const stale: ActionMatch = { id: 'spaces.behaviour-change', confidence: 0.9, by: 'auto' };
    const [result] = classifyCommitments([commitment(spoText, { actions: [stale] })], framework);
    expect(ids(result!.actions)).not.toContain('spaces.behaviour-change');
    expect(ids(result!.actions)[0]).toBe('pursuit.police-powers');
  });

  it('leaves the rest of the commitment as it was and keeps the order of commitments', () => {
    const first = commitment(spoText, { id: 'test-1', strength: 'ongoing', note: 'kept', powers: ['Stalking Protection Order'] });
    const second = commitment('We will answer every letter within ten working days.', { id: 'test-2' });
    const result = classifyCommitments([first, second], framework);
    expect(result.map((entry) => entry.id)).toEqual(['test-1', 'test-2']);
    expect(result[0]).toMatchObject({ strength: 'ongoing', note: 'kept', powers: ['Stalking Protection Order'], text: spoText });
    expect(result[1]!.actions).toEqual([]);
  });
});
