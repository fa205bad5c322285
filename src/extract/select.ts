import type { Candidate } from './blocks.js';
import { commitmentCueOf, isLeadIn, startsImperative } from './cues.js';

/** Fewest words a commitment may have. */
const MIN_WORDS = 3;

/** Why a candidate is a commitment ("lead-in", a cue id, "imperative"), or undefined when it is not one. */
export function commitmentReason(candidate: Candidate): string | undefined {
  const text = candidate.text;
  if (isLeadIn(text) || text.split(/\s+/).length < MIN_WORDS) return undefined;
  if (candidate.kind === 'item' && candidate.leadIn?.commits) return 'lead-in';
  const cue = commitmentCueOf(text);
  if (cue) return cue;
  if (startsImperative(text)) return 'imperative';
  return undefined;
}
