import type { CarryingRelation } from './crosswalk.js';

/** Coverage status of one framework action in one strategy. */
export type CoverageStatus = 'covered' | 'partial' | 'gap';

/** One commitment's mapping carried across a crosswalk to an action of the assessed framework. */
export interface CarriedMapping {
  /** The commitment's id. */
  commitment: string;
  /** The action or pillar id the commitment is mapped to in its own framework. */
  from: string;
  /** The crosswalk relation it came through. */
  relation: CarryingRelation;
  /** Whether this mapping alone makes the action covered (a covering relation from an action, firm or ongoing, confident). */
  covers: boolean;
}

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
  /**
   * The commitments the status rests on (the evidence of a covered action, the weak mappings of a partial one) whose
   * mapping to this action is flagged for review: the places an analyst should check first.
   */
  review: string[];
  /** The action's summary, given as guidance when the status is not `covered`. */
  guidance?: string;
  /** Read through a crosswalk: every mapping carried to this action, with the relation it came through. */
  carried?: CarriedMapping[];
  /** Read through a crosswalk: the best status the crosswalk can give this action (`partial` when only relations that never cover reach it). */
  ceiling?: CoverageStatus;
}

/** How many flagged mappings the covered and the partial statuses rest on. */
export interface ReviewTally {
  covered: number;
  partial: number;
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
  /** Set for the one implicit group of a one-level catalog, whose tallies equal the overall ones. */
  implicit?: boolean;
}

/** How a force's commitments reached the assessed framework when they are mapped to another. */
export interface CoverageThrough {
  /** The framework the commitment document is mapped to. */
  framework: string;
  /** The crosswalk's id (`<source>--<target>` as its file is written). */
  crosswalk: string;
  /** True when the crosswalk file maps the other way and was read backwards. */
  reversed: boolean;
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
  /** How many mappings flagged for review the force's covered and partial statuses rest on. */
  review: ReviewTally;
  /** Set when the commitments are mapped to another framework and were carried across a crosswalk. */
  through?: CoverageThrough;
}
