import type { Counts } from './metrics.js';
import { addCounts, scoresOf } from './metrics.js';

/** A 95% interval of a figure. */
export interface Interval {
  low: number;
  high: number;
}

/** How many times documents are resampled. */
export const BOOTSTRAP_SAMPLES = 1000;
/** The fixed seed, so intervals are the same on every run. */
const SEED = 20211215;

/** A small deterministic generator (mulberry32), so the bootstrap gives the same intervals every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95% percentile interval of a figure computed from per-document counts, by resampling documents with
 * replacement. `figure` turns pooled counts into the figure (null when undefined, skipped).
 */
export function bootstrapInterval<T>(perDocument: T[], pool: (items: T[]) => number | null): Interval | null {
  if (perDocument.length === 0) return null;
  const random = generator(SEED);
  const values: number[] = [];
  for (let sample = 0; sample < BOOTSTRAP_SAMPLES; sample += 1) {
    const drawn: T[] = [];
    for (let index = 0; index < perDocument.length; index += 1) drawn.push(perDocument[Math.floor(random() * perDocument.length)]!);
    const value = pool(drawn);
    if (value !== null) values.push(value);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const at = (quantile: number): number => values[Math.min(values.length - 1, Math.max(0, Math.floor(quantile * values.length)))]!;
  return { low: Math.round(at(0.025) * 100) / 100, high: Math.round(at(0.975) * 100) / 100 };
}

/** The F1 (or precision or recall) of pooled counts, for use as a bootstrap figure. */
export function pooledScore(key: 'precision' | 'recall' | 'f1'): (counts: Counts[]) => number | null {
  return (counts) => scoresOf(addCounts(...counts))[key];
}
