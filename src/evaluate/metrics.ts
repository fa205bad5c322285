/** Counts of true positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (null where undefined: nothing predicted or nothing to find). */
export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Adds counts together. */
export function addCounts(...all: Counts[]): Counts {
  return all.reduce((sum, counts) => ({ tp: sum.tp + counts.tp, fp: sum.fp + counts.fp, fn: sum.fn + counts.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Precision, recall and F1 of counts, to 4 places. */
export function scoresOf(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? null : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? null : counts.tp / (counts.tp + counts.fn);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (!precision || !recall) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** The mean of the defined values, or null. */
export function meanOf(values: (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0 ? null : round(defined.reduce((a, b) => a + b, 0) / defined.length);
}

/** Rounds to 4 places, keeping null. */
export function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}
