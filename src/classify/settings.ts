import { loadPackageData } from '../io/data-file.js';

/** Tunable numbers of the classifier, from `src/classify/data/settings.yaml` and `calibration.yaml`. */
export interface ClassifierSettings {
  sectionWeight: number;
  contextRetrievalWeight: number;
  retrievalScale: number;
  minScore: number;
  /** Least weight of the strongest phrase for an action to be mapped. */
  minStrongest: number;
  secondaryShare: number;
  secondaryMinIndicator: number;
  pillarMinScore: number;
  /** Share of its actions' phrase weights that counts towards a pillar's own evidence. */
  pillarActionShare: number;
  wholeMinScore: number;
  reviewBelow: number;
  calibration: { slope: number; intercept: number };
}

/** The classifier settings shipped with the package. */
export function defaultClassifierSettings(): ClassifierSettings {
  const data = loadPackageData<Record<string, unknown>>('src/classify/data/settings.yaml');
  const calibration = loadPackageData<Record<string, unknown>>('src/classify/data/calibration.yaml');
  const read = (source: Record<string, unknown>, file: string, key: string): number => {
    const value = source[key];
    if (typeof value !== 'number') throw new Error(`src/classify/data/${file}: "${key}" must be a number`);
    return value;
  };
  const setting = (key: string): number => read(data, 'settings.yaml', key);
  return {
    sectionWeight: setting('section-weight'),
    contextRetrievalWeight: setting('context-retrieval-weight'),
    retrievalScale: setting('retrieval-scale'),
    minScore: setting('min-score'),
    minStrongest: setting('min-strongest'),
    secondaryShare: setting('secondary-share'),
    secondaryMinIndicator: setting('secondary-min-indicator'),
    pillarMinScore: setting('pillar-min-score'),
    pillarActionShare: setting('pillar-action-share'),
    wholeMinScore: setting('whole-min-score'),
    reviewBelow: setting('review-below'),
    calibration: { slope: read(calibration, 'calibration.yaml', 'slope'), intercept: read(calibration, 'calibration.yaml', 'intercept') },
  };
}
