import { describe, expect, it } from 'vitest';
import { defaultClassifierSettings } from '../../src/classify/index.js';
import { evaluateGoldSet } from '../../src/evaluate/index.js';
import { wordOverlap } from '../../src/evaluate/align.js';
import { countAgreement } from '../../src/evaluate/score.js';
import { loadFramework } from '../../src/io/catalog.js';
import type { Framework } from '../../src/model/index.js';

const GOLD = 'test/gold';

const report = await evaluateGoldSet(GOLD, { holdout: true });
const honest = (await evaluateGoldSet(GOLD)).overall.tool;

// Floors sit a little under the figures `vawg eval` measures, so a regression fails CI.
describe('accuracy on the gold set', () => {
  const tool = report.overall.tool;
  const baseline = report.overall.baseline;

  it('extracts commitments with F1 of at least 0.93', () => {
    expect(tool.extraction.f1).toBeGreaterThanOrEqual(0.93);
  });

  it('maps commitments to actions with micro-F1 of at least 0.78 and macro-F1 of at least 0.78', () => {
    expect(tool.mapping.f1).toBeGreaterThanOrEqual(0.78);
    expect(tool.macroF1).toBeGreaterThanOrEqual(0.78);
  });

  it('gets strength right for at least 90% of paired commitments', () => {
    expect(tool.strengthAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('beats the naive baseline by at least 0.15 on extraction and mapping F1', () => {
    expect(tool.extraction.f1! - baseline.extraction.f1!).toBeGreaterThanOrEqual(0.15);
    expect(tool.mapping.f1! - baseline.mapping.f1!).toBeGreaterThanOrEqual(0.15);
  });

  it('keeps leave-one-force-out mapping micro-F1 at 0.80 or more on average', () => {
    expect(report.holdout?.meanMappingF1).toBeGreaterThanOrEqual(0.8);
    expect(report.documents.filter((document) => document.holdout).length).toBe(report.documents.length);
  });
});

describe('the evaluation itself', () => {
  const framework = loadFramework();

  it('scores a classifier lower when its indicators point at the wrong actions', async () => {
    const scrambled: Framework = {
      ...framework,
      pillars: framework.pillars.map((pillar) => ({
        ...pillar,
        actions: pillar.actions.map((action, index) => ({
          ...action,
          indicators: pillar.actions[(index + 1) % pillar.actions.length]!.indicators,
        })),
      })),
    };
    const broken = (await evaluateGoldSet(GOLD, { framework: scrambled })).overall.tool;
    expect(broken.mapping.f1!).toBeLessThan(honest.mapping.f1! - 0.3);
    expect(broken.extraction.f1).toBe(honest.extraction.f1);
  });

  it('scores a classifier lower when it refuses to map anything confidently', async () => {
    const timid = { ...defaultClassifierSettings(), minConfidence: 0.999, pillarMinConfidence: 0.999 };
    const broken = (await evaluateGoldSet(GOLD, { settings: timid })).overall.tool;
    expect(broken.mapping.recall!).toBeLessThan(0.1);
    expect(broken.mapping.f1!).toBeLessThan(honest.mapping.f1!);
  });

  it('pairs commitments by word overlap and line, and counts pairs, misses and spurious ones', () => {
    expect(wordOverlap('We will tackle VAWG.', 'we will tackle vawg')).toBe(1);
    expect(wordOverlap('We will tackle VAWG.', 'Something else entirely.')).toBe(0);
    const gold = [
      { line: 3, text: 'We will review all allegations.', actions: ['trust.police-perpetrated-abuse'], strength: 'firm' as const },
      { line: 9, text: 'We will attain White Ribbon status.', actions: ['trust.sexism-misogyny'], strength: 'firm' as const },
    ];
    const predicted = [
      {
        line: 3,
        text: 'We will review all allegations',
        actions: ['trust.police-perpetrated-abuse', 'trust.capability'],
        strength: 'ongoing' as const,
      },
      { line: 20, text: 'We will attain White Ribbon status.', actions: ['trust.sexism-misogyny'], strength: 'firm' as const },
    ];
    const counts = countAgreement(predicted, gold);
    expect(counts.extraction).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.mapping).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.endToEnd).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(counts.strengthCorrect).toBe(0);
  });
});
