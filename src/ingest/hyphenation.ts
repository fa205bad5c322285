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
 * Decides how "satisfac-" at a line's end and "tion" at the next line's start go together: the
 * hyphen goes when the joined word is a word (it occurs in the document, or in a British English
 * dictionary: "satisfaction", "perpet-rated" → "perpetrated"); it stays when the two halves are
 * words of their own ("police-" + "perpetrated"); and a following "and" or "or" ("full- and
 * part-time") is no broken word at all.
 */
export function hyphenJoin(head: string, tail: string, documentWords: ReadonlySet<string>): HyphenJoin {
  const joined = `${head}${tail}`.toLowerCase();
  if (FUNCTION_WORDS.has(tail.toLowerCase())) return 'not-a-break';
  if (documentWords.has(joined)) return 'drop-hyphen';
  if (documentWords.has(`${head}-${tail}`.toLowerCase())) return 'keep-hyphen';
  const spell = britishSpeller();
  return spell.correct(`${head}${tail}`) || spell.correct(joined) ? 'drop-hyphen' : 'keep-hyphen';
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
