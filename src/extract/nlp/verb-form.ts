import { tagPhrase, type Token } from '../../text/tagger.js';

/** The morphological form of a verb token, told from its surface form and lemma. */
export type VerbForm = 'base' | 'present' | 'past' | 'gerund';

/** Folds British spellings the lemmatiser gives in American form ("prioritise" → "prioritize"). */
function americanise(word: string, lemma: string): string {
  if (lemma.endsWith('ize')) return word.replace(/is(e|es|ed|ing|ation)$/, 'iz$1');
  return lemma.endsWith('or') ? word.replace(/our(s?)$/, 'or$1') : word;
}

/** Whether a verb is a base form, a third-person present, a past form (or participle), or a gerund. */
export function verbForm(token: Token): VerbForm {
  const lemma = token.lemma;
  const word = americanise(token.normal.replace(/[’']/g, ''), lemma);
  if (word.endsWith('ing') && !lemma.endsWith('ing')) return 'gerund';
  if (word.endsWith('ing') && isHyphenatedGerund(word)) return 'gerund';
  if (word === lemma) return 'base';
  if (word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`)) return 'present';
  if (['is', 'are', 'am', 'has', 'does'].includes(word)) return 'present';
  return 'past';
}

/** A hyphenated word the lemmatiser keeps whole ("re-vetting", "co-producing") whose last part it reads as a gerund on its own. */
function isHyphenatedGerund(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen < 0) return false;
  const last = tagPhrase(word.slice(hyphen + 1))[0];
  return last !== undefined && last.normal.endsWith('ing') && !last.lemma.endsWith('ing');
}
