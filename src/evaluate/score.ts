import type { Evidence, Strength } from '../model/index.js';
import { alignUnits } from './align.js';
import type { GoldCommitment } from './gold.js';
import { addCounts, meanOf, round, scoresOf, type Counts, type Scores } from './metrics.js';

/** One predicted commitment, reduced to what the evaluation compares. */
export interface Prediction {
  text: string;
  line: number;
  actions: string[];
  strength: Strength;
  /** Confidence of each automatic mapping, by action id (absent for baselines). */
  confidences?: Record<string, number>;
  /** What led to each mapping, by action id. */
  evidence?: Record<string, Evidence[]>;
}

/** The raw counts of one evaluation, kept so documents can be pooled. */
export interface EvaluationCounts {
  extraction: Counts;
  /** (commitment, action) pairs over commitments found in both. */
  mapping: Counts;
  /** (commitment, action) pairs over all commitments, so missed and spurious commitments count too. */
  endToEnd: Counts;
  /** Mapping counts per action or pillar id. */
  perAction: Record<string, Counts>;
  strengthCorrect: number;
  matched: number;
  /** Each mapping made on a paired commitment: its confidence and whether it was right (for calibration and the reliability table). */
  calibration: { confidence: number; correct: boolean }[];
}

/** The figures reported for one document or a pool of them. */
export interface EvaluationFigures {
  gold: number;
  predicted: number;
  extraction: Scores;
  mapping: Scores;
  endToEnd: Scores;
  /** Mean F1 over the framework's actions that occur in the gold labels or the predictions. */
  macroF1: number | null;
  strengthAccuracy: number | null;
}

/** Counts agreements between predicted and gold commitments of one document. */
export function countAgreement(predicted: Prediction[], gold: GoldCommitment[]): EvaluationCounts {
  const pairs = alignUnits(predicted, gold);
  const matchedP = new Set(pairs.map(([p]) => p));
  const matchedG = new Set(pairs.map(([, g]) => g));
  const perAction: Record<string, Counts> = {};
  const bump = (id: string, key: keyof Counts): void => {
    perAction[id] ??= { tp: 0, fp: 0, fn: 0 };
    perAction[id][key] += 1;
  };
  const mapping: Counts = { tp: 0, fp: 0, fn: 0 };
  const calibration: EvaluationCounts['calibration'] = [];
  let strengthCorrect = 0;
  for (const [p, g] of pairs) {
    const predictedIds = new Set(predicted[p]?.actions ?? []);
    const goldIds = new Set(gold[g]?.actions ?? []);
    for (const id of predictedIds) {
      const key = goldIds.has(id) ? 'tp' : 'fp';
      mapping[key] += 1;
      bump(id, key);
      const confidence = predicted[p]?.confidences?.[id];
      if (confidence !== undefined) calibration.push({ confidence, correct: key === 'tp' });
    }
    for (const id of goldIds) {
      if (predictedIds.has(id)) continue;
      mapping.fn += 1;
      bump(id, 'fn');
    }
    if (predicted[p]?.strength === gold[g]?.strength) strengthCorrect += 1;
  }
  const spurious = predicted.filter((_, index) => !matchedP.has(index)).reduce((sum, item) => sum + item.actions.length, 0);
  const missed = gold.filter((_, index) => !matchedG.has(index)).reduce((sum, item) => sum + item.actions.length, 0);
  return {
    extraction: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
    mapping,
    endToEnd: { tp: mapping.tp, fp: mapping.fp + spurious, fn: mapping.fn + missed },
    perAction,
    strengthCorrect,
    matched: pairs.length,
    calibration,
  };
}

/** Pools the counts of several documents. */
export function poolCounts(all: EvaluationCounts[]): EvaluationCounts {
  const perAction: Record<string, Counts> = {};
  for (const counts of all) {
    for (const [id, value] of Object.entries(counts.perAction)) perAction[id] = addCounts(perAction[id] ?? { tp: 0, fp: 0, fn: 0 }, value);
  }
  return {
    extraction: addCounts(...all.map((counts) => counts.extraction)),
    mapping: addCounts(...all.map((counts) => counts.mapping)),
    endToEnd: addCounts(...all.map((counts) => counts.endToEnd)),
    perAction,
    strengthCorrect: all.reduce((sum, counts) => sum + counts.strengthCorrect, 0),
    matched: all.reduce((sum, counts) => sum + counts.matched, 0),
    calibration: all.flatMap((counts) => counts.calibration),
  };
}

/** Turns counts into the reported figures; macro-F1 averages over the given action ids. */
export function figuresOf(counts: EvaluationCounts, actionIds: string[]): EvaluationFigures {
  const macro = meanOf(actionIds.map((id) => (counts.perAction[id] ? scoresOf(counts.perAction[id]).f1 : null)));
  return {
    gold: counts.extraction.tp + counts.extraction.fn,
    predicted: counts.extraction.tp + counts.extraction.fp,
    extraction: scoresOf(counts.extraction),
    mapping: scoresOf(counts.mapping),
    endToEnd: scoresOf(counts.endToEnd),
    macroF1: macro,
    strengthAccuracy: counts.matched === 0 ? null : round(counts.strengthCorrect / counts.matched),
  };
}
