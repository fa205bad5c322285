import { verbForm } from './verb-form.js';
import { isListNumber } from '../numbering.js';
import { NOMINATIVE } from './noun-phrase.js';
import type { Token } from '../../text/tagger.js';
import { findVerbGroups, type GroupLexicon, type VerbGroup } from './verb-groups.js';

/** Words that open a relative clause ("who leads", "which will be scrutinised"). */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Words that open an embedded clause ("what we will do", "how we will measure it"): not a main clause of their own. */
const EMBEDDING = new Set(['what', 'how', 'why', 'whether', 'whatever']);
/** Words that open a free relative clause standing as a sentence's opening adverbial ("Whatever Parliament decides, ..."). */
const FREE_RELATIVES = new Set(['whatever', 'whichever', 'however', 'whoever']);
/** Subordinating words told apart by the tagger as adverbs rather than SCONJ. */
const SUBORDINATING_ADVERBS = new Set(['where', 'wherever', 'when', 'whenever', 'once']);
/** Prepositions that open a clause when a subject follows ("before we finalise it", "until the backlog has cleared"). */
const CLAUSAL_PREPOSITIONS = new Set(['before', 'after', 'until', 'till', 'since', 'because', 'while', 'whilst', 'unless', 'as']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '–', '—', '“', '”', '"', '‘']);
/** Parts of speech a noun phrase in apposition is made of ("an independent charity", "the force's lead for stalking"). */
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);

/** A predicate with its subject: the unit of meaning a commitment is read from. */
export interface Clause {
  group: VerbGroup;
  /** The subject's tokens; empty for an imperative or an elided subject. */
  subject: Token[];
  /** explicit: written before the verb; inherited: shared with the previous clause ("... and will train"); none: imperative or fragment. */
  subjectKind: 'explicit' | 'inherited' | 'none';
  /** The clause it inherits its subject from. */
  inheritedFrom?: number;
  /** Set when the clause is a relative clause ("who leads ...", "which will be ..."). */
  relative: boolean;
  /** The word that opened a relative or embedded clause ("that", "which", "what"). */
  introducer?: string;
  /** Where the words before the verb start (for an infinitive, the words before "to"). */
  regionStart: number;
  /** A "to" infinitive ("to protect the victim"): never a finite clause of its own. */
  infinitive: boolean;
  /** The word that makes the clause subordinate ("if", "where", "because", "so"), lower-cased. */
  subordinator?: string;
  /** Token range the clause covers, inclusive. */
  start: number;
  end: number;
  /** A noun phrase in apposition to the subject, between commas, that says what it is ("X, an independent charity, will ..."). */
  apposition?: Token[];
}

/** Splits a tagged sentence into clauses around its verb groups, finding each one's subject. */
export function findClauses(tokens: Token[], lexicon: GroupLexicon): Clause[] {
  verbBeforeInfinitive(tokens, lexicon.catenative);
  const groups = findVerbGroups(tokens, lexicon);
  const clauses: Clause[] = [];
  groups.forEach((group, index) => {
    const previous = groups[index - 1];
    const limit = previous ? previous.end + 1 : 0;
    clauses.push(clauseOf(tokens, group, limit, clauses, lexicon));
  });
  clauses.forEach((clause, index) => {
    const next = clauses[index + 1];
    clause.end = next ? Math.max(clause.group.end, next.start - 1) : tokens.length - 1;
  });
  clauses.forEach((clause, index) => markContactClause(clauses, index, tokens));
  return clauses;
}

/**
 * "The force plans to open a clinic", "My team aim to meet every victim": the tagger reads a catenative
 * verb (src/extract/data/verbs.yaml) after the subject's noun as a noun, which leaves the sentence with
 * no verb. When nothing else in the sentence is finite, a determiner, a noun phrase and that word before
 * "to" and a verb make it the verb ("Our action plans to reduce harm will be published" keeps its noun).
 */
