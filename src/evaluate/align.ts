import { tokenize } from '../text/tokens.js';

/** A unit to align: its text and the line it starts on. */
export interface Alignable {
  text: string;
  line: number;
}

/** Fewest Dice similarity of two texts' words for them to be the same commitment. */
export const MIN_OVERLAP = 0.5;
/** Most lines two starts may differ by for them to be the same commitment. */
export const MAX_LINE_DISTANCE = 1;

/** Dice similarity of the multisets of lower-cased words of two texts, in [0, 1]. */
export function wordOverlap(a: string, b: string): number {
  const left = bag(a);
  const right = bag(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [word, count] of right) {
    total += count;
    shared += Math.min(count, left.get(word) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Pairs predicted units with gold units one to one: pairs need word overlap of at least
 * MIN_OVERLAP and starts at most MAX_LINE_DISTANCE lines apart; the most similar pairs are taken first.
 */
export function alignUnits(predicted: Alignable[], gold: Alignable[]): [number, number][] {
  const candidates: { p: number; g: number; score: number; distance: number }[] = [];
  predicted.forEach((left, p) => {
    gold.forEach((right, g) => {
      const distance = Math.abs(left.line - right.line);
      if (distance > MAX_LINE_DISTANCE) return;
      const score = wordOverlap(left.text, right.text);
      if (score >= MIN_OVERLAP) candidates.push({ p, g, score, distance });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const candidate of candidates) {
    if (usedP.has(candidate.p) || usedG.has(candidate.g)) continue;
    usedP.add(candidate.p);
    usedG.add(candidate.g);
    pairs.push([candidate.p, candidate.g]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    const word = token.word.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
