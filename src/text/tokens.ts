import { stemmer } from 'stemmer';

/** A word of a text with its stem and where it stands. */
export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const stems = new Map<string, string>();

/** Lower-cases a word and reduces it with the Porter stemmer (memoised). */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    stems.set(lower, stem);
  }
  return stem;
}

/** Splits text into words (runs of letters and digits) with their stems and offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ word: match[0], stem: stemWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** The stems of a text, in order. */
export function stemsOf(text: string): string[] {
  return tokenize(text).map((token) => token.stem);
}

/** Text folded for comparison: lower case, straight quotes, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