function verbBeforeInfinitive(tokens: Token[], catenative: ReadonlySet<string>): void {
  const at = tokens.findIndex(
    (token, index) =>
      token.pos === 'NOUN' &&
      catenative.has(token.lemma) &&
      ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '') &&
      tokens[index + 1]?.normal === 'to' &&
      tokens[index + 2]?.pos === 'VERB',
  );
  if (at < 0) return;
  // A clause or list number ("3.4 The police aim to ...") or an opening phrase and its comma ("Under Soteria, our
  // teams aim to ...") before the subject is no part of it.
  const comma = tokens.findLastIndex((token, index) => index < at && token.text === ',');
  const first = comma >= 0 ? comma + 1 : isListNumber(tokens[0]?.text ?? '') ? 1 : 0;
  // The subject opens with a determiner or possessive ("The team", "Our unit") or is a name ("Brackenfold Police").
  if (!['DET', 'PRON', 'PROPN'].includes(tokens[first]?.pos ?? '')) return;
  // The main clause runs to the first comma or subordinate clause ("..., with her ISVA there if she wants").
  const boundary = tokens.findIndex((token, index) => index > at && (token.pos === 'SCONJ' || CLAUSE_BREAKS.has(token.text)));
  const main = tokens.slice(0, boundary < 0 ? tokens.length : boundary);
  const finite = (token: Token, index: number): boolean =>
    index >= first && (token.pos === 'AUX' || (token.pos === 'VERB' && main[index - 1]?.normal !== 'to' && !token.normal.endsWith('ing')));
  if (main.some(finite)) return;
  if (tokens.slice(first + 1, at).every((token) => ['ADJ', 'NOUN', 'PROPN'].includes(token.pos))) tokens[at]!.pos = 'VERB';
}

/** Marks that end a main clause's stretch of words. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—']);

/** Personal pronouns that open a relative clause with no relative word ("the standards we want to see"). */
const CONTACT_PRONOUNS = new Set(['we', 'i', 'you', 'they', 'he', 'she']);

/**
 * A relative clause with no relative word, a "contact clause": a noun phrase, then a pronoun and its verb
 * ("publish the standards of behaviour we want to see", "The organisation we want to become is ..."). It is
 * one when the noun phrase is the object of the verb just before it, or opens the sentence and the next
 * clause's verb has no subject of its own (the noun phrase is its subject). Then the pronoun's clause
 * describes the noun; it does not commit.
 */
function markContactClause(clauses: Clause[], index: number, tokens: Token[]): void {
  const clause = clauses[index]!;
  const subject = clause.subject;
  const pronoun = subject[subject.length - 1];
  const before = subject[subject.length - 2];
  if (clause.subjectKind !== 'explicit' || clause.relative || clause.subordinator !== undefined) return;
  if (!pronoun || pronoun.pos !== 'PRON' || !CONTACT_PRONOUNS.has(pronoun.normal)) return;
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return;
  const previous = clauses[index - 1];
  const next = clauses[index + 1];
  const object = previous !== undefined && !previous.infinitive && clause.regionStart === previous.group.end + 1;
  const subjectOfNext =
    clause.regionStart === 0 &&
    next !== undefined &&
    next.subjectKind === 'none' &&
    !next.infinitive &&
    next.subordinator === undefined &&
    (next.group.auxiliaries.length > 0 || next.group.mainForm === 'present' || next.group.mainForm === 'past') &&
    tokens.slice(clause.group.end + 1, next.group.start).every((token) => token.pos !== 'PUNCT');
  if (!object && !subjectOfNext) return;
  clause.relative = true;
  clause.subject = [pronoun];
}

