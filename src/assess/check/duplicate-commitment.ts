import { normalizeText } from '../../text/tokens.js';
import { commitmentPlace, type CheckRule } from './types.js';

/** The same commitment stated twice. */
export const duplicateCommitmentRule: CheckRule = {
  id: 'duplicate-commitment',
  description: 'The same commitment is stated twice.',
  defaultSeverity: 'warning',
  check(context) {
    const first = new Map<string, number>();
    const results = [];
    for (const commitment of context.document.commitments) {
      const key = normalizeText(commitment.text).replace(/[^\p{L}\p{N} ]/gu, '');
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, commitment.position.line);
        continue;
      }
      results.push({
        message: `repeats the commitment on line ${earlier}: "${commitment.text}"`,
        ...commitmentPlace(commitment.position),
      });
    }
    return results;
  },
};
