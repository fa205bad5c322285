import { loadPackageData } from '../io/data-file.js';
import type { VocabularySource } from '../model/index.js';

/** A term of UK policing or VAWG practice and what it stands for. */
export interface GlossaryTerm {
  term: string;
  expansion: string;
  /** Match only in the case written ("DA", "SPO"), for acronyms that are ordinary words in lower case. */
  cased?: boolean;
  source: VocabularySource;
}

interface CompiledTerm extends GlossaryTerm {
  pattern: RegExp;
  /** The term's first word in lower case: a text without it cannot use the term, so the pattern is not run. */
  firstWord: string;
}

let compiled: CompiledTerm[] | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The glossary of src/classify/data/glossary.yaml. */
export function glossaryTerms(): GlossaryTerm[] {
  return compiledTerms();
}

function compiledTerms(): CompiledTerm[] {
  if (compiled) return compiled;
  const terms = loadPackageData<{ terms: GlossaryTerm[] }>('src/classify/data/glossary.yaml').terms;
  compiled = terms.map((term) => {
    // Apostrophes and hyphens may be written either way ("Clare's", "Clare’s"; "body-worn", "body worn").
    const body = escapeRegExp(term.term)
      .replace(/'/g, "['’]")
      .replace(/\\-|-| /g, '[\\s-]');
    const firstWord = (/[\p{L}\p{N}]+/u.exec(term.term)?.[0] ?? term.term).toLowerCase();
    return {
      ...term,
      firstWord,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, term.cased ? 'u' : 'iu'),
    };
  });
  return compiled;
}

let byFirstWord: Map<string, number[]> | undefined;

/** Positions in the glossary of the terms each first word opens, so a text is checked only against the terms its words can start. */
function termsByFirstWord(): Map<string, number[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  compiledTerms().forEach((term, position) => byFirstWord!.set(term.firstWord, [...(byFirstWord!.get(term.firstWord) ?? []), position]));
  return byFirstWord;
}

/** The glossary terms a text uses, in the glossary's order. */
export function termsIn(text: string): GlossaryTerm[] {
  const index = termsByFirstWord();
  const candidates: number[] = [];
  for (const word of new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])) candidates.push(...(index.get(word) ?? []));
  const terms = compiledTerms();
  return candidates
    .sort((a, b) => a - b)
    .map((position) => terms[position]!)
    .filter((term) => term.pattern.test(text));
}

/** A text with the expansion of every glossary term it uses appended, so "ISVA" also reads as "independent sexual violence adviser". */
export function expandTerms(text: string): string {
  const expansions = termsIn(text).map((term) => term.expansion);
  return expansions.length === 0 ? text : `${text} ${expansions.join(' ')}`;
}