function clauseOf(tokens: Token[], group: VerbGroup, limit: number, earlier: Clause[], lexicon: GroupLexicon): Clause {
  let cursor = group.start - 1;
  while (cursor >= limit && !isBoundary(tokens, cursor, group.start)) cursor -= 1;
  const boundary = cursor >= limit ? tokens[cursor] : undefined;
  const regionStart = cursor + 1;
  let region = trimLeading(tokens.slice(regionStart, group.start));
  // "Violent men who harm women will see ...": after "who" comes the relative clause's own verb, even when the
  // tagger took it for a noun, so the subject of this verb is the noun phrase before "who".
  const finite = group.auxiliaries.length > 0 || group.mainForm === 'present' || group.mainForm === 'past';
  if (
    boundary?.normal === 'who' &&
    region.length > 0 &&
    cursor > limit &&
    finite &&
    (group.main.pos === 'VERB' || group.main.lemma === 'be')
  ) {
    const before = clauseWithSubjectBefore(tokens, group, cursor, limit);
    if (before) return before;
  }
  // "Anyone who sends such messages can expect ...": after a "who" clause and its object, with nothing
  // between them, the next finite verb has the noun phrase before "who" as its subject.
  const relativeBefore = earlier[earlier.length - 1];
  const who = relativeBefore ? relativeBefore.regionStart - 1 : -1;
  if (
    relativeBefore?.relative &&
    relativeBefore.subjectKind === 'none' &&
    tokens[who]?.normal === 'who' &&
    boundary === undefined &&
    finite &&
    (group.main.pos === 'VERB' || group.main.lemma === 'be')
  ) {
    const previousEnd = earlier[earlier.length - 2]?.group.end;
    const before = clauseWithSubjectBefore(tokens, group, who, previousEnd === undefined ? 0 : previousEnd + 1);
    if (before) return before;
  }
  // "Public places where women feel unsafe will get ...": after a "where" clause that describes a noun,
  // a finite verb with nothing of its own before it but that clause's complement has the noun as subject.
  const placeSubject = subjectBeforeWhere(tokens, group, earlier, limit);
  if (placeSubject) return placeSubject;
  const clause: Clause = {
    group,
    subject: [],
    subjectKind: 'none',
    relative: false,
    infinitive: false,
    regionStart,
    start: regionStart,
    end: group.end,
  };
  // A group opened by "being" or "having" ("without a suspect being identified") is a participle phrase, never a finite clause.
  if (tokens[group.start]?.pos === 'AUX' && /ing$/u.test(tokens[group.start]!.normal)) {
    clause.infinitive = true;
    return clause;
  }
  let to = group.start - 1;
  while (tokens[to]?.pos === 'ADV') to -= 1;
  if (tokens[to]?.normal === 'to' && (to === group.start - 1 || tokens[to]?.pos === 'PART')) {
    clause.infinitive = true;
    clause.start = to;
    return clause;
  }
  if (boundary && RELATIVE.has(boundary.normal) && boundary.pos !== 'SCONJ' && follows(tokens, cursor)) {
    clause.relative = true;
    clause.introducer = boundary.normal;
  }
  if (boundary?.normal === 'that' && boundary.pos === 'SCONJ') clause.introducer = 'that';
  // "what we will do" is embedded, except as the complement of "is" in a pseudo-cleft ("... is what we will prioritise");
  // "here is what we will do" only presents what follows, as a lead-in does.
  if (
    boundary &&
    EMBEDDING.has(boundary.normal) &&
    !givesTheReason(tokens, cursor) &&
    (tokens[cursor - 1]?.lemma !== 'be' || presentsWhatFollows(tokens, cursor - 1))
  ) {
    clause.relative = true;
    clause.introducer = boundary.normal;
  }
  if (region.length > 0 && followsComplementVerb(tokens, regionStart, earlier, lexicon)) clause.relative = true;
  if (
    boundary &&
    (boundary.pos === 'SCONJ' || SUBORDINATING_ADVERBS.has(boundary.normal) || boundary.pos === 'ADP') &&
    !RELATIVE.has(boundary.normal)
  ) {
    clause.subordinator = boundary.normal;
    clause.start = cursor;
  }
  if (region.length === 0 && boundary?.text === ',' && !clause.relative) {
    const before = skipRelativeClause(tokens, cursor, limit);
    if (before !== undefined) {
      clause.start = before.start;
      clause.regionStart = before.start;
      region = trimLeading(tokens.slice(before.start, before.end + 1));
      if (before.apposition) clause.apposition = before.apposition;
    }
  }
  const previousClause = earlier[earlier.length - 1];
  const insideFirstNounPhrase = earlier.length === 1 && boundary?.text === ',' && region.length > 0;
  if (
    insideFirstNounPhrase &&
    previousClause?.infinitive &&
    ['NOUN', 'PROPN'].includes(tokens[previousClause.group.start - 2]?.pos ?? '') &&
    !region.some((token) => ['we', 'i', 'they', 'he', 'she', 'it'].includes(token.normal))
  ) {
    // "Our actions to tackle violence, abuse and intimidation will be open ...": the subject is the noun phrase before "to".
    const before = previousClause.regionStart;
    const nounPhrase = trimLeading(tokens.slice(before, previousClause.group.start - 1));
    if (nounPhrase.length > 0) {
      clause.subject = nounPhrase;
      clause.subjectKind = 'explicit';
      clause.start = before;
      return clause;
    }
  }
  if (region.length > 0) {
    clause.subject = region;
    clause.subjectKind = 'explicit';
    return clause;
  }
  const previous = earlier[earlier.length - 1];
  const coordinated =
    previous !== undefined && (onlyCoordination(tokens, previous.group.end + 1, group.start) || afterConjunction(tokens, group.start));
  if (previous && coordinated) {
    // "We will keep victims updated, as the Code requires, and tell them ...": after a comma closes a
    // subordinate clause, "and" joins the verb to the main clause before it.
    const closed =
      (previous.subordinator !== undefined || previous.relative) &&
      tokens.slice(previous.group.end + 1, group.start).some((token) => token.text === ',') &&
      lastMainClause(earlier) !== undefined;
    const main = onlyCoordination(tokens, previous.group.end + 1, group.start) && !closed ? previous : lastMainClause(earlier);
    if (!main) return clause;
    const source = main.subjectKind === 'inherited' && main.inheritedFrom !== undefined ? earlier[main.inheritedFrom] : main;
    if (source && !source.relative) {
      clause.subject = source.subject;
      clause.subjectKind = source.subjectKind === 'none' ? 'none' : 'inherited';
      clause.inheritedFrom = earlier.indexOf(source);
      clause.relative = main.relative;
      if (main.subordinator !== undefined) clause.subordinator = main.subordinator;
    }
  }
  return clause;
}

