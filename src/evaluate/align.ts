import { diceSimilarity } from '../text/similarity.js';
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
  return diceSimilarity(words(a), words(b));
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

function words(text: string): string[] {
  return tokenize(text).map((token) => token.word.toLowerCase());
}
