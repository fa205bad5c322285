import type { Candidate } from './blocks.js';
import { commitmentCueOf, continuesCommitment, isLeadIn, startsImperative } from './cues.js';

/** Fewest words a commitment may have. */
const MIN_WORDS = 3;

/**
 * Why a candidate is a commitment ("lead-in", a cue id, "imperative", "continuation"), or undefined
 * when it is not one. `previous` is the candidate just before it, with the reason it got.
 */
export function commitmentReason(
  candidate: Candidate,
  previous?: { candidate: Candidate; reason: string | undefined },
): string | undefined {
  const text = candidate.text;
  if (candidate.otherVoice || isLeadIn(text) || text.split(/\s+/).length < MIN_WORDS) return undefined;
  if (candidate.kind === 'item' && candidate.leadIn?.commits) return 'lead-in';
  if (candidate.kind === 'row') return 'table-row';
  const cue = commitmentCueOf(text);
  if (cue) return cue;
  if (startsImperative(text)) return 'imperative';
  if (
    previous?.reason !== undefined &&
    candidate.kind === 'sentence' &&
    previous.candidate.kind === 'sentence' &&
    sameSection(previous.candidate, candidate) &&
    continuesCommitment(text)
  ) {
    return 'continuation';
  }
  return undefined;
}

function sameSection(a: Candidate, b: Candidate): boolean {
  return a.section.length === b.section.length && a.section.every((heading, index) => heading === b.section[index]);
}
