import winkNLP, { type ItemSentence, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or symbol of a text, with its part of speech (Universal Dependencies tags) and lemma. */
export interface Token {
  text: string;
  /** Lower-cased form. */
  normal: string;
  lemma: string;
  /** UD part of speech: NOUN, VERB, AUX, PRON, PROPN, ADJ, ADV, ADP, DET, CCONJ, SCONJ, PART, NUM, PUNCT, SYM, X, ... */
  pos: string;
  /** Offsets in the tagged text. */
  start: number;
  end: number;
}

/** A sentence of a tagged text: its tokens and its span in the text. */
export interface TaggedSentence {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
}

let nlp: WinkMethods | undefined;

function tagger(): WinkMethods {
  // Sentence boundaries and parts of speech (negation is read from the words themselves, so wink's negation pass is not run);
  // wink reads the text losslessly, so offsets are exact.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Splits a text into sentences and tags every token with its part of speech and lemma (wink-nlp). */
export function tagText(text: string): TaggedSentence[] {
  const wink = tagger();
  const its = wink.its;
  // wink-nlp splits "we're" and "it's" but keeps "I'm" whole and calls it a name, which leaves the verb
  // after it untagged too ("I'm funding" as a noun): it reads "I am", and the places map back to "I'm".
  const expanded = expandFirstPersonBe(openPseudoClefts(text));
  const doc = wink.readDoc(expanded.text);
  const words = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  // wink's normal form stands in for a lemma it does not give, so it is read only when one is missing.
  let normals: string[] | undefined;
  const normal = (index: number): string | undefined => (normals ??= doc.tokens().out(its.normal) as string[])[index];
  const tokens: Token[] = [];
  let offset = 0;
  words.forEach((word, index) => {
    offset += (spaces[index] ?? '').length;
    const start = expanded.toOriginal(offset);
    const end = expanded.toOriginal(offset + word.length);
    tokens.push({
      text: text.slice(start, end),
      normal: word.toLowerCase(),
      lemma: auxiliaryLemma(pos[index], (lemmas[index] ?? normal(index) ?? word).toLowerCase()),
      pos: pos[index] ?? 'X',
      start,
      end,
    });
    offset += word.length;
  });
  joinHyphenatedModifiers(tokens);
  readPerfectSince(tokens);
  const sentences: TaggedSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const slice = tokens.slice(first, last + 1).filter((token) => token.pos !== 'SPACE');
    const head = slice[0];
    const tail = slice[slice.length - 1];
    if (!head || !tail) return;
    const previous = sentences[sentences.length - 1];
    // "lowerby.police.uk/report": a stop with a small letter or a digit right after it ends no sentence; it is inside an address.
    const inAddress = previous !== undefined && previous.end === head.start && /^[\p{Ll}\p{N}]/u.test(head.text);
    if (previous !== undefined && (continuesSentence(previous, head.text) || inAddress)) {
      // No full stop before it and a small letter to start: one sentence the splitter cut in two
      // (after a closing quotation mark, as in "the “Not On Our Watch” module").
      sentences[sentences.length - 1] = {
        tokens: [...previous.tokens, ...slice],
        start: previous.start,
        end: tail.end,
        text: text.slice(previous.start, tail.end),
      };
      return;
    }
    for (const part of atNumberedLines(slice, text)) {
      const first = part[0]!;
      const last = part[part.length - 1]!;
      sentences.push({ tokens: part, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    }
  });
  return sentences;
}

/** A clause number at the start of a line: "3.6", "12.", "4)". */
const CLAUSE_NUMBER = /^(\d+(\.\d+)+|\d+[.)])$/u;

/**
 * "... at Annex B.⏎3.6 The Constabulary shall ...": a line that opens with a clause number after a stop
 * starts a new sentence, which the splitter misses when the stop follows a capital letter or a number.
 */
function atNumberedLines(tokens: Token[], text: string): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const newLine = previous !== undefined && text.slice(previous.end, token.start).includes('\n');
    if (newLine && CLAUSE_NUMBER.test(token.text) && /[.;:!?]$/u.test(previous.text)) parts.push([]);
    parts[parts.length - 1]!.push(token);
  });
  return parts.filter((part) => part.length > 0);
}

