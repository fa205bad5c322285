import type { ActionCoverage, ForceCoverage, Framework } from '../model/index.js';

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

/** The columns every tidy export starts with: which force, file, framework, pillar and action, and its status. */
export interface TidyKey {
  force: string;
  force_name: string;
  file: string;
  framework: string;
  pillar: string;
  action: string;
  status: string;
}

/** Names of the TidyKey columns, in order. */
export const TIDY_KEY_COLUMNS = ['force', 'force_name', 'file', 'framework', 'pillar', 'action', 'status'];

/** One tidy row per force and action, in force then catalog order, each extended by `extra`. */
export function tidyRows<T extends object>(report: CoverageReport, extra: (action: ActionCoverage) => T): (TidyKey & T)[] {
  return report.forces.flatMap((force) =>
    force.actions.map((action) => ({
      force: force.force.slug,
      force_name: force.force.name,
      file: force.file,
      framework: force.framework,
      pillar: action.pillar,
      action: action.id,
      status: action.status,
      ...extra(action),
    })),
  );
}
