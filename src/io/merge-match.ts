import type { Commitment } from '../model/index.js';
import { pairBySimilarity } from '../text/similarity.js';
import { normalizeText } from '../text/tokens.js';

/** Least similarity for a commitment whose wording changed in the source to be taken as the same one. */
export const REWORDED_MIN_SIMILARITY = 0.5;

/** How the commitments of a document on disk line up with those of a fresh parse. */
export interface CommitmentMatching {
  /** Pairs of (index in the existing document, index in the fresh parse); `reworded` when matched by similarity. */
  pairs: { existing: number; fresh: number; reworded: boolean }[];
  /** Existing commitments with no fresh counterpart whose text is still in the source (kept as they are). */
  stillInSource: number[];
  /** Existing commitments with no fresh counterpart whose text is gone from the source. */
  gone: number[];
  /** Fresh commitments with no existing counterpart. */
  added: number[];
}

/** Matches existing commitments to fresh ones by stable id, then by text similarity for commitments reworded in the source. */
export function matchCommitments(existing: Commitment[], fresh: Commitment[], sourceText: string): CommitmentMatching {
  const freshById = new Map(fresh.map((commitment, index) => [commitment.id, index]));
  const pairs: CommitmentMatching['pairs'] = [];
  const usedFresh = new Set<number>();
  const unmatched: number[] = [];
  existing.forEach((commitment, index) => {
    const twin = freshById.get(commitment.id);
    if (twin !== undefined && !usedFresh.has(twin)) {
      pairs.push({ existing: index, fresh: twin, reworded: false });
      usedFresh.add(twin);
    } else unmatched.push(index);
  });
  const source = normalizeText(sourceText);
  const stillInSource = unmatched.filter((index) => source.includes(normalizeText(existing[index]!.text)));
  const candidates = unmatched.filter((index) => !stillInSource.includes(index));
  const open = fresh.map((_, index) => index).filter((index) => !usedFresh.has(index));
  const similar = pairBySimilarity(
    candidates.map((index) => ({ index, text: existing[index]!.text })),
    open.map((index) => ({ index, text: fresh[index]!.text })),
    (item) => item.text,
    REWORDED_MIN_SIMILARITY,
  );
  for (const pair of similar) {
    pairs.push({ existing: pair.a.index, fresh: pair.b.index, reworded: true });
    usedFresh.add(pair.b.index);
  }
  const reworded = new Set(similar.map((pair) => pair.a.index));
  return {
    pairs: pairs.sort((a, b) => a.existing - b.existing),
    stillInSource,
    gone: candidates.filter((index) => !reworded.has(index)),
    added: open.filter((index) => !usedFresh.has(index)),
  };
}