/**
 * "What we are doing is checking every officer", "What we're going to do now is, um, publish ...": a
 * pseudo-cleft puts the verb after "is", where the tagger finds no verb group. It is read as "Then we are
 * checking ...", "then we're going to publish ...": the same number of characters, so every place stays.
 */
const PSEUDO_CLEFT =
  /\b([Ww]hat)(\s+(?:we|I|you|they)(?:['’](?:re|ll|m))?(?:\s+(?:are|am|will|shall|want to|plan to|intend to|aim to))?(?:\s+going to)?\s+)(do|doing)((?:\s+(?:now|next|instead|first|then|here))?\s+is[, ]+(?:(?:um|er|erm|uh)[, ]+)*)(?=\p{Ll})/gu;

/** The text with each pseudo-cleft opened up as a plain clause, of the same length. */
function openPseudoClefts(text: string): string {
  return text.replace(
    PSEUDO_CLEFT,
    (_match, what: string, middle: string, verb: string, tail: string) =>
      (what === 'What' ? 'Then' : 'then') + middle + ' '.repeat(verb.length + tail.length),
  );
}

/** wink-nlp gives the auxiliary "being" ("are being explored") itself as its lemma; it is a form of "be". */
function auxiliaryLemma(pos: string | undefined, lemma: string): string {
  return pos === 'AUX' && lemma === 'being' ? 'be' : lemma;
}

/** "I'm" written out as "I am" for the tagger, with the map from the written-out text back to the text. */
function expandFirstPersonBe(text: string): { text: string; toOriginal: (offset: number) => number } {
  const inserted: number[] = [];
  const out = text.replace(/\bI['’]m\b/gu, (_match, at: number) => {
    // The space goes in after "I": every later place in the written-out text is one further on.
    inserted.push(at + 1 + inserted.length);
    return 'I am';
  });
  if (inserted.length === 0) return { text, toOriginal: (offset) => offset };
  return {
    text: out,
    toOriginal: (offset) => {
      // How many spaces went in before this place: a binary search of the insertion points, which ascend.
      let low = 0;
      let high = inserted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (inserted[middle]! < offset) low = middle + 1;
        else high = middle;
      }
      return offset - low;
    },
  };
}

/**
 * A participle joined by a hyphen to the word before it ("victim-centred", "intelligence-led",
 * "victim-facing") is one compound adjective, as English writes it: the tagger sees a verb there
 * and would read a clause of its own, with the word before the hyphen as its subject.
 */
function joinHyphenatedModifiers(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    const hyphen = tokens[index - 1];
    const before = tokens[index - 2];
    if (token.pos !== 'VERB' || hyphen?.text !== '-' || before === undefined) return;
    if (before.end !== hyphen.start || hyphen.end !== token.start || !/^\p{L}/u.test(before.text)) return;
    if (/(?:ed|en|ing|led|d|t)$/u.test(token.normal)) token.pos = 'ADJ';
  });
}

/**
 * "The force has since told us ...": "since" between a perfect's "have" and its participle is an adverb
 * (since then), not a conjunction opening a clause of its own, which the tagger takes it for.
 */
function readPerfectSince(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.normal !== 'since' || token.pos !== 'SCONJ') return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (before?.pos === 'AUX' && before.lemma === 'have' && after?.pos === 'VERB') token.pos = 'ADV';
  });
}

/** Whether a sentence starting with `word` goes on from `previous`: it opens in lower case and `previous` has no closing stop. */
function continuesSentence(previous: TaggedSentence, word: string): boolean {
  return /^\p{Ll}/u.test(word) && !/[.!?…:;][\p{Pf}\p{Pe}"'’”)\]]*$/u.test(previous.text);
}

/** Tags one short text as a single sentence (all its tokens, whatever the sentence boundaries). */
export function tagPhrase(text: string): Token[] {
  return tagText(text).flatMap((sentence) => sentence.tokens);
}

/** wink-nlp's `its` helpers, for reading its vectorizers' output. */
export function winkHelpers(): WinkMethods['its'] {
  return tagger().its;
}
