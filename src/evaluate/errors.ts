import type { Evidence, Strength } from '../model/index.js';
import { alignUnits } from './align.js';
import type { Prediction } from './score.js';
import type { PreparedGold } from './tune.js';

/** One thing the tool got wrong in a document. */
export interface EvaluationError {
  kind: 'missed' | 'spurious' | 'strength' | 'missing-action' | 'wrong-action';
  line: number;
  text: string;
  /** For strength: gold and predicted; for actions: the action id. */
  expected?: string;
  found?: string;
  /** For a wrong action: what led to it. */
  evidence?: Evidence[];
  confidence?: number;
}

/** The errors of one document. */
export interface DocumentErrors {
  slug: string;
  split: string;
  errors: EvaluationError[];
}

/** Lists a document's missed and spurious commitments, wrong strengths, and missing or wrong mappings (with the evidence for each wrong one). */
export function documentErrors(item: PreparedGold, predicted: Prediction[], split: string): DocumentErrors {
  const gold = item.gold.commitments;
  const pairs = alignUnits(predicted, gold);
  const pairedPredicted = new Set(pairs.map(([p]) => p));
  const pairedGold = new Set(pairs.map(([, g]) => g));
  const errors: EvaluationError[] = [];
  gold.forEach((unit, index) => {
    if (!pairedGold.has(index))
      errors.push({ kind: 'missed', line: unit.line, text: unit.text, expected: `${unit.strength} ${unit.actions.join(' ')}` });
  });
  predicted.forEach((unit, index) => {
    if (!pairedPredicted.has(index))
      errors.push({ kind: 'spurious', line: unit.line, text: unit.text, found: `${unit.strength} ${unit.actions.join(' ')}` });
  });
  for (const [p, g] of pairs) {
    const found = predicted[p]!;
    const expected = gold[g]!;
    if (found.strength !== expected.strength) errors.push(strengthError(found, expected.strength));
    for (const id of expected.actions) {
      if (!found.actions.includes(id)) errors.push({ kind: 'missing-action', line: expected.line, text: found.text, expected: id });
    }
    for (const id of found.actions) {
      if (expected.actions.includes(id)) continue;
      const error: EvaluationError = {
        kind: 'wrong-action',
        line: expected.line,
        text: found.text,
        found: id,
        evidence: found.evidence?.[id] ?? [],
      };
      const confidence = found.confidences?.[id];
      if (confidence !== undefined) error.confidence = confidence;
      errors.push(error);
    }
  }
  errors.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
  return { slug: item.gold.slug, split, errors };
}

function strengthError(found: Prediction, expected: Strength): EvaluationError {
  return { kind: 'strength', line: found.line, text: found.text, expected, found: found.strength };
}
