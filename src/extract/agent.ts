import { isListNumber } from './numbering.js';
import { extractionLexicon, findPhrase, PhraseIndex, phraseWords, type AgentClass } from './lexicon.js';
import { mainNounPhrase, type NounPhrase } from './nlp/noun-phrase.js';
import type { Token } from '../text/tagger.js';
import { isMonthName } from '../text/months.js';

/** The names a document's force goes by, as word sequences ("kingsmere police", "heddlu dyffryn arian"). */
export interface ForceAliases {
  phrases: string[][];
}

/** How a subject was read: its class, the rule that decided it and its noun phrase. */
export interface AgentReading {
  class: AgentClass;
  /** Id of the data rule (or "force-alias") that decided the class. */
  rule?: string;
  phrase?: NounPhrase;
  /** Lower-cased possessive of the noun phrase ("our", "its"), or "force" for the force's own ("Kingsmere Police's"). */
  possessor?: string;
  text: string;
}

const VOICE_CLASS: Record<string, AgentClass> = {
  force: 'force',
  pcc: 'pcc',
  national: 'national',
  government: 'government',
  partner: 'partner',
};

/**
 * Classes the subject of a clause: the speaker, the force, another body, people, a thing, or the world at
 * large. A subject that joins the force with another body ("The force and my office will ...") is the
 * force's: it commits the force too.
 */
export function classifyAgent(subject: Token[], force: ForceAliases): AgentReading {
  const whole = classifySimpleAgent(subject, force);
  if (whole.class === 'force') return whole;
  const conjuncts = splitConjuncts(subject);
  if (conjuncts.length < 2) return whole;
  const readings = conjuncts.map((conjunct) => classifySimpleAgent(conjunct, force));
  const forceReading = readings.find((reading) => reading.class === 'force');
  const allAgents = readings.every((reading) => reading.class !== 'world' && reading.class !== 'artefact');
  return forceReading && allAgents ? { ...forceReading, rule: 'joint-subject', text: whole.text } : whole;
}

