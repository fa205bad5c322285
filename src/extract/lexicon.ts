import { loadPackageData } from '../io/data-file.js';
import type { Voice } from '../model/index.js';

/** Example sentences a data rule must and must not fire on; a test runs them. */
export interface RuleExamples {
  match: string[];
  'no-match': string[];
}

/** What a subject's noun phrase is, for deciding whose statement a clause makes. */
export type AgentClass =
  | 'speaker'
  | 'force'
  | 'force-unit'
  | 'pcc'
  | 'national'
  | 'government'
  | 'partner'
  | 'other'
  | 'generic-police'
  | 'people'
  | 'artefact'
  | 'coref'
  | 'existential'
  | 'demonstrative'
  | 'world';

/** A rule of src/extract/data/agents.yaml, compiled. */
export interface AgentRule {
  id: string;
  class: AgentClass;
  phrases: string[][];
  heads: ReadonlySet<string>;
  /** Heads of a proper name that names a body of this class when the name is not the force's own ("Oxleigh Police"). */
  nameHeads: ReadonlySet<string>;
  /** Heads written with a capital as a defined term of an agreement ("the Parties"), which name a body only so written. */
  definedTerms: ReadonlySet<string>;
  examples: RuleExamples;
}

/** A rule of src/extract/data/titles.yaml, compiled. */
export interface TitleRule {
  id: string;
  voice: Exclude<Voice, 'other'>;
  phrases: string[][];
  examples: RuleExamples;
}

/** The kinds of modality rule in src/extract/data/modality.yaml. */
export type ModalityKind =
  | 'future'
  | 'obligation'
  | 'possibility'
  | 'framing'
  | 'commitment'
  | 'aspiration'
  | 'continuation'
  | 'rhetorical'
  | 'appeal'
  | 'effect'
  | 'world'
  | 'experience'
  | 'receiving'
  | 'reader'
  | 'meta'
  | 'necessity'
  | 'ongoing-state'
  | 'priority'
  | 'nominal'
  | 'nominal-aim'
  | 'directive'
  | 'promised-outcome';

/** A rule of src/extract/data/modality.yaml, compiled. */
export interface ModalityRule {
  id: string;
  kind: ModalityKind;
  words: ReadonlySet<string>;
  /** Phrases of more than one word that fire as `words` do ("under way"), lower-cased. */
  phrases: string[][];
  lemmas: ReadonlySet<string>;
  followedBy: ReadonlySet<string>;
  withSecondPerson: boolean;
  /** A reader rule that fires only when the reader acts: the clause's subject is "you" or there is none. */
  readerActs: boolean;
  /** A future rule read from a present passive of its verb ("A second clinic is planned for 2026"). */
  passivePresent: boolean;
  /** Words between a copula and its "to" that schedule what follows ("is due to open", "is scheduled to start"). */
  via: ReadonlySet<string>;
  /** A reader rule about what is done to the reader ("we want to hear from you"): it does not fire when the reader is the subject. */
  readerIsObject: boolean;
  needsGerundWithTo: boolean;
  /** The lemma fires only as a copula followed by a to-infinitive ("The team is to grow"). */
  needsToInfinitive: boolean;
  /** The words name what the clause's object counts, and fire only when the object is that count alone ("three things"). */
  countedObject: boolean;
  /** The words fire only in a clause reported in the past ("said it would ..."). */
  reportedPast: boolean;
  /** Head nouns the subject must have for the rule to fire (a document: "this strategy", "the plan"). */
  subjects: ReadonlySet<string>;
  /** For meta-discourse verbs that only talk about the text when an embedded "what/how" clause follows ("tell you what ..."). */
  needsEmbedded: boolean;
  /** The words fire only as what the verb makes its object ("made stalking a priority"), not inside a phrase ("progress on our priorities"). */
  objectComplement: boolean;
  /** The lemmas fire only as a minute's opening participle, with no subject or auxiliary ("Noted the Q1 report"). */
  minuted: boolean;
  examples: RuleExamples;
}

