import { stemsOf } from './tokens.js';

/** A phrase compiled to stems, with whatever the caller attaches to it. */
export interface CompiledPhrase<T> {
  phrase: string;
  stems: string[];
  payload: T;
}

/** Finds which of many phrases occur in a text, by contiguous stem sequences. */
export class PhraseMatcher<T> {
  private readonly byFirstStem = new Map<string, CompiledPhrase<T>[]>();

  /** Builds a matcher for phrases, each carrying a payload. */
  constructor(entries: { phrase: string; payload: T }[]) {
    for (const entry of entries) {
      const stems = stemsOf(entry.phrase);
      const first = stems[0];
      if (first === undefined) continue;
      const bucket = this.byFirstStem.get(first) ?? [];
      bucket.push({ phrase: entry.phrase, stems, payload: entry.payload });
      this.byFirstStem.set(first, bucket);
    }
  }

  /** Every phrase found in a sequence of stems, once each, in the order the phrases first occur. */
  matchStems(stems: readonly string[]): CompiledPhrase<T>[] {
    const found = new Set<CompiledPhrase<T>>();
    stems.forEach((stem, index) => {
      for (const candidate of this.byFirstStem.get(stem) ?? []) {
        if (found.has(candidate)) continue;
        if (candidate.stems.every((expected, offset) => stems[index + offset] === expected)) found.add(candidate);
      }
    });
    return [...found];
  }

  /** Every phrase found in a text. */
  match(text: string): CompiledPhrase<T>[] {
    return this.matchStems(stemsOf(text));
  }
}