/** The parts of a subject joined by "and" or "&" ("the force", "my office"), when there are any. */
function splitConjuncts(subject: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of subject) {
    if (token.pos === 'CCONJ' && (token.normal === 'and' || token.normal === '&')) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

function classifySimpleAgent(subject: Token[], force: ForceAliases): AgentReading {
  let start = 0;
  while (start < subject.length && (isListNumber(subject[start]!.text) || subject[start]!.pos === 'PUNCT')) start += 1;
  start = afterOpeningDate(subject, start);
  const phrase = properName(subject.slice(start)) ?? mainNounPhrase(subject.slice(start));
  if (!phrase) return { class: 'world', text: '' };
  const text = phrase.tokens.map((token) => token.text).join(' ');
  const words = phraseWords(text);
  // The words as the source writes them too, so that "Women's Aid" reads as the phrase it is, not as "Women 's Aid".
  const written = phraseWords(
    phrase.tokens.map((token, index) => (index > 0 && token.start > phrase.tokens[index - 1]!.end ? ' ' : '') + token.text).join(''),
  );
  const lexicon = extractionLexicon();
  const head = phrase.head;
  const base: AgentReading = { class: 'world', phrase, text };
  const possessor = possessorOf(phrase, force);
  if (possessor !== undefined) base.possessor = possessor;
  const firstPerson = lexicon.agents.find((rule) => rule.class === 'speaker');
  // A capitalised plural at the start of a sentence is often tagged as a proper noun with itself as lemma ("Officers").
  if (firstPerson && (firstPerson.heads.has(head.normal) || firstPerson.heads.has(head.lemma))) {
    return { ...base, class: 'speaker', rule: firstPerson.id };
  }
  const headForms = [head.normal, head.lemma, singular(head.normal)];
  // "Our schools officers", "our partnership team", "Sorrelby's schools officers": what we own is ours by its head, whatever its modifiers name.
  if (possessor === 'our' || possessor === 'my' || possessor === 'force') {
    const own = lexicon.agents.find(
      (rule) => (rule.class === 'force' || rule.class === 'force-unit') && headForms.some((form) => rule.heads.has(form)),
    );
    if (own) return { ...base, class: own.class, rule: own.id };
  }
  // "The Parties will ...": a capitalised defined term of an agreement names its signatories.
  const defined = lexicon.agents.find((rule) => rule.definedTerms.has(head.text));
  if (defined) return { ...base, class: defined.class, rule: defined.id };
  const byPhrase = longerMatch(longestPhraseMatch(words, force), longestPhraseMatch(written, force));
  // Another body's proper name ("Oxleigh Police") outranks a word it shares with the force's generic names.
  const named = lexicon.agents.find((rule) => rule.nameHeads.has(head.normal) && namesABody(phrase));
  if (named && byPhrase?.rule !== 'force-alias') return { ...base, class: named.class, rule: named.id };
  if (byPhrase) return { ...base, class: byPhrase.class, rule: byPhrase.rule };
  for (const rule of lexicon.agents) {
    if (rule.class === 'speaker') continue;
    if (headForms.some((form) => rule.heads.has(form))) return { ...base, class: rule.class, rule: rule.id };
  }
  // "The Ashcombe branch of the Police Federation", "a specialist from our stalking team": a part or member of a body is that body's.
  const owner = ofComplement(subject.slice(start), phrase);
  if (owner) {
    const reading = classifySimpleAgent(owner, force);
    if (BODIES.has(reading.class)) return { ...base, class: reading.class, ...(reading.rule ? { rule: reading.rule } : {}) };
    // "46% of women", "a third of our officers": a share of a group is that group.
    if (isQuantity(head) && (reading.class === 'people' || reading.class === 'generic-police'))
      return { ...reading, ...base, class: reading.class, ...(reading.rule ? { rule: reading.rule } : {}) };
    // "A specialist from our Stalking Team": whatever the body is called, ours is the speaker's.
    if (reading.possessor === 'our' || reading.possessor === 'my') return { ...base, possessor: reading.possessor };
  }
  return base;
}

/**
 * Where the subject starts after a date the tagger left before it ("from January 2026 Ravensby Police will
 * publish"): a preposition and a month or a year, which say when, not who.
 */
function afterOpeningDate(subject: Token[], start: number): number {
  if (subject[start]?.pos !== 'ADP') return start;
  let at = start + 1;
  while (at < subject.length && (isMonthName(subject[at]!.normal) || /^\d{1,4}$/u.test(subject[at]!.text))) at += 1;
  return at > start + 1 && at < subject.length ? at : start;
}

let nameHeads: ReadonlySet<string> | undefined;

/** The heads of a force's proper name ("Police", "Constabulary"), from the agent rules' name-heads, gathered once. */
function forceNameHeads(): ReadonlySet<string> {
  nameHeads ??= new Set(extractionLexicon().agents.flatMap((rule) => [...rule.nameHeads]));
  return nameHeads;
}

/** Whether some words name a force other than this one ("Caddon Water Constabulary", "Oxleigh Police"), by the another-force rule of agents.yaml. */
export function namesAnotherForce(tokens: readonly Token[], force: ForceAliases): boolean {
  const heads = forceNameHeads();
  return tokens.some((token, index) => {
    // "Police and Crime Commissioner" is a post, not a force's name.
    if (!heads.has(token.normal) || index === 0 || tokens[index + 1]?.normal === 'and') return false;
    let start = index;
    while (start > 0 && tokens[start - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[start - 1]!.text)) start -= 1;
    if (start === index) return false;
    const words = phraseWords(
      tokens
        .slice(start, index + 1)
        .map((word) => word.text)
        .join(' '),
    );
    return !force.phrases.some((alias) => findPhrase(words, alias) >= 0);
  });
}

/** "Oxleigh Police", "Caddon Water Constabulary": capitalised names before the head, as a body's proper name has (the force's own names are matched before this). */
function namesABody(phrase: NounPhrase): boolean {
  const before = phrase.tokens.slice(0, phrase.tokens.indexOf(phrase.head)).filter((token) => token.pos !== 'DET');
  return before.length > 0 && before.every((token) => /^\p{Lu}/u.test(token.text) && token.pos === 'PROPN');
}

/** Words that name a share of a group ("a third of", "most of", "the majority of"). */
const QUANTITY_HEADS = new Set([
  'third',
  'half',
  'quarter',
  'fifth',
  'tenth',
  'majority',
  'minority',
  'most',
  'many',
  'some',
  'few',
  'all',
  'proportion',
  'percentage',
  'share',
  'number',
]);

/** Whether a noun phrase's head is a number, a percentage or a word for a share. */
function isQuantity(head: Token): boolean {
  return head.pos === 'NUM' || head.text === '%' || QUANTITY_HEADS.has(head.lemma) || QUANTITY_HEADS.has(head.normal);
}

/** Classes of agent that are bodies or their parts, which own what is "of" them. */
const BODIES = new Set<AgentClass>(['force', 'force-unit', 'pcc', 'national', 'government', 'partner', 'other']);

/** Prepositions that name the body a subject is part or member of ("the chair of", "an adviser from"). */
const OWNER_PREPOSITIONS = new Set(['of', 'from']);

/** The words after "of" or "from" that follow a subject's noun phrase ("the Police Federation" in "The branch of the Police Federation"). */
function ofComplement(subject: Token[], phrase: NounPhrase): Token[] | undefined {
  let end = subject.indexOf(phrase.tokens[phrase.tokens.length - 1]!);
  // "46% of women": the sign after a number is part of it.
  if (end >= 0 && subject[end + 1]?.text === '%') end += 1;
  if (end < 0 || !OWNER_PREPOSITIONS.has(subject[end + 1]?.normal ?? '')) return undefined;
  const rest = subject.slice(end + 2);
  return rest.length > 0 ? rest : undefined;
}

/** Of two phrase matches, the one over more words (the first when they tie). */
function longerMatch(first: PhraseMatch | undefined, second: PhraseMatch | undefined): PhraseMatch | undefined {
  if (!first || !second) return first ?? second;
  return second.length > first.length ? second : first;
}

/** A phrase match: the class and rule it gives and how many words it covers. */
interface PhraseMatch {
  class: AgentClass;
  rule: string;
  length: number;
}

/** The best phrase match over agent rules, titles and the force's names: longest phrase first, then rule order. */
function longestPhraseMatch(words: string[], force: ForceAliases): PhraseMatch | undefined {
  const candidates: { class: AgentClass; rule: string; length: number }[] = agentPhrases()
    .found(words)
    .map(({ phrase, payload }) => ({ ...payload, length: phrase.length }));
  for (const phrase of force.phrases)
    if (findPhrase(words, phrase) >= 0) candidates.push({ class: 'force', rule: 'force-alias', length: phrase.length });
  let best: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) if (!best || candidate.length > best.length) best = candidate;
  return best;
}