/** A rule of src/extract/data/conditions.yaml, compiled. */
export interface ConditionRule {
  id: string;
  openers: string[][];
  phrases: string[][];
  sentenceInitialOnly: boolean;
  /** An imperative joined by "and" to the commitment is its condition ("Tell us and we will ..."). */
  imperativeAnd: boolean;
  examples: RuleExamples;
}

/** What a heading or lead-in makes of what stands under it. */
export type ContextKind = 'commitment' | 'target' | 'retrospective' | 'advice';

/** A rule of src/extract/data/contexts.yaml, compiled. */
export interface ContextRule {
  id: string;
  kind: ContextKind;
  patterns: RegExp[];
  examples: RuleExamples;
}

/** Every piece of extraction knowledge, loaded from src/extract/data. */
export interface Lexicon {
  agents: AgentRule[];
  titles: TitleRule[];
  modality: ModalityRule[];
  conditions: ConditionRule[];
  contexts: ContextRule[];
}

interface RawRule {
  id: string;
  examples: RuleExamples;
  [key: string]: unknown;
}

let cached: Lexicon | undefined;

/** The extraction lexicon, loaded once. */
export function extractionLexicon(): Lexicon {
  if (cached) return cached;
  const rules = (file: string): RawRule[] => loadPackageData<{ rules: RawRule[] }>(`src/extract/data/${file}`).rules;
  cached = {
    agents: rules('agents.yaml').map((rule) => ({
      id: rule.id,
      class: rule.class as AgentClass,
      phrases: phraseList(rule.phrases),
      heads: new Set(stringList(rule.heads)),
      nameHeads: new Set(stringList(rule['name-heads'])),
      definedTerms: new Set(stringList(rule['defined-terms'])),
      examples: rule.examples,
    })),
    titles: rules('titles.yaml').map((rule) => ({
      id: rule.id,
      voice: rule.voice as TitleRule['voice'],
      phrases: phraseList(rule.phrases),
      examples: rule.examples,
    })),
    modality: rules('modality.yaml').map((rule) => ({
      id: rule.id,
      kind: rule.kind as ModalityKind,
      words: new Set(stringList(rule.words).map(foldQuotes)),
      phrases: phraseList(rule.phrases),
      lemmas: new Set(stringList(rule.lemmas)),
      followedBy: new Set(stringList(rule['followed-by'])),
      withSecondPerson: rule['with-second-person'] === true,
      readerActs: rule['reader-acts'] === true,
      readerIsObject: rule['reader-is-object'] === true,
      passivePresent: rule['passive-present'] === true,
      via: new Set(stringList(rule.via)),
      needsGerundWithTo: rule['needs-gerund-with-to'] === true,
      needsToInfinitive: rule['needs-to-infinitive'] === true,
      reportedPast: rule['reported-past'] === true,
      countedObject: rule['counted-object'] === true,
      needsEmbedded: rule['needs-embedded'] === true,
      objectComplement: rule['object-complement'] === true,
      minuted: rule.minuted === true,
      subjects: new Set(stringList(rule.subjects)),
      examples: rule.examples,
    })),
    conditions: rules('conditions.yaml').map((rule) => ({
      id: rule.id,
      openers: phraseList(rule.openers),
      phrases: phraseList(rule.phrases),
      sentenceInitialOnly: rule['sentence-initial-only'] === true,
      imperativeAnd: rule['imperative-and'] === true,
      examples: rule.examples,
    })),
    contexts: rules('contexts.yaml').map((rule) => ({
      id: rule.id,
      kind: rule.kind as ContextKind,
      patterns: stringList(rule.patterns).map((pattern) => new RegExp(pattern, 'iu')),
      examples: rule.examples,
    })),
  };
  return cached;
}

let verbs: { catenative: ReadonlySet<string>; clauseComplement: ReadonlySet<string> } | undefined;

