import { loadPackageData } from '../io/data-file.js';
import type { Commitment, Framework } from '../model/index.js';

/** Which commitments `vawg review` visits. */
export type ReviewScope = 'needs-review' | 'low-confidence' | 'unmapped' | 'all';

/** Why a commitment needs a human. */
export type ReviewReason = 'low confidence' | 'no mapping' | 'pillar only' | 'never reviewed';

/** Whether an analyst has looked at a commitment: made it theirs, mapped, rejected or noted anything on it. */
export function reviewed(commitment: Commitment): boolean {
  return (
    commitment.by === 'analyst' ||
    commitment.note !== undefined ||
    (commitment.rejected?.length ?? 0) > 0 ||
    commitment.actions.some((match) => match.by === 'analyst')
  );
}

/** The reasons a commitment needs a human, most pressing first; empty once it has been reviewed. */
export function reviewReasons(commitment: Commitment, framework: Framework): ReviewReason[] {
  if (reviewed(commitment)) return [];
  const { 'low-confidence': low } = loadPackageData<{ 'low-confidence': number }>('src/cli/data/review.yaml');
  const pillars = new Set(framework.pillars.map((pillar) => pillar.id));
  const reasons: ReviewReason[] = [];
  if (commitment.actions.some((match) => match.review === true || match.confidence < low)) reasons.push('low confidence');
  if (commitment.actions.length === 0) reasons.push('no mapping');
  else if (commitment.actions.every((match) => pillars.has(match.id))) reasons.push('pillar only');
  reasons.push('never reviewed');
  return reasons;
}

/** The ids of the commitments to visit, in the document's order. */
export function reviewQueue(commitments: Commitment[], framework: Framework, scope: ReviewScope): string[] {
  return commitments
    .filter((commitment) => {
      if (scope === 'all') return true;
      const reasons = reviewReasons(commitment, framework);
      if (scope === 'low-confidence') return reasons.includes('low confidence');
      if (scope === 'unmapped') return reasons.includes('no mapping') || reasons.includes('pillar only');
      return reasons.length > 0;
    })
    .map((commitment) => commitment.id);
}
