import type { Token } from '../../text/tagger.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'X']);
/** Pronouns that can only be subjects. */
export const NOMINATIVE = new Set(['we', 'i', 'they', 'he', 'she']);
const POSSESSIVES = new Set(['our', 'its', 'their', 'my', 'his', 'her', 'your']);

/** The noun phrase a subject is about: its words, its head and its possessor ("our" in "our RASSO team"). */
export interface NounPhrase {
  tokens: Token[];
  head: Token;
  possessor?: Token;
}

/**
 * The main noun phrase of a subject: the first one not inside a prepositional phrase
 * ("every allegation" in "From April every allegation of misconduct"; "we" in "Over the next two years we"),
 * with its head (its last noun) and possessor.
 */
export function mainNounPhrase(subject: Token[]): NounPhrase | undefined {
  // A nominative pronoun can only be a subject: "To do this we will", "Together with our partners we will".
  const pronoun = subject.findIndex((token) => NOMINATIVE.has(token.normal));
  if (pronoun >= 0 && !subject.slice(pronoun + 1).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) {
    return phraseFrom(subject, pronoun);
  }
  let index = 0;
  let inPrepositionalPhrase = false;
  let sawNoun = false;
  while (index < subject.length) {
    const token = subject[index]!;
    if (token.pos === 'ADP' || (token.pos === 'ADV' && !sawNoun)) {
      inPrepositionalPhrase = token.pos === 'ADP';
      sawNoun = false;
      index += 1;
      continue;
    }
    if (inPrepositionalPhrase) {
      const personal = token.pos === 'PRON' && !POSSESSIVES.has(token.normal);
      // A nominative pronoun ("we", "I", "they") is never the object of a preposition: the subject starts there.
      // Nor does a determiner or possessive after the preposition's noun go on with it: "From April 2026 every officer ...".
      const determiner = sawNoun && (token.pos === 'DET' || POSSESSIVES.has(token.normal));
      if ((personal && sawNoun) || NOMINATIVE.has(token.normal) || determiner) inPrepositionalPhrase = false;
      else {
        if (NOMINAL.has(token.pos)) sawNoun = true;
        index += 1;
        continue;
      }
    }
    if (NP_PARTS.has(token.pos)) return phraseFrom(subject, index);
    index += 1;
  }
  return undefined;
}

function phraseFrom(subject: Token[], start: number): NounPhrase | undefined {
  const tokens: Token[] = [];
  for (let index = start; index < subject.length; index += 1) {
    const token = subject[index]!;
    const conjoined = token.pos === 'CCONJ' && subject[index + 1] !== undefined && NP_PARTS.has(subject[index + 1]!.pos);
    const attributive = token.pos === 'VERB' && tokens.length > 0 && ['NOUN', 'PROPN'].includes(subject[index + 1]?.pos ?? '');
    // A plural's possessive apostrophe, which the tokenizer splits off: "the Superintendents' Association".
    const pluralPossessive = (token.text === "'" || token.text === '’') && /s$/iu.test(tokens[tokens.length - 1]?.text ?? '');
    if (
      !NP_PARTS.has(token.pos) &&
      !conjoined &&
      !attributive &&
      !pluralPossessive &&
      token.text !== '-' &&
      token.text !== '’s' &&
      token.text !== "'s"
    )
      break;
    if (token.pos === 'PRON' && tokens.length > 0 && !POSSESSIVES.has(token.normal) && !conjoined) break;
    tokens.push(token);
  }
  const nouns = tokens.filter((token) => NOMINAL.has(token.pos) && !POSSESSIVES.has(token.normal));
  const head = nouns[0]?.pos === 'PRON' ? nouns[0] : (nouns[nouns.length - 1] ?? tokens[tokens.length - 1]);
  if (!head) return undefined;
  const possessor = tokens.find((token) => POSSESSIVES.has(token.normal));
  return possessor ? { tokens, head, possessor } : { tokens, head };
}