function isBoundary(tokens: Token[], index: number, groupStart: number): boolean {
  const token = tokens[index]!;
  if (CLAUSE_PUNCTUATION.has(token.text)) return true;
  // Marks the tokenizer keeps together ("):", ".”") break a clause as their parts do.
  if (token.text.length > 1 && /^[\p{P}\p{S}]+$/u.test(token.text) && [...token.text].some((mark) => CLAUSE_PUNCTUATION.has(mark)))
    return true;
  if (token.text === '-' && isSpacedDash(tokens, index)) return true;
  // "where possible", "if necessary", "when appropriate": a fixed hedge, not the start of a clause.
  if (
    (token.pos === 'SCONJ' || SUBORDINATING_ADVERBS.has(token.normal)) &&
    ['ADJ', 'ADV'].includes(tokens[index + 1]?.pos ?? '') &&
    tokens[index + 2]?.pos !== 'VERB'
  )
    return false;
  if (token.pos === 'SCONJ' || SUBORDINATING_ADVERBS.has(token.normal)) return true;
  if (
    token.pos === 'ADP' &&
    CLAUSAL_PREPOSITIONS.has(token.normal) &&
    ['PRON', 'DET', 'NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '')
  )
    return true;
  if (RELATIVE.has(token.normal) && token.pos !== 'DET' && follows(tokens, index)) return true;
  if (EMBEDDING.has(token.normal)) return true;
  // "tell us and we will ...": "and" before a subject pronoun opens a clause of its own.
  if (token.pos === 'CCONJ')
    return tokens.slice(index + 1, groupStart).every((between) => between.pos === 'ADV' || NOMINATIVE.has(between.normal));
  return false;
}

/** A hyphen with space on one side ("them- police will ...") is a dash between clauses, not a hyphen inside a word. */
function isSpacedDash(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (before !== undefined && token.start > before.end) || (after !== undefined && after.start > token.end);
}

/** Whether a relative word stands after a noun or a comma, as a relative pronoun does. */
function follows(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  return (
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === ',' || before.pos === 'PRON' || before.pos === 'ADP')
  );
}

