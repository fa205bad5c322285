import { loadPackageData } from '../io/data-file.js';
import type { CarryingRelation, Strength } from '../model/index.js';

/** When a mapped commitment covers an action, from `src/assess/data/coverage.yaml`. */
export interface CoverageRules {
  coveringStrengths: Strength[];
  minConfidence: number;
  /** Crosswalk relations through which a carried mapping may cover its target; the others give at most partial (default: the shipped ones). */
  coveringRelations?: CarryingRelation[];
}

interface CoverageData {
  'covering-strengths': Strength[];
  'min-confidence': number;
  'covering-relations': CarryingRelation[];
}

/** The coverage rules shipped with the package. */
export function defaultCoverageRules(): CoverageRules {
  const data = loadPackageData<CoverageData>('src/assess/data/coverage.yaml');
  return {
    coveringStrengths: data['covering-strengths'],
    minConfidence: data['min-confidence'],
    coveringRelations: data['covering-relations'],
  };
}
