import type {
  ActionCoverage,
  Commitment,
  CommitmentDocument,
  CoverageStatus,
  CoverageTally,
  ForceCoverage,
  Framework,
  PillarCoverage,
} from '../model/index.js';
import { defaultCoverageRules, type CoverageRules } from './rules.js';

/** Coverage of each framework action, each pillar and overall, for one force's commitment document. */
export function assessCoverage(
  document: CommitmentDocument,
  framework: Framework,
  file: string,
  rules: CoverageRules = defaultCoverageRules(),
): ForceCoverage {
  const actions: ActionCoverage[] = framework.pillars.flatMap((pillar) =>
    pillar.actions.map((action) => {
      const evidence: string[] = [];
      const weak: string[] = [];
      for (const commitment of document.commitments) {
        const match = commitment.actions.find((candidate) => candidate.id === action.id);
        if (!match) continue;
        (covers(commitment, match.confidence, rules) ? evidence : weak).push(commitment.id);
      }
      const status: CoverageStatus = evidence.length > 0 ? 'covered' : weak.length > 0 ? 'partial' : 'gap';
      const coverage: ActionCoverage = { id: action.id, pillar: pillar.id, title: action.title, status, evidence, weak };
      if (status !== 'covered') coverage.guidance = action.summary.trim();
      return coverage;
    }),
  );
  const pillars: PillarCoverage[] = framework.pillars.map((pillar) => ({
    id: pillar.id,
    title: pillar.title,
    ...tally(actions.filter((action) => action.pillar === pillar.id)),
    pillarOnly: document.commitments
      .filter((commitment) => commitment.actions.some((match) => match.id === pillar.id))
      .map((commitment) => commitment.id),
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
  };
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

function covers(commitment: Commitment, confidence: number, rules: CoverageRules): boolean {
  return rules.coveringStrengths.includes(commitment.strength) && confidence >= rules.minConfidence;
}
