/** Coverage status of one framework action in one strategy. */
export type CoverageStatus = 'covered' | 'partial' | 'gap';

/** How one action fares in one force's strategy. */
export interface ActionCoverage {
  id: string;
  pillar: string;
  title: string;
  status: CoverageStatus;
  /** Commitments that make the action covered (firm or ongoing, confident). */
  evidence: string[];
  /** Commitments that touch the action but do not cover it (aspirational, conditional, low confidence). */
  weak: string[];
  /** The action's summary, given as guidance when the status is not `covered`. */
  guidance?: string;
}

/** Counts of statuses over a set of actions. */
export interface CoverageTally {
  covered: number;
  partial: number;
  gap: number;
  total: number;
  /** covered / total, rounded to 4 places. */
  ratio: number;
}

/** Coverage of one pillar. */
export interface PillarCoverage extends CoverageTally {
  id: string;
  title: string;
  /** Commitments mapped to the pillar alone, with no single action. */
  pillarOnly: string[];
}

/** Coverage of one force's strategy against one framework. */
export interface ForceCoverage {
  force: { name: string; slug: string };
  file: string;
  framework: string;
  commitments: number;
  overall: CoverageTally;
  pillars: PillarCoverage[];
  actions: ActionCoverage[];
  warnings: number;
}
