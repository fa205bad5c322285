import {
  MAPPING_RELATIONS,
  type ActionCoverage,
  type CarryingRelation,
  type ForceCoverage,
  type Framework,
  type PillarCoverage,
} from '../model/index.js';

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

/** How many of the mappings an action's status rests on are flagged for review, e.g. `1 of 3 to review`; empty when none is. */
export function reviewNote(action: ActionCoverage): string {
  if (action.review.length === 0) return '';
  const restsOn = action.status === 'covered' ? action.evidence.length : action.weak.length;
  return `${action.review.length} of ${restsOn} to review`;
}

/** The flagged mappings a force's statuses rest on, for its heading line, e.g. `to review: 2 behind covered, 1 behind partial`. */
export function reviewSummary(force: ForceCoverage): string {
  const { covered, partial } = force.review;
  if (covered + partial === 0) return 'no mapping to review';
  return `to review: ${covered} behind covered, ${partial} behind partial`;
}

/** The relations a crosswalked action's mappings came through, each with the source ids it came from, in relation order. */
export function carriedByRelation(action: ActionCoverage): { relation: CarryingRelation; from: string[] }[] {
  const carried = action.carried ?? [];
  return MAPPING_RELATIONS.flatMap((relation) => {
    const from = [...new Set(carried.filter((mapping) => mapping.relation === relation).map((mapping) => mapping.from))];
    return relation === 'no-relationship' || from.length === 0 ? [] : [{ relation, from }];
  });
}

/** One short line per relation an action's mappings came through, e.g. `intersects-with trust.capability (+2)`. */
export function throughLines(action: ActionCoverage): string[] {
  return carriedByRelation(action).map(({ relation, from }) => `${relation} ${evidenceCell(from)}`);
}

/** How a force's commitments reached the framework, for a heading: empty when they are mapped to it directly. */
export function throughNote(force: ForceCoverage): string {
  const { through } = force;
  if (!through) return '';
  return `mapped to ${through.framework}, read through the crosswalk ${through.crosswalk}${through.reversed ? ' (backwards)' : ''}`;
}

/** The legend line of a report with crosswalked forces, or empty when every force is mapped directly. */
export function crosswalkLegend(report: CoverageReport): string {
  if (!report.forces.some((force) => force.through)) return '';
  return 'read through a crosswalk: equivalent-to and subset-of mappings can cover; superset-of and intersects-with give at most partial';
}

/** What a crosswalk's ceiling means for an action that is not covered, or empty when the crosswalk does not limit it. */
export function ceilingNote(action: ActionCoverage, force: ForceCoverage, framework: Framework): string {
  if (!force.through || action.status === 'covered' || action.ceiling === undefined || action.ceiling === 'covered') return '';
  const direct = `parse the source against ${framework.id} (vawg parse --framework) to assess it directly`;
  if (action.ceiling === 'gap') return `nothing in ${force.through.framework} maps to it: ${direct}`;
  return `no mapping that can cover it reaches it from ${force.through.framework}, so through the crosswalk it is partial at best: ${direct}`;
}

/** The label of a pillar's "mapped to the pillar alone" commitments: a one-level catalog's implicit group holds commitments relevant to no single item. */
export function pillarOnlyLabel(pillar: PillarCoverage): string {
  return pillar.implicit ? 'catalog only' : 'pillar only';
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

/** The columns every tidy export ends with: the framework the commitments were mapped to when read through a crosswalk, and the relations they came through. */
export interface TidyThrough {
  through: string;
  relations: string;
}

/** Names of the TidyThrough columns, in order. */
export const TIDY_THROUGH_COLUMNS = ['through', 'relations'];

/** The TidyThrough columns of one force and action (empty strings when mapped directly). */
export function tidyThrough(force: ForceCoverage, action: ActionCoverage): TidyThrough {
  return {
    through: force.through?.framework ?? '',
    relations: carriedByRelation(action)
      .map((entry) => entry.relation)
      .join(' '),
  };
}

/** Names of the TidyKey columns, in order. */
export const TIDY_KEY_COLUMNS = ['force', 'force_name', 'file', 'framework', 'pillar', 'action', 'status'];

/** One tidy row per force and action, in force then catalog order, each extended by `extra`. */
export function tidyRows<T extends object>(
  report: CoverageReport,
  extra: (action: ActionCoverage, force: ForceCoverage) => T,
): (TidyKey & T)[] {
  return report.forces.flatMap((force) =>
    force.actions.map((action) => ({
      force: force.force.slug,
      force_name: force.force.name,
      file: force.file,
      framework: force.framework,
      pillar: action.pillar,
      action: action.id,
      status: action.status,
      ...extra(action, force),
    })),
  );
}
