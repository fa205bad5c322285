import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import { eng } from 'stopword';

let speller: ReturnType<typeof nspell> | undefined;

/** A British English spelling dictionary (hunspell's en-GB through nspell), loaded on first use. */
function britishSpeller(): ReturnType<typeof nspell> {
  if (speller) return speller;
  const folder = path.dirname(createRequire(import.meta.url).resolve('dictionary-en-gb'));
  speller = nspell({ aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic')) });
  return speller;
}

const FUNCTION_WORDS = new Set(eng);

/** How a word broken over a line break with a hyphen is put back together. */
export type HyphenJoin = 'drop-hyphen' | 'keep-hyphen' | 'not-a-break';

/**
 * Decides how "satisfac-" at a line's end and "tion" at the next line's start go together: what
 * the document itself writes decides first ("satisfaction" or "night-time" elsewhere in it); then
 * the hyphen stays when the two halves are words of their own ("police-" "perpetrated", "night-"
 * "time"), and goes when only the joined word is one, in a British English dictionary
 * ("satisfac-" "tion", "perpet-" "rated"); a following "and" or "or" ("full- and part-time") is
 * no broken word at all.
 */
export function hyphenJoin(head: string, tail: string, documentWords: ReadonlySet<string>): HyphenJoin {
  const joined = `${head}${tail}`.toLowerCase();
  if (FUNCTION_WORDS.has(tail.toLowerCase())) return 'not-a-break';
  if (documentWords.has(joined)) return 'drop-hyphen';
  if (documentWords.has(`${head}-${tail}`.toLowerCase())) return 'keep-hyphen';
  const spell = britishSpeller();
  const isWord = (word: string): boolean => spell.correct(word) || spell.correct(word.toLowerCase());
  // Word processors break compounds at their own hyphen: two words either side ("night-" "time") keep it.
  if (isWord(head) && isWord(tail)) return 'keep-hyphen';
  return isWord(`${head}${tail}`) ? 'drop-hyphen' : 'keep-hyphen';
}

/** The lower-cased words (and hyphenated compounds) of a text, for `hyphenJoin`. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []);
}

const HYPHENS = new Set(['-', '\u00AD']);
const LETTER = /^\p{L}$/u;

/**
 * The word part a text ends in before a hyphen ("satisfac-" → "satisfac", "police-perpet-" →
 * "perpet"), and the hyphen; undefined when the text does not end in a hyphenated word part.
 * Read backwards character by character, so a long run of letters costs one pass.
 */
export function brokenWordEnd(text: string): { head: string; hyphen: string } | undefined {
  const hyphen = text[text.length - 1];
  if (hyphen === undefined || !HYPHENS.has(hyphen)) return undefined;
  let start = text.length - 1;
  while (start > 0 && LETTER.test(text[start - 1] as string)) start -= 1;
  const head = text.slice(start, text.length - 1);
  return head === '' ? undefined : { head, hyphen };
}
