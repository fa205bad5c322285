import type {
  ActionCoverage,
  CarriedMapping,
  Commitment,
  CommitmentDocument,
  CoverageStatus,
  CoverageTally,
  Crosswalk,
  ForceCoverage,
  Framework,
  PillarCoverage,
} from '../model/index.js';
import { carryAcross, crosswalkCeiling, relationCovers } from './crosswalk.js';
import { defaultCoverageRules, type CoverageRules } from './rules.js';

/** One commitment reaching one action: directly, or carried across a crosswalk. */
interface Reach {
  commitment: string;
  covers: boolean;
  /** The mapping (or the mapping carried) is flagged for review. */
  review: boolean;
  carried?: CarriedMapping;
}

/** What the commitments of one document reach in the assessed framework. */
interface Reached {
  actions: Map<string, Reach[]>;
  pillarOnly: Map<string, string[]>;
}

/** Coverage of each framework action, each pillar and overall, for one force's commitment document mapped to that framework. */
export function assessCoverage(
  document: CommitmentDocument,
  framework: Framework,
  file: string,
  rules: CoverageRules = defaultCoverageRules(),
): ForceCoverage {
  const reached = emptyReach(framework);
  for (const commitment of document.commitments) {
    for (const match of commitment.actions) {
      reached.actions.get(match.id)?.push({
        commitment: commitment.id,
        covers: covers(commitment, match.confidence, rules),
        review: match.review === true,
      });
      addOnce(reached.pillarOnly.get(match.id), commitment.id);
    }
  }
  return buildCoverage(document, framework, file, reached);
}

/**
 * Coverage against `target` of a document mapped to `source`, each mapping carried across the crosswalk (read from
 * source to target). A carried mapping covers its target only through a covering relation (equivalent-to,
 * subset-of), from an action rather than a pillar alone, for a commitment that covers that action itself; any
 * other carried mapping makes its target at most partial. Each action records every mapping carried to it, with
 * its relation, and the best status the crosswalk allows it.
 */
export function assessCoverageThrough(
  document: CommitmentDocument,
  crosswalk: Crosswalk,
  catalogs: { source: Framework; target: Framework },
  file: string,
  rules: CoverageRules = defaultCoverageRules(),
): ForceCoverage {
  const { source, target } = catalogs;
  const sourcePillars = new Set(source.pillars.map((pillar) => pillar.id));
  const reached = emptyReach(target);
  for (const commitment of document.commitments) {
    for (const match of commitment.actions) {
      const direct = !sourcePillars.has(match.id) && covers(commitment, match.confidence, rules);
      for (const carried of carryAcross(crosswalk, [match.id])) {
        const mapping: CarriedMapping = {
          commitment: commitment.id,
          from: carried.from,
          relation: carried.relation,
          covers: direct && relationCovers(carried.relation, rules),
        };
        reached.actions
          .get(carried.id)
          ?.push({ commitment: commitment.id, covers: mapping.covers, review: match.review === true, carried: mapping });
        addOnce(reached.pillarOnly.get(carried.id), commitment.id);
      }
    }
  }
  const coverage = buildCoverage(document, target, file, reached);
  const ceiling = crosswalkCeiling(crosswalk, source, target, rules);
  for (const action of coverage.actions) {
    action.carried = (reached.actions.get(action.id) ?? []).flatMap((reach) => (reach.carried ? [reach.carried] : []));
    action.ceiling = ceiling.get(action.id) ?? 'gap';
  }
  coverage.through = { framework: source.id, crosswalk: crosswalk.id, reversed: crosswalk.reversed };
  return coverage;
}

/** Counts covered, partial and gap statuses, with the covered ratio. */
export function tally(actions: { status: CoverageStatus }[]): CoverageTally {
  const count = (status: CoverageStatus): number => actions.filter((action) => action.status === status).length;
  const total = actions.length;
  const covered = count('covered');
  return {
    covered,
    partial: count('partial'),
    gap: count('gap'),
    total,
    ratio: total === 0 ? 0 : Math.round((covered / total) * 10000) / 10000,
  };
}

function emptyReach(framework: Framework): Reached {
  return {
    actions: new Map(framework.pillars.flatMap((pillar) => pillar.actions.map((action): [string, Reach[]] => [action.id, []]))),
    pillarOnly: new Map(framework.pillars.map((pillar): [string, string[]] => [pillar.id, []])),
  };
}

function buildCoverage(document: CommitmentDocument, framework: Framework, file: string, reached: Reached): ForceCoverage {
  const actions: ActionCoverage[] = framework.pillars.flatMap((pillar) =>
    pillar.actions.map((action) => {
      const reaches = reached.actions.get(action.id) ?? [];
      const evidence = unique(reaches.filter((reach) => reach.covers).map((reach) => reach.commitment));
      const weak = unique(reaches.map((reach) => reach.commitment)).filter((id) => !evidence.includes(id));
      const status: CoverageStatus = evidence.length > 0 ? 'covered' : weak.length > 0 ? 'partial' : 'gap';
      const flagged = new Set(reaches.filter((reach) => reach.review).map((reach) => reach.commitment));
      const review = (status === 'covered' ? evidence : weak).filter((id) => flagged.has(id));
      const coverage: ActionCoverage = { id: action.id, pillar: pillar.id, title: action.title, status, evidence, weak, review };
      if (status !== 'covered') coverage.guidance = action.summary.trim();
      return coverage;
    }),
  );
  const pillars: PillarCoverage[] = framework.pillars.map((pillar) => ({
    id: pillar.id,
    title: pillar.title,
    ...tally(actions.filter((action) => action.pillar === pillar.id)),
    pillarOnly: reached.pillarOnly.get(pillar.id) ?? [],
    ...(pillar.implicit ? { implicit: true } : {}),
  }));
  return {
    force: document.force,
    file,
    framework: framework.id,
    commitments: document.commitments.length,
    overall: tally(actions),
    pillars,
    actions,
    warnings: document.warnings.length,
    review: {
      covered: sum(actions.filter((action) => action.status === 'covered').map((action) => action.review.length)),
      partial: sum(actions.filter((action) => action.status === 'partial').map((action) => action.review.length)),
    },
  };
}

function sum(counts: number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}

function covers(commitment: Commitment, confidence: number, rules: CoverageRules): boolean {
  return rules.coveringStrengths.includes(commitment.strength) && confidence >= rules.minConfidence;
}

function addOnce(list: string[] | undefined, id: string): void {
  if (list && !list.includes(id)) list.push(id);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
