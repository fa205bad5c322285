import type { CarryingRelation, CoverageStatus, Crosswalk, Framework } from '../model/index.js';
import { defaultCoverageRules, type CoverageRules } from './rules.js';

/** An id of a crosswalk's source catalog carried to an id of its target catalog through one entry. */
export interface CarriedId {
  /** The target catalog's id it was carried to. */
  id: string;
  /** The relation of the entry it came through. */
  relation: CarryingRelation;
  /** The source catalog's id it came from. */
  from: string;
}

/**
 * Carries ids of a crosswalk's source catalog (for example one commitment's action ids) to ids of its target
 * catalog: one result per crosswalk entry of each given id whose relation is not `no-relationship`, in the
 * order of the ids given, then of the entries. Pure: the same crosswalk and ids always give the same list.
 */
export function carryAcross(crosswalk: Crosswalk, actionIds: readonly string[]): CarriedId[] {
  return actionIds.flatMap((from) =>
    crosswalk.entries.flatMap((entry) =>
      entry.source === from && entry.relation !== 'no-relationship' ? [{ id: entry.target, relation: entry.relation, from }] : [],
    ),
  );
}

/** Whether a mapping carried through this relation may make its target covered (the others give at most partial). */
export function relationCovers(relation: CarryingRelation, rules: CoverageRules = defaultCoverageRules()): boolean {
  return (rules.coveringRelations ?? defaultCoverageRules().coveringRelations ?? []).includes(relation);
}

/**
 * The best status a crosswalk can give each action of the target catalog, whatever the commitments: `covered`
 * when a covering relation reaches it from an action of the source catalog, `partial` when only other relations
 * (or pillar ids) reach it, `gap` when nothing does.
 */
export function crosswalkCeiling(
  crosswalk: Crosswalk,
  source: Framework,
  target: Framework,
  rules: CoverageRules = defaultCoverageRules(),
): Map<string, CoverageStatus> {
  const sourcePillars = new Set(source.pillars.map((pillar) => pillar.id));
  const ceiling = new Map<string, CoverageStatus>(
    target.pillars.flatMap((pillar) => pillar.actions.map((action): [string, CoverageStatus] => [action.id, 'gap'])),
  );
  for (const entry of crosswalk.entries) {
    if (entry.relation === 'no-relationship' || !ceiling.has(entry.target)) continue;
    const covering = !sourcePillars.has(entry.source) && relationCovers(entry.relation, rules);
    if (covering) ceiling.set(entry.target, 'covered');
    else if (ceiling.get(entry.target) === 'gap') ceiling.set(entry.target, 'partial');
  }
  return ceiling;
}
