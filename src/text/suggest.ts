import { distance } from 'fastest-levenshtein';
import { loadPackageData } from '../io/data-file.js';

interface SuggestRule {
  'max-distance': number;
  'min-similarity': number;
}

/**
 * The candidates a mistyped word most likely meant (by Levenshtein distance, ignoring case, within
 * the limits of `src/text/data/suggest.yaml`), closest first, ties sorted; empty when none is close.
 */
export function suggestionsFor(word: string, candidates: readonly string[]): string[] {
  const rule = loadPackageData<SuggestRule>('src/text/data/suggest.yaml');
  const wanted = word.toLowerCase();
  let best = rule['max-distance'];
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate.length <= 1 || candidate === word) continue;
    const edits = distance(wanted, candidate.toLowerCase());
    const longer = Math.max(wanted.length, candidate.length);
    if ((longer - edits) / longer <= rule['min-similarity'] || edits > best) continue;
    if (edits < best) {
      best = edits;
      found = [];
    }
    found.push(candidate);
  }
  return found.sort((a, b) => a.localeCompare(b));
}

/** ` (did you mean x?)` for a mistyped word, or an empty string when no candidate is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = suggestionsFor(word, candidates);
  if (found.length === 0) return '';
  const listed = found.length === 1 ? found[0]! : `${found.slice(0, -1).join(', ')} or ${found.at(-1)!}`;
  return ` (did you mean ${listed}?)`;
}