let agentIndex: PhraseIndex<{ class: AgentClass; rule: string }> | undefined;

/** The phrases of the agent rules, then of the titles whose voice is a class of agent, indexed once in that order. */
function agentPhrases(): PhraseIndex<{ class: AgentClass; rule: string }> {
  if (agentIndex) return agentIndex;
  const lexicon = extractionLexicon();
  const entries = [
    ...lexicon.agents.flatMap((rule) => rule.phrases.map((phrase) => ({ phrase, payload: { class: rule.class, rule: rule.id } }))),
    ...lexicon.titles.flatMap((rule) => {
      const agentClass = VOICE_CLASS[rule.voice];
      return agentClass ? rule.phrases.map((phrase) => ({ phrase, payload: { class: agentClass, rule: rule.id } })) : [];
    }),
  ];
  agentIndex = new PhraseIndex(entries);
  return agentIndex;
}

function possessorOf(phrase: NounPhrase, force: ForceAliases): string | undefined {
  if (phrase.possessor) return phrase.possessor.normal;
  const apostrophe = phrase.tokens.findIndex((token) => token.text === '’s' || token.text === "'s");
  if (apostrophe > 0) {
    const owner = phraseWords(
      phrase.tokens
        .slice(0, apostrophe)
        .map((token) => token.text)
        .join(' '),
    );
    if (force.phrases.some((alias) => findPhrase(owner, alias) >= 0) || owner.includes('force')) return 'force';
    // "Sorrelby's schools officers": the force's place name alone owns what the force owns.
    if (force.phrases.some((alias) => alias.length > owner.length && owner.every((word, index) => alias[index] === word))) return 'force';
    return owner.join(' ');
  }
  return undefined;
}

/** A plural noun made singular the simple way ("officers" → "officer", "partnerships" → "partnership"), for matching heads the lemmatiser left alone. */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Words a proper name may hold in lower case ("Office of the Police and Crime Commissioner"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', '&', 'on', 'in']);

/**
 * A subject that is one proper name of several capitalised words joined by "of", "and" or "the" ("The
 * Office of the Police and Crime Commissioner", "The Domestic Abuse and Stalking Board"): the whole name,
 * its last word the head. Undefined for anything else, which the noun-phrase reader takes.
 */
function properName(subject: Token[]): NounPhrase | undefined {
  const words = subject[0]?.pos === 'DET' ? subject.slice(1) : subject;
  if (words.length < 3) return undefined;
  const joined = words.some((token) => NAME_JOINERS.has(token.normal));
  const capitalised = words.every((token) => NAME_JOINERS.has(token.normal) || /^\p{Lu}/u.test(token.text));
  const last = words[words.length - 1]!;
  if (!joined || !capitalised || NAME_JOINERS.has(last.normal) || !/^\p{Lu}/u.test(words[0]!.text)) return undefined;
  return { tokens: subject, head: last };
}