/**
 * For "X, who leads Y, is committed", "X, chaired by Z, will", "X, Jo Bloggs, will" or "X, an independent
 * charity, will": the span of X, when the comma closes a relative clause, a participle phrase or a noun
 * phrase in apposition; with a determiner's apposition, which says what X is.
 */
function skipRelativeClause(
  tokens: Token[],
  comma: number,
  limit: number,
): { start: number; end: number; apposition?: Token[] } | undefined {
  let open = comma - 1;
  while (open >= 0 && tokens[open]!.text !== ',') open -= 1;
  if (open < 0) return undefined;
  const opener = tokens[open + 1];
  // "X, who leads Y, will ...", "X, chaired by the ACC, will ...", "X, aimed at young men, will ..." and
  // "X, bringing together ..., is to ...": a participle phrase.
  const participle = opener?.pos === 'VERB' && ['past', 'gerund'].includes(verbForm(opener));
  // "The Commissioner, Dawn Achterberg, has pledged ...": a name in apposition.
  const between = tokens.slice(open + 1, comma);
  const apposition = between.length > 0 && between.length <= 4 && between.every((token) => token.pos === 'PROPN');
  // "The Stalking Advocacy Service, an independent charity, will ...": a noun phrase led by a determiner, with no verb.
  const described = opener?.pos === 'DET' && between.length >= 2 && between.length <= 8 && between.every((token) => NOMINAL.has(token.pos));
  if (!RELATIVE.has(opener?.normal ?? '') && !participle && !apposition && !described) return undefined;
  let start = open - 1;
  while (start >= 0 && !CLAUSE_PUNCTUATION.has(tokens[start]!.text) && tokens[start]!.pos !== 'SCONJ') start -= 1;
  const span = { start: start + 1, end: open - 1 };
  if (span.end < span.start || span.start < Math.min(limit, span.start)) return undefined;
  return described ? { ...span, apposition: between } : span;
}

/** Whether a clause's subject comes straight after a verb that takes a clause as its object, or after another such object clause and a comma. */
function followsComplementVerb(tokens: Token[], regionStart: number, earlier: Clause[], lexicon: GroupLexicon): boolean {
  const previous = earlier[earlier.length - 1];
  if (!previous) return false;
  let index = regionStart - 1;
  if (tokens[index]?.normal === 'that') index -= 1;
  if (
    index === previous.group.end &&
    (lexicon.clauseComplement.has(previous.group.main.lemma) ||
      (previous.group.main.lemma === 'make' && tokens[index + 1]?.normal === 'sure'))
  )
    return true;
  if (tokens[index]?.normal === 'sure' && tokens[index - 1]?.lemma === 'make') return true;
  // "ensuring we are tough, we are keeping women safe": a second object clause after a comma, unless the
  // clauses before the comma are a subordinate clause and its object ("Where someone tells us they have been
  // spiked, officers will ...": the comma ends the subordinate clause).
  let head = earlier.length - 1;
  while (head > 0 && earlier[head]!.relative) head -= 1;
  if (earlier[head]?.subordinator !== undefined) return false;
  // "For men who want to stop, the Constabulary intends to ...": the relative clause was inside an opening
  // phrase, so the clause after its comma is the main clause, not a second object.
  if (tokens[0]?.pos === 'ADP' && earlier.every((clause) => clause.relative)) return false;
  // "Whatever Parliament decides, we shall ...": an opening free relative ends at its comma; its verb's object is "whatever".
  if (FREE_RELATIVES.has(tokens[0]?.normal ?? '') && earlier.every((clause) => clause.relative)) return false;
  return (
    previous.relative &&
    tokens[regionStart - 1]?.text === ',' &&
    tokens[regionStart]?.pos !== 'CCONJ' &&
    tokens.slice(previous.group.end + 1, regionStart).every((token) => token.pos !== 'CCONJ')
  );
}

