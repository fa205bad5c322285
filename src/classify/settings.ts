import { loadPackageData } from '../io/data-file.js';

/** Tunable numbers of the classifier, from `src/classify/data/settings.yaml`. */
export interface ClassifierSettings {
  sectionWeight: number;
  confidenceSteepness: number;
  minConfidence: number;
  secondaryMinConfidence: number;
  secondaryMinShare: number;
  pillarMinConfidence: number;
}

/** The classifier settings shipped with the package. */
export function defaultClassifierSettings(): ClassifierSettings {
  const data = loadPackageData<Record<string, number>>('src/classify/data/settings.yaml');
  const read = (key: string): number => {
    const value = data[key];
    if (typeof value !== 'number') throw new Error(`src/classify/data/settings.yaml: "${key}" must be a number`);
    return value;
  };
  return {
    sectionWeight: read('section-weight'),
    confidenceSteepness: read('confidence-steepness'),
    minConfidence: read('min-confidence'),
    secondaryMinConfidence: read('secondary-min-confidence'),
    secondaryMinShare: read('secondary-min-share'),
    pillarMinConfidence: read('pillar-min-confidence'),
  };
}
