import { eng, removeStopwords } from 'stopword';
import { loadPackageData } from '../io/data-file.js';
import { stemWord, tokenize } from './tokens.js';

let stopWords: string[] | undefined;

function allStopWords(): string[] {
  stopWords ??= [...eng, ...loadPackageData<{ 'extra-stop-words': string[] }>('src/text/data/stopwords.yaml')['extra-stop-words']];
  return stopWords;
}

/** A text's content words: lower-cased, stop words removed (the `stopword` package's English list plus a few of our own), stemmed. */
export function contentStems(text: string): string[] {
  const words = tokenize(text).map((token) => token.word.toLowerCase());
  return removeStopwords(words, allStopWords()).map(stemWord);
}

/** Dice similarity of two texts' content stems (as multisets), in [0, 1], to 2 places. */
export function textSimilarity(a: string, b: string): number {
  return Math.round(diceSimilarity(contentStems(a), contentStems(b)) * 100) / 100;
}

/** Dice similarity of two multisets of words, in [0, 1]. */
export function diceSimilarity(a: string[], b: string[]): number {
  const left = counts(a);
  const right = counts(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [stem, count] of right) {
    total += count;
    shared += Math.min(count, left.get(stem) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Pairs items of two lists one to one, most similar first, keeping pairs at or above a threshold. */
export function pairBySimilarity<T>(
  left: T[],
  right: T[],
  textOf: (item: T) => string,
  threshold: number,
): { a: T; b: T; similarity: number }[] {
  const candidates: { i: number; j: number; similarity: number }[] = [];
  left.forEach((a, i) => {
    right.forEach((b, j) => {
      const similarity = textSimilarity(textOf(a), textOf(b));
      if (similarity >= threshold) candidates.push({ i, j, similarity });
    });
  });
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const pairs: { a: T; b: T; similarity: number; i: number }[] = [];
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.i) || usedRight.has(candidate.j)) continue;
    usedLeft.add(candidate.i);
    usedRight.add(candidate.j);
    pairs.push({ a: left[candidate.i] as T, b: right[candidate.j] as T, similarity: candidate.similarity, i: candidate.i });
  }
  return pairs.sort((x, y) => x.i - y.i).map(({ a, b, similarity }) => ({ a, b, similarity }));
}

function counts(stems: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const stem of stems) map.set(stem, (map.get(stem) ?? 0) + 1);
  return map;
}