/** The verb classes of src/extract/data/verbs.yaml: catenative verbs and verbs with a clause as object, by lemma. */
export function verbClasses(): { catenative: ReadonlySet<string>; clauseComplement: ReadonlySet<string> } {
  if (verbs) return verbs;
  const rules = loadPackageData<{ rules: RawRule[] }>('src/extract/data/verbs.yaml').rules;
  const lemmas = (id: string): ReadonlySet<string> => new Set(stringList(rules.find((rule) => rule.id === id)?.lemmas));
  verbs = { catenative: lemmas('catenative'), clauseComplement: lemmas('clause-complement') };
  return verbs;
}

let measures: ReadonlySet<string> | undefined;

/** The words of quantity of src/extract/data/targets.yaml that make a target measurable ("every", "within"). */
export function measureWords(): ReadonlySet<string> {
  measures ??= new Set(
    loadPackageData<{ rules: RawRule[] }>('src/extract/data/targets.yaml').rules.flatMap((rule) => stringList(rule.words).map(foldQuotes)),
  );
  return measures;
}

let rulesByKind: Map<ModalityKind, ModalityRule[]> | undefined;

/** The modality rules of one kind, in the order of the data file (grouped once: every clause asks for each kind). */
export function modalityRules(kind: ModalityKind): ModalityRule[] {
  if (!rulesByKind) {
    rulesByKind = new Map();
    for (const rule of extractionLexicon().modality) rulesByKind.set(rule.kind, [...(rulesByKind.get(rule.kind) ?? []), rule]);
  }
  return rulesByKind.get(kind) ?? [];
}

/** Whether the token at index is a verb of the rule, with one of the rule's following words after it when it names any ("work towards", "carry on"). */
export function readsVerb(rule: ModalityRule, tokens: readonly { lemma: string; normal: string }[], index: number): boolean {
  const token = tokens[index];
  if (!token || !rule.lemmas.has(token.lemma)) return false;
  return rule.followedBy.size === 0 || rule.followedBy.has(tokens[index + 1]?.normal ?? '');
}

/** Splits text into lower-case words for phrase matching: letters and digits, joined by apostrophes inside words, curly quotes folded. */
export function phraseWords(text: string): string[] {
  // An apostrophe only joins letters ("women's"); at a word's edge it is a plural's possessive or a quotation mark.
  return foldQuotes(text.toLowerCase()).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Straight apostrophes for curly ones. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'");
}

/** Where a phrase occurs in a word list (first index), or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    let matched = true;
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (words[start + offset] !== phrase[offset]) {
        matched = false;
        break;
      }
    }
    if (matched) return start;
  }
  return -1;
}

/**
 * Phrases (word lists) indexed by their first word, each with what it stands for: a text is tried only
 * against the phrases one of its words opens, not against the whole list.
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { phrase: string[]; order: number; payload: T }[]>();

  /** Indexes phrases in the order given; empty phrases are left out, as they never match. */
  constructor(entries: { phrase: string[]; payload: T }[]) {
    entries.forEach((entry, order) => {
      const first = entry.phrase[0];
      if (first === undefined) return;
      const bucket = this.byFirstWord.get(first) ?? [];
      bucket.push({ phrase: entry.phrase, order, payload: entry.payload });
      this.byFirstWord.set(first, bucket);
    });
  }

  /** The phrases that occur in a word list, in the order they were given. */
  found(words: readonly string[]): { phrase: string[]; payload: T }[] {
    const candidates: { phrase: string[]; order: number; payload: T }[] = [];
    for (const word of new Set(words)) candidates.push(...(this.byFirstWord.get(word) ?? []));
    return candidates.sort((a, b) => a.order - b.order).filter((entry) => findPhrase(words, entry.phrase) >= 0);
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function phraseList(value: unknown): string[][] {
  return stringList(value)
    .map(phraseWords)
    .filter((words) => words.length > 0);
}
