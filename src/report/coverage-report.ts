import type { ForceCoverage, Framework } from '../model/index.js';

/** What `vawg gaps` and `vawg compare` report: coverage of each force against one framework. */
export interface CoverageReport {
  framework: Framework;
  forces: ForceCoverage[];
}

/** Version of the JSON that `vawg gaps` and `vawg compare` print with `--format json`. */
export const COVERAGE_JSON_VERSION = 1;

/** How many commitments an action has mapped to it, covering or not. */
export function mappedCount(action: { evidence: string[]; weak: string[] }): number {
  return action.evidence.length + action.weak.length;
}

/** Evidence ids shortened for a table cell: the first id and how many more. */
export function evidenceCell(ids: string[]): string {
  const [first] = ids;
  if (first === undefined) return '';
  return ids.length === 1 ? first : `${first} (+${ids.length - 1})`;
}
