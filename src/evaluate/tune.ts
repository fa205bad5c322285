import type { ClassifierSettings } from '../classify/index.js';
import type { Commitment, Framework } from '../model/index.js';
import type { GoldDocument } from './gold.js';
import { scoresOf } from './metrics.js';
import { predictWith } from './predict.js';
import { countAgreement, poolCounts } from './score.js';

/** The values `--holdout` tries for each threshold when tuning on the forces not held out. */
export const TUNING_GRID = {
  minConfidence: [0.3, 0.4, 0.5, 0.6],
  sectionWeight: [0.25, 0.5, 0.75],
  secondaryMinShare: [0.5, 0.7, 0.9],
} as const;

/** A gold document with its commitments already extracted. */
export interface PreparedGold {
  gold: GoldDocument;
  commitments: Commitment[];
}

/** Every combination of the tuning grid applied to base settings, in a fixed order. */
export function settingsGrid(base: ClassifierSettings): ClassifierSettings[] {
  const grid: ClassifierSettings[] = [];
  for (const minConfidence of TUNING_GRID.minConfidence) {
    for (const sectionWeight of TUNING_GRID.sectionWeight) {
      for (const secondaryMinShare of TUNING_GRID.secondaryMinShare)
        grid.push({ ...base, minConfidence, sectionWeight, secondaryMinShare });
    }
  }
  return grid;
}

/** The grid settings with the best pooled mapping micro-F1 on the given documents (ties: the earlier in grid order). */
export function tuneSettings(training: PreparedGold[], framework: Framework, base: ClassifierSettings): ClassifierSettings {
  let best = base;
  let bestF1 = -1;
  for (const settings of settingsGrid(base)) {
    const pooled = poolCounts(
      training.map((item) => countAgreement(predictWith(item.commitments, framework, settings), item.gold.commitments)),
    );
    const f1 = scoresOf(pooled.mapping).f1 ?? 0;
    if (f1 > bestF1 + 1e-9) {
      best = settings;
      bestF1 = f1;
    }
  }
  return best;
}