/** Whether a verb group follows "and" / "or" / "but" directly (adverbs and commas aside). */
function afterConjunction(tokens: Token[], groupStart: number): boolean {
  let index = groupStart - 1;
  while (index >= 0 && (tokens[index]!.pos === 'ADV' || tokens[index]!.text === ',')) index -= 1;
  return index >= 0 && tokens[index]!.pos === 'CCONJ';
}

function lastMainClause(clauses: Clause[]): Clause | undefined {
  for (let index = clauses.length - 1; index >= 0; index -= 1) {
    const clause = clauses[index]!;
    if (!clause.relative && clause.subordinator === undefined) return clause;
  }
  return undefined;
}

function onlyCoordination(tokens: Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  return (
    between.some((token) => token.pos === 'CCONJ') &&
    between.every((token) => token.pos === 'CCONJ' || token.pos === 'ADV' || token.text === ',')
  );
}

/** Subordinating words that, right after a noun, open a clause describing it ("places where", "the night when"). */
const DESCRIBING = new Set(['where', 'when']);

/** The clause of a finite verb whose subject is the noun a "where" clause before it describes (see `clauseOf`). */
function subjectBeforeWhere(tokens: Token[], group: VerbGroup, earlier: Clause[], limit: number): Clause | undefined {
  const previous = earlier[earlier.length - 1];
  if (!previous || !DESCRIBING.has(previous.subordinator ?? '') || previous.subjectKind !== 'explicit') return undefined;
  const finite = group.auxiliaries.length > 0 || group.mainForm === 'present' || group.mainForm === 'past';
  if (!finite) return undefined;
  const between = tokens.slice(Math.max(limit, previous.group.end + 1), group.start);
  if (between.some((token) => !['ADJ', 'ADV'].includes(token.pos))) return undefined;
  const opener = previous.start - 1 >= 0 && DESCRIBING.has(tokens[previous.start - 1]!.normal) ? previous.start - 1 : previous.start;
  if (!DESCRIBING.has(tokens[opener]?.normal ?? '') || !['NOUN', 'PROPN'].includes(tokens[opener - 1]?.pos ?? '')) return undefined;
  return clauseWithSubjectBefore(tokens, group, opener, 0);
}

/** A main clause of `group` whose subject is the words before token `word` back to a clause boundary (none when there are none). */
function clauseWithSubjectBefore(tokens: Token[], group: VerbGroup, word: number, limit: number): Clause | undefined {
  let start = word - 1;
  while (start >= limit && !isBoundary(tokens, start, word)) start -= 1;
  const subject = trimLeading(tokens.slice(start + 1, word));
  if (subject.length === 0) return undefined;
  return {
    group,
    subject,
    subjectKind: 'explicit',
    relative: false,
    infinitive: false,
    regionStart: start + 1,
    start: start + 1,
    end: group.end,
  };
}

function trimLeading(region: Token[]): Token[] {
  let first = 0;
  while (first < region.length && ['CCONJ', 'PUNCT', 'SPACE'].includes(region[first]!.pos)) first += 1;
  return region.slice(first);
}

/** Words that, before "is", make "X is what we will do" present what follows ("Here is what ...", "This is what ..."). */
const PRESENTATIVES = new Set(['here', 'this', 'that', 'below', 'following']);

/**
 * "That is why we will ...", "It's exactly why we're ...": after "is" (and an adverb), "why" gives
 * the reason for what the clause after it asserts, as "so" would; that clause is said, not embedded.
 */
function givesTheReason(tokens: Token[], why: number): boolean {
  if (tokens[why]?.normal !== 'why') return false;
  let copula = why - 1;
  while (tokens[copula]?.pos === 'ADV') copula -= 1;
  return tokens[copula]?.lemma === 'be' && ['that', 'this', 'it', 'which'].includes(tokens[copula - 1]?.normal ?? '');
}

/** Whether the "is" at `copula` has only a presentative before it ("So here is what I will do"). */
function presentsWhatFollows(tokens: Token[], copula: number): boolean {
  const before = tokens.slice(0, copula).filter((token) => token.pos !== 'PUNCT' && token.normal !== 'so' && token.normal !== 'and');
  return before.length > 0 && before.every((token) => PRESENTATIVES.has(token.normal) || token.normal === 'the');
}
