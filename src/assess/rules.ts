import { loadPackageData } from '../io/data-file.js';
import type { Strength } from '../model/index.js';

/** When a mapped commitment covers an action, from `src/assess/data/coverage.yaml`. */
export interface CoverageRules {
  coveringStrengths: Strength[];
  minConfidence: number;
}

/** The coverage rules shipped with the package. */
export function defaultCoverageRules(): CoverageRules {
  const data = loadPackageData<{ 'covering-strengths': Strength[]; 'min-confidence': number }>('src/assess/data/coverage.yaml');
  return { coveringStrengths: data['covering-strengths'], minConfidence: data['min-confidence'] };
}
