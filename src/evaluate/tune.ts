import { fitCalibration } from '../classify/calibration.js';
import { chooseTargets } from '../classify/decide.js';
import { FeatureMemo, targetFeatures, type TargetFeatures } from '../classify/features.js';
import type { ClassifierSettings } from '../classify/index.js';
import type { Commitment, Framework } from '../model/index.js';
import { alignUnits } from './align.js';
import type { GoldDocument } from './gold.js';
import { scoresOf } from './metrics.js';

/** A gold document with its commitments already extracted. */
export interface PreparedGold {
  gold: GoldDocument;
  commitments: Commitment[];
}

/** The values tuning tries for each setting, in a fixed order (ties go to the earlier). */
export const TUNING_GRID = {
  sectionWeight: [0.25],
  contextRetrievalWeight: [0, 0.3],
  retrievalScale: [0, 0.1, 0.2],
  minScore: [0.4, 0.7, 1.0],
  minStrongest: [0.3, 0.5, 0.7],
  secondaryShare: [0.6, 0.8],
  secondaryMinIndicator: [0.4, 0.7],
  pillarMinScore: [0.3, 0.5],
  pillarActionShare: [0.25, 0.5],
  wholeMinScore: [0.4, 0.6],
} as const;

interface Sample {
  features: Map<string, TargetFeatures>;
  gold: Set<string>;
}

/** The commitments the tool and the gold labels agree are the same, each with its evidence computed under one set of context weights. */
function samplesOf(prepared: PreparedGold[], framework: Framework, settings: ClassifierSettings): Sample[] {
  return prepared.flatMap((item) => {
    const memo = new FeatureMemo();
    const units = item.commitments.map((commitment) => ({ text: commitment.text, line: commitment.position.line }));
    return alignUnits(units, item.gold.commitments).map(([p, g]) => ({
      features: targetFeatures(item.commitments[p]!, framework, settings, memo),
      gold: new Set(item.gold.commitments[g]!.actions),
    }));
  });
}

function mappingF1(samples: Sample[], framework: Framework, settings: ClassifierSettings): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const sample of samples) {
    const chosen = new Set(chooseTargets(sample.features, framework, settings).map((entry) => entry.target));
    for (const id of chosen)
      if (sample.gold.has(id)) tp += 1;
      else fp += 1;
    for (const id of sample.gold) if (!chosen.has(id)) fn += 1;
  }
  return scoresOf({ tp, fp, fn }).f1 ?? 0;
}

/**
 * Tunes the classifier's weights and thresholds on prepared gold documents (grid search for the best
 * mapping micro-F1 over paired commitments), then fits its confidence curve (Platt scaling) to whether
 * each mapping it then makes is right.
 */
export function tuneClassifier(prepared: PreparedGold[], framework: Framework, base: ClassifierSettings): ClassifierSettings {
  let best = base;
  let bestF1 = -1;
  for (const sectionWeight of TUNING_GRID.sectionWeight) {
    for (const contextRetrievalWeight of TUNING_GRID.contextRetrievalWeight) {
      const samples = samplesOf(prepared, framework, { ...base, sectionWeight, contextRetrievalWeight });
      for (const retrievalScale of TUNING_GRID.retrievalScale) {
        for (const minScore of TUNING_GRID.minScore) {
          for (const minStrongest of TUNING_GRID.minStrongest) {
            for (const pillarActionShare of TUNING_GRID.pillarActionShare) {
              for (const secondaryShare of TUNING_GRID.secondaryShare) {
                for (const secondaryMinIndicator of TUNING_GRID.secondaryMinIndicator) {
                  for (const pillarMinScore of TUNING_GRID.pillarMinScore) {
                    for (const wholeMinScore of TUNING_GRID.wholeMinScore) {
                      const settings: ClassifierSettings = {
                        ...base,
                        sectionWeight,
                        contextRetrievalWeight,
                        retrievalScale,
                        minScore,
                        minStrongest,
                        pillarActionShare,
                        secondaryShare,
                        secondaryMinIndicator,
                        pillarMinScore,
                        wholeMinScore,
                      };
                      const f1 = mappingF1(samples, framework, settings);
                      if (f1 > bestF1 + 1e-9) {
                        best = settings;
                        bestF1 = f1;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return { ...best, calibration: calibrate(samplesOf(prepared, framework, best), framework, best) };
}

/** Fits the confidence curve to the mappings the settings make on the samples. */
function calibrate(samples: Sample[], framework: Framework, settings: ClassifierSettings): ClassifierSettings['calibration'] {
  const points = samples.flatMap((sample) =>
    chooseTargets(sample.features, framework, settings).map((entry) => ({ score: entry.score, correct: sample.gold.has(entry.target) })),
  );
  return points.length < 2 ? settings.calibration : fitCalibration(points);
}
