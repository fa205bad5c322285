import { classifyAgent, type AgentReading, type ForceAliases } from './agent.js';
import {
  extractionLexicon,
  findPhrase,
  foldQuotes,
  modalityRules,
  readsVerb,
  verbClasses,
  type ModalityKind,
  type ModalityRule,
} from './lexicon.js';
import { findClauses, type Clause } from './nlp/clauses.js';
import type { GroupLexicon } from './nlp/verb-groups.js';
import type { Token } from '../text/tagger.js';
import { verbForm } from './nlp/verb-form.js';
import { isOneTold, speechVerbs } from './speakers.js';
import { markNamedInitiatives } from './entities.js';
import { isMonthName } from '../text/months.js';

/** How a clause states what it states. */
export type Modality =
  | 'future'
  | 'commitment'
  | 'priority'
  | 'nominal'
  | 'continuation'
  | 'progressive'
  | 'aspiration'
  | 'imperative'
  | 'present'
  | 'past'
  | 'none';

/** The strength a clause's own wording gives, before conditions and context. */
export type StrengthHint = 'firm' | 'ongoing' | 'aspirational';

/** A clause read as a commitment frame: who (agent), how (modality, tense, polarity) and whether it commits. */
export interface Frame {
  clause: Clause;
  agent: AgentReading;
  modality: Modality;
  /** True when the clause's wording commits its agent to something (whose voice that is is decided later). */
  commits: boolean;
  hint: StrengthHint;
  negative: boolean;
  passive: boolean;
  /** Kinds of verb the clause's main verb belongs to (effect, world, experience, receiving). */
  verbKinds: ModalityKind[];
  /** The clause speaks to the reader ("you", "your"). */
  secondPerson: boolean;
  /** Ids of the data rules that fired. */
  fired: string[];
  /** For reported speech ("The force has told us that ..."): who it is reported to have said it. */
  reporter?: AgentReading;
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Words that open what a verb of telling or setting out has as its object ("tell you what ...", "sets out how ..."). */
const EMBEDDED_OBJECT = new Set(['what', 'how', 'why', 'where', 'whether', 'out']);
/** Subjects that act for themselves: for them, "will rise" or "will see" says nothing about demand or recipients. */
const AGENTIVE = new Set(['speaker', 'force', 'force-unit', 'pcc', 'national', 'government', 'partner', 'other', 'generic-police']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never']);
/** Agents that are the force itself or its own people and units. */
const FORCE_OWN = new Set(['force', 'force-unit']);

/**
 * The lexicon the verb-group finder needs: the verb classes of src/extract/data/verbs.yaml and the
 * negators; a verb of saying (src/extract/data/speech.yaml) takes a clause as its object too ("announced that ...").
 */
export function groupLexicon(): GroupLexicon {
  const classes = verbClasses();
  groupLexiconCache ??= { ...classes, clauseComplement: new Set([...classes.clauseComplement, ...speechVerbs()]), negators: NEGATORS };
  return groupLexiconCache;
}

let groupLexiconCache: GroupLexicon | undefined;

/** Reads every clause of a tagged sentence as a frame. */
export function readFrames(tokens: Token[], force: ForceAliases): Frame[] {
  markNamedInitiatives(tokens);
  const clauses = findClauses(tokens, groupLexicon());
  const reporters: (AgentReading | undefined)[] = [];
  return clauses.map((clause, index) => {
    const report = reportedSpeech(tokens, clauses, index);
    // "... told us that a system is being built and will go live": the clause that goes on with the reported subject is reported too.
    const reporter =
      report !== 'none'
        ? agentOf(clauses[index - 1]!, force)
        : clause.inheritedFrom === undefined
          ? undefined
          : reporters[clause.inheritedFrom];
    reporters.push(reporter);
    const frame = readFrame(
      tokens,
      asserted(tokens, clauses, index, force) ?? sharedSubject(tokens, clauses, index) ?? withoutTheOneTold(clause, report),
      force,
      report,
      sharedAuxiliaries(clauses, index),
    );
    if (reporter) frame.reporter = reporter;
    return frame;
  });
}

/**
 * "I will come back in May and tell you what changed": a bare verb joined to the clause before it, with
 * no auxiliary of its own, is governed by that clause's auxiliaries ("will ... and tell").
 */
function sharedAuxiliaries(clauses: readonly Clause[], index: number): string[] {
  const clause = clauses[index]!;
  const source = clause.inheritedFrom === undefined ? undefined : clauses[clause.inheritedFrom];
  if (clause.subjectKind !== 'inherited' || !source || clause.group.auxiliaries.length > 0) return [];
  if (clause.group.chain.length > 0 || verbForm(clause.group.main) !== 'base') return [];
  return source.group.auxiliaries.map((token) => foldQuotes(token.normal));
}

/**
 * "It is vital that we continue to ...": a "that" clause after "it is" and an adjective of necessity
 * (`modality.yaml`, necessity-adjective) states a need, which docs/labelling.md does not count.
 */
function afterNecessity(tokens: readonly Token[], clause: Clause, words: ReadonlySet<string>): boolean {
  let at = tokens.findLastIndex((token, index) => index < clause.group.start && token.normal === 'that');
  if (at < 0) return false;
  at -= 1;
  if (!words.has(tokens[at]?.normal ?? '')) return false;
  at -= 1;
  while (tokens[at]?.pos === 'ADV') at -= 1;
  return tokens[at]?.lemma === 'be' && ['it', 'this'].includes(tokens[at - 1]?.normal ?? '');
}

/** Conjunctions that join a second predicate to the first one's subject ("We recognise the need and will act"). */
const PREDICATE_CONJUNCTIONS = new Set(['and', 'but']);

/**
 * A finite predicate joined by "and" or "but" with no subject of its own ("We recognise the need to
 * improve and will act on every recommendation") has the subject of the main clause before it.
 */
function sharedSubject(tokens: Token[], clauses: Clause[], index: number): Clause | undefined {
  const clause = clauses[index]!;
  if (clause.subjectKind !== 'none' || clause.relative || clause.infinitive || clause.subordinator !== undefined) return undefined;
  if (clause.group.auxiliaries.length === 0 || !PREDICATE_CONJUNCTIONS.has(tokens[clause.group.start - 1]?.normal ?? '')) return undefined;
  // "We launched reverse mentoring ... and will extend it": a verb the tagger finds inside the object ("reverse",
  // "mentoring"), with no subject or auxiliary of its own, is passed over on the way back to the subject.
  const main = clauses
    .slice(0, index)
    .findLast(
      (earlier) =>
        !earlier.relative &&
        !earlier.infinitive &&
        earlier.subordinator === undefined &&
        !(earlier.subjectKind === 'none' && earlier.group.auxiliaries.length === 0 && earlier.start > 0),
    );
  if (!main || main.subjectKind !== 'explicit') return undefined;
  return { ...clause, subject: main.subject, subjectKind: 'explicit' };
}

/** Relative words that open a non-restrictive relative clause after a comma. */
const NON_RESTRICTIVE = new Set(['which', 'who']);

/**
 * A non-restrictive relative clause whose antecedent is an agent ("... runs a scrutiny panel, which
 * will examine ...") asserts something of its own about that agent: read as a clause with the
 * antecedent as its subject. Undefined for any other clause, or when the antecedent is no agent.
 */
function asserted(tokens: Token[], clauses: Clause[], index: number, force: ForceAliases): Clause | undefined {
  const clause = clauses[index]!;
  const previous = clauses[index - 1];
  if (!previous || !clause.relative || clause.subjectKind !== 'none' || !NON_RESTRICTIVE.has(clause.introducer ?? '')) return undefined;
  const introducer = tokens.findIndex((token, at) => at > previous.group.end && token.normal === clause.introducer);
  if (introducer < 0 || tokens[introducer - 1]?.text !== ',') return undefined;
  const antecedent = tokens.slice(previous.group.end + 1, introducer - 1);
  if (antecedent.length === 0 || antecedent.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  if (!AGENTIVE.has(classifyAgent(antecedent, force).class)) return undefined;
  return { ...clause, subject: antecedent, subjectKind: 'explicit', relative: false };
}

/** "The force told us it will ...": the one told is no part of the reported clause's subject. */
function withoutTheOneTold(clause: Clause, report: Report): Clause {
  const subject = clause.subject;
  if (report === 'none' || subject.length < 2 || !isOneTold(subject[0]!.normal)) return clause;
  return { ...clause, subject: subject.slice(1) };
}

/** How a clause is reported: not at all, or as what somebody says or has said (a past report backshifts "will" to "would"). */
type Report = 'none' | 'present' | 'past';

/**
 * Whether a clause is what somebody is reported to have said ("The Commissioner has said that she
 * will ...", "HMICFRS has said it will ..."): the object of a verb of saying whose clause names its
 * subject, and with a subject of its own.
 */
function reportedSpeech(tokens: Token[], clauses: Clause[], index: number): Report {
  const clause = clauses[index]!;
  const reporting = clauses[index - 1];
  if (!reporting || clause.subjectKind !== 'explicit') return 'none';
  if (!clause.relative && clause.introducer !== 'that') return 'none';
  if (clause.introducer !== undefined && clause.introducer !== 'that') return 'none';
  if (reporting.subjectKind !== 'explicit' || reporting.relative || !speechVerbs().has(reporting.group.main.lemma)) return 'none';
  // "has told us that ...": the one told may stand between the verb and what it is told.
  const between = tokens.slice(reporting.group.end + 1, clause.regionStart).filter((token) => !isOneTold(token.normal));
  if (!between.every((token) => token.normal === 'that')) return 'none';
  const finite = tokens.slice(reporting.group.start, reporting.group.end + 1).find((token) => token.pos === 'AUX' || token.pos === 'VERB');
  const past =
    reporting.group.perfect ||
    (finite !== undefined && (PAST_AUXILIARIES.has(finite.normal) || (finite.pos === 'VERB' && verbForm(finite) === 'past')));
  return past ? 'past' : 'present';
}

/** Classes that name who somebody is, which an apposition may tell where the subject's own words do not. */
const NAMES_A_BODY = new Set(['force', 'force-unit', 'pcc', 'national', 'government', 'partner', 'other']);

/** The subject's class, or its apposition's when that names a body and the subject alone names none or names a thing ("X Service, an independent charity,"). */
function agentOf(clause: Clause, force: ForceAliases): AgentReading {
  const agent = classifyAgent(clause.subject, force);
  if (!clause.apposition || agent.class === 'force' || NAMES_A_BODY.has(agent.class)) return agent;
  const described = classifyAgent(clause.apposition, force);
  return NAMES_A_BODY.has(described.class) ? { ...described, text: agent.text } : agent;
}

function has(rules: ModalityRule[], test: (rule: ModalityRule) => boolean): ModalityRule | undefined {
  return rules.find(test);
}

function readFrame(tokens: Token[], clause: Clause, force: ForceAliases, report: Report = 'none', shared: string[] = []): Frame {
  const reported = report !== 'none';
  const group = clause.group;
  const fired: string[] = [];
  const fire = (rule: ModalityRule | undefined): boolean => {
    if (rule) fired.push(rule.id);
    return rule !== undefined;
  };
  const agent = agentOf(clause, force);
  if (agent.rule) fired.push(agent.rule);
  const auxWords = group.auxiliaries.map((token) => foldQuotes(token.normal));
  const verbs = [...group.chain, group.main];
  const lemmas = verbs.map((token) => token.lemma);
  const after = tokens[group.end + 1];
  // "A new policy is to be issued": the subject is acted on, as in any passive.
  const scheduledPassive =
    group.main.lemma === 'be' && group.chain.length === 0 && after?.normal === 'to' && plannedPassive(tokens, group.end + 2, agent);
  // "Victims will continue to be offered an adviser": what continues is done to the subject.
  const continuedPassive =
    group.main.lemma === 'continue' &&
    after?.normal === 'to' &&
    tokens[group.end + 2]?.lemma === 'be' &&
    tokens[group.end + 3] !== undefined &&
    verbForm(tokens[group.end + 3]!) === 'past';
  const complement = tokens.slice(group.end + 1, clause.end + 1);
  const secondPerson = tokens.some((token) => SECOND_PERSON.has(token.normal));

  // "The council said it would spend ...": reported in the past, "would" is the "will" that was said.
  const backshifted = fire(
    has(modalityRules('future'), (rule) => rule.reportedPast && report === 'past' && auxWords.some((word) => rule.words.has(word))),
  );
  const future =
    backshifted ||
    fire(has(modalityRules('future'), (rule) => !rule.reportedPast && auxWords.some((word) => rule.words.has(word)))) ||
    fire(
      has(
        modalityRules('future'),
        (rule) =>
          rule.needsToInfinitive &&
          rule.lemmas.has(group.main.lemma) &&
          group.chain.length === 0 &&
          after?.normal === 'to' &&
          (tokens[group.end + 2]?.pos === 'VERB' || (tokens[group.end + 2]?.lemma === 'be' && tokens[group.end + 3]?.pos === 'VERB')) &&
          (PLANNING_AGENTS.has(agent.class) || scheduledPassive || scheduledHelper(tokens, group.end + 2, force)),
      ),
    ) ||
    fire(
      has(
        modalityRules('future'),
        (rule) =>
          (rule.passivePresent &&
            group.passive &&
            rule.lemmas.has(group.main.lemma) &&
            auxWords.some((word) => PRESENT_BE.has(word)) &&
            !group.negative) ||
          (rule.via.size > 0 &&
            rule.lemmas.has(group.main.lemma) &&
            group.chain.length === 0 &&
            rule.via.has(after?.normal ?? '') &&
            tokens[group.end + 2]?.normal === 'to' &&
            tokens[group.end + 3]?.pos === 'VERB' &&
            // "due to better recording": a word before a bare noun there qualifies the noun; it is no verb.
            tokens[group.end + 4]?.pos !== 'NOUN'),
      ),
    ) ||
    fire(
      has(modalityRules('future'), (rule) =>
        group.chain.some(
          (token, index) =>
            rule.lemmas.has(token.lemma) && verbForm(token) === 'gerund' && rule.needsGerundWithTo && index < verbs.length - 1,
        ),
      ),
    );
  const obligation = fire(
    has(
      modalityRules('obligation'),
      (rule) =>
        auxWords.some((word) => rule.words.has(word) && word !== 'have') ||
        tokens
          .slice(group.start, group.end + 1)
          .some((token, index) => rule.words.has(token.lemma) && tokens[group.start + index + 1]?.normal === 'to') ||
        (rule.words.has(group.main.lemma) && group.main.lemma !== 'have' && after?.normal === 'to'),
    ),
  );
  // "I'd like to ...", "we would love to ...": a wish of the speaker's.
  const wish = fire(
    has(
      modalityRules('aspiration'),
      (rule) =>
        rule.words.size > 0 &&
        auxWords.some((word) => rule.words.has(word)) &&
        rule.lemmas.has(group.main.lemma) &&
        after?.normal === 'to' &&
        (agent.class === 'speaker' || agent.class === 'force'),
    ),
  );
  const possibility = fire(
    has(
      modalityRules('possibility'),
      (rule) =>
        auxWords.some((word) => rule.words.has(word) && !((backshifted || wish) && word === 'would')) ||
        (after !== undefined && rule.words.has(after.normal) && lemmas.includes('be')),
    ),
  );
  // "Anyone who ... can expect to face a misconduct process": people told what they will meet.
  const promisedOutcome = fire(
    has(
      modalityRules('promised-outcome'),
      (rule) =>
        agent.class === 'people' &&
        auxWords.some((word) => rule.words.has(word)) &&
        verbs.some((token) => rule.lemmas.has(token.lemma) && tokens[tokens.indexOf(token) + 1]?.normal === 'to'),
    ),
  );
  const framing = fire(
    has(
      modalityRules('framing'),
      (rule) => group.auxiliaries.some((token) => token.lemma === 'be') && group.chain.some((token) => rule.lemmas.has(token.lemma)),
    ),
  );
  const groupWords = [...group.auxiliaries, ...verbs].map((token) => token.normal);
  const remains = lemmas.includes('remain');
  const predicate = fire(
    has(
      modalityRules('commitment'),
      (rule) =>
        rule.words.size > 0 &&
        (groupWords.some((word) => rule.words.has(word)) ||
          (after !== undefined && rule.words.has(after.normal) && (lemmas.includes('be') || remains))),
    ),
  );
  const commitmentVerb = fire(
    has(
      modalityRules('commitment'),
      (rule) =>
        rule.lemmas.size > 0 &&
        // A bare gerund is no finite verb: "Subject to the OPCC agreeing to fund it" commits nobody.
        !isBareGerund(clause) &&
        verbs.some(
          (token) =>
            rule.lemmas.has(token.lemma) &&
            // "agreed to publish", not "agreed to a joint review".
            (!rule.needsToInfinitive ||
              (tokens[tokens.indexOf(token) + 1]?.normal === 'to' && tokens[tokens.indexOf(token) + 2]?.pos === 'VERB')),
        ),
    ),
  );
  const aspiration =
    wish ||
    fire(
      has(modalityRules('aspiration'), (rule) => {
        if (rule.words.size > 0) return false;
        // "Options for a advisory group are being explored": a possibility explored by whoever speaks.
        if (rule.subjects.size > 0)
          return (
            group.passive &&
            rule.lemmas.has(group.main.lemma) &&
            [agent.phrase?.head, clause.subject.find((token) => token.pos === 'NOUN' || token.pos === 'PROPN')].some((token) =>
              rule.subjects.has(token?.lemma ?? ''),
            )
          );
        if (rule.followedBy.size > 0) return verbFollowedBy(rule, verbs, tokens);
        return (
          group.chain.some((token) => rule.lemmas.has(token.lemma) && catenates(tokens, token)) ||
          (rule.lemmas.has(group.main.lemma) &&
            ((group.main.lemma !== 'seek' && group.main.lemma !== 'want') || takesInfinitive(tokens, group.end)) &&
            !group.passive)
        );
      }),
    ) ||
    (group.main.lemma === 'want' && (takesInfinitive(tokens, group.end) || wantsOfSomebody(tokens, group.end)));
  const continuation = fire(
    has(
      modalityRules('continuation'),
      (rule) =>
        (rule.followedBy.size === 0 ? group.chain.some((token) => rule.lemmas.has(token.lemma)) : verbFollowedBy(rule, verbs, tokens)) ||
        (group.main.lemma === 'continue' && (agent.class !== 'world' || clause.subjectKind === 'none')) ||
        (remains &&
          complement.some((token) =>
            ['committed', 'priority', 'priorities', 'focus', 'forefront', 'determined', 'dedicated'].includes(token.normal),
          )),
    ),
  );
  // "Officers would like to speak to a man seen nearby": an appeal for information, a wish to hear from somebody, not a plan.
  const appeal = fire(
    has(modalityRules('appeal'), (rule) => {
      // "would like to speak to ..." ends the group at "like"; "want to trace ..." takes the verb into it.
      const verb = after?.normal === 'to' ? group.end + 2 : group.chain.some((token) => aspirationLemma(token.lemma)) ? group.end : -1;
      const wishes = wish || aspirationLemma(group.main.lemma) || verb === group.end;
      return verb >= 0 && wishes && rule.lemmas.has(tokens[verb]?.lemma ?? '') && rule.followedBy.has(tokens[verb + 1]?.normal ?? '');
    }),
  );
  const rhetorical = fire(
    has(
      modalityRules('rhetorical'),
      (rule) =>
        (rule.lemmas.has(group.main.lemma) && (group.negative || group.passive)) || remarksOnTheTalk(tokens, group.end, rule.phrases),
    ),
  );
  const meta = fire(
    has(modalityRules('meta'), (rule) => {
      // "a performance report covering recorded crime": a noun and the gerund that describes it say nothing of the text.
      if (isBareGerund(clause)) return false;
      // "Despite the pressures set out below, ...": a subject cannot open with a preposition; this describes a noun.
      if (clause.subject[0]?.pos === 'ADP' && group.auxiliaries.length === 0 && clause.subject.every((token) => token.pos !== 'PRON'))
        return false;
      if (rule.countedObject) return countsWhatFollows(complement, rule);
      // "Noted the Q1 performance report": a minute of what a meeting heard, which decides nothing.
      if (rule.minuted)
        return (
          rule.lemmas.has(group.main.lemma) &&
          clause.subjectKind === 'none' &&
          group.auxiliaries.length === 0 &&
          group.mainForm === 'past' &&
          group.start === clause.regionStart
        );
      if (rule.subjects.size > 0) {
        const head = agent.phrase?.head.lemma ?? '';
        return rule.subjects.has(head) && (rule.lemmas.has(group.main.lemma) || speaksOfTheText(tokens, rule));
      }
      if (!rule.needsEmbedded && speaksOfTheText(tokens, rule)) return true;
      const verb = rule.lemmas.has(group.main.lemma);
      if (!verb) return false;
      if (!rule.needsEmbedded) return group.main.lemma !== 'set' || after?.normal === 'out';
      // "We will explain why we need it" promises a service; only "In this plan we will explain how ..." talks about the text.
      if ([...auxWords, ...shared].some((word) => FUTURE_AUXILIARIES.has(word)) && !namesTheText(tokens)) return false;
      // "explain how to ask for a review" tells somebody how to do something: a service, not talk about the text.
      const embedded = EMBEDDED_OBJECT.has(after?.normal ?? '') ? group.end + 1 : group.end + 2;
      return (
        EMBEDDED_OBJECT.has(tokens[embedded]?.normal ?? '') &&
        (embedded === group.end + 1 || SECOND_PERSON.has(after?.normal ?? '')) &&
        tokens[embedded + 1]?.normal !== 'to'
      );
    }),
  );
  // The reader is asked to act ("contact us", "you can call 101"), not acted for ("we will contact you").
  const readerActs =
    clause.subjectKind === 'none' ||
    clause.subject.every((token) => token.pos === 'INTJ') ||
    clause.subject.some((token) => token.normal === 'you' || token.normal === 'yourself');
  const reader = fire(
    has(
      modalityRules('reader'),
      (rule) =>
        secondPerson &&
        (readerActs || !rule.readerActs) &&
        !(rule.readerIsObject && clause.subject.some((token) => token.normal === 'you')) &&
        (rule.lemmas.has(group.main.lemma) || lemmas.some((lemma) => rule.lemmas.has(lemma))),
    ),
  );
  const copular = group.main.lemma === 'be' || remains;
  const statedNeed = fire(has(modalityRules('necessity'), (rule) => rule.words.size > 0 && afterNecessity(tokens, clause, rule.words)));
  // "Partners will be expected to share data" states a need; "Officers will be required to record ..." is a duty the force sets its own people.
  const necessity = fire(
    has(
      modalityRules('necessity'),
      (rule) => group.passive && !FORCE_OWN.has(agent.class) && rule.lemmas.has((group.chain[0] ?? group.main).lemma),
    ),
  );
  const underway = fire(
    has(
      modalityRules('ongoing-state'),
      (rule) =>
        copular &&
        (complement.slice(0, 3).some((token) => rule.words.has(token.normal)) ||
          rule.phrases.some((phrase) => {
            // The phrase may run past the clause: "are in the process of recruiting" ends it at the gerund.
            const at = findPhrase(
              tokens.slice(group.end + 1, group.end + phrase.length + 2).map((token) => token.normal),
              phrase,
            );
            return at === 0 || at === 1;
          })),
    ),
  );
  const priority = fire(
    has(
      modalityRules('priority'),
      (rule) =>
        (rule.objectComplement
          ? rule.lemmas.has(group.main.lemma) && madeObjectA(tokens, group.end, rule.words)
          : (copular || rule.lemmas.has(group.main.lemma)) && complement.some((token) => rule.words.has(token.normal))) ||
        (agent.phrase !== undefined &&
          rule.words.has(agent.phrase.head.normal) &&
          (isFirstPersonPossessor(agent) || ownedByTheText(clause.subject))),
    ),
  );
  const nounBeforeTo = clause.infinitive ? tokens[group.start - 2] : undefined;
  const ownerBeforeNoun = clause.infinitive ? tokens[group.start - 3] : undefined;
  const nominal = fire(
    has(
      modalityRules('nominal'),
      (rule) =>
        (rule.needsToInfinitive
          ? agent.phrase !== undefined &&
            rule.words.has(agent.phrase.head.normal) &&
            (isFirstPersonPossessor(agent) || agent.possessor === 'force') &&
            (setsWhatIsToHappen(tokens, group) || namesAMeasure(tokens, clause))
          : agent.phrase !== undefined && rule.words.has(agent.phrase.head.normal) && isFirstPersonPossessor(agent)) ||
        // "Our commitment to listening ...": the nominal commitment's own complement.
        (nounBeforeTo !== undefined && rule.words.has(nounBeforeTo.normal) && ['our', 'my'].includes(ownerBeforeNoun?.normal ?? '')) ||
        extraposedOwnNoun(tokens, clause, group, rule.words),
    ),
  );
  const nominalAim = fire(
    has(
      modalityRules('nominal-aim'),
      (rule) =>
        (agent.phrase !== undefined &&
          rule.words.has(agent.phrase.head.normal) &&
          group.main.lemma === 'be' &&
          ((after?.normal === 'to' && tokens[group.end + 2]?.pos === 'VERB') ||
            (isFirstPersonPossessor(agent) && namesAMeasure(tokens, clause)))) ||
        extraposedOwnNoun(tokens, clause, group, rule.words),
    ),
  );
  const directive = fire(
    has(modalityRules('directive'), (rule) => rule.lemmas.has(group.main.lemma) && instructsTheForce(tokens, group.end, force)),
  );
  const verbKinds: ModalityKind[] = [];
  const agentive = AGENTIVE.has(agent.class);
  // "Every victim will have a named officer": to have a person is to be given one, not an experience.
  const hasSomebody = group.main.lemma === 'have' && HELPERS.has(classifyAgent(objectPhrase(tokens, group.end), force).class);
  for (const kind of ['effect', 'world', 'experience', 'receiving'] as const) {
    const rule = modalityRules(kind).find(
      (candidate) =>
        (candidate.lemmas.has(group.main.lemma) && (candidate.followedBy.size === 0 || candidate.followedBy.has(after?.normal ?? ''))) ||
        (kind === 'world' && group.chain.some((token) => candidate.lemmas.has(token.lemma))),
    );
    if (!rule && !(kind === 'receiving' && hasSomebody)) continue;
    if (kind === 'experience' && hasSomebody) continue;
    if (!rule) {
      verbKinds.push(kind);
      continue;
    }
    verbKinds.push(kind);
    // These kinds say something only of a subject that is not an agent of its own (demand, victims, this).
    if (!agentive && !(kind === 'experience' && group.passive)) fired.push(rule.id);
  }

  const finite = tokens.slice(group.start, group.end + 1).find((token) => token.pos === 'AUX' || token.pos === 'VERB');
  // "ACC Okafor said the force intended to ...": after a past verb of saying, a simple past is the present that was said.
  const backshiftedPresent = report === 'past' && !group.perfect && (commitmentVerb || aspiration);
  const past =
    !backshiftedPresent &&
    finite !== undefined &&
    (PAST_AUXILIARIES.has(finite.normal) || (finite.pos === 'VERB' && verbForm(finite) === 'past'));
  const hint: StrengthHint = aspiration || nominalAim ? 'aspirational' : continuation ? 'ongoing' : 'firm';
  const frame: Frame = {
    clause,
    agent,
    modality: 'none',
    commits: false,
    hint,
    negative: group.negative,
    passive: group.passive || scheduledPassive || continuedPassive,
    verbKinds,
    secondPerson,
    fired,
  };
  const commit = (modality: Modality, override?: StrengthHint): Frame => {
    frame.modality = modality;
    // "safe in the knowledge that we will take them seriously": a "that" clause whose subject is the speaker or the force still commits.
    const ownRelative =
      (clause.relative &&
        clause.introducer === 'that' &&
        clause.subjectKind === 'explicit' &&
        (agent.class === 'speaker' || agent.class === 'force')) ||
      reported;
    frame.commits =
      !statedNeed &&
      (!clause.relative || ownRelative) &&
      (!clause.infinitive || modality === 'nominal') &&
      clause.subordinator === undefined &&
      // "a case-progression team working to the Soteria model": a gerund with no auxiliary describes its noun; it asserts nothing.
      !(isBareGerund(clause) && clause.group.start === clause.group.end);
    if (override) frame.hint = override;
    return frame;
  };
  if (reader || rhetorical || meta || appeal) return frame;
  if (future) {
    if (obligation || possibility || necessity) return frame;
    if (group.passive && isOrganisation(agent)) return frame;
    // "will have impacted": a future perfect infers what has happened and commits to nothing, unless it
    // sets a deadline ("By March 2026 every officer will have completed the training").
    if (group.perfect) return hasDeadline(tokens) ? commit('future') : frame;
    if (priority) return commit('priority', remains ? 'ongoing' : 'firm');
    return commit('future');
  }
  if (promisedOutcome && !group.negative) return commit('future');
  // "From 1 March, all officers and staff must report ...": a duty the force sets its own people from a date ahead is a new policy.
  if (obligation && !group.negative && agent.class === 'force' && startsFromADate(tokens)) return commit('future');
  if (framing || obligation || possibility) return frame;
  if (directive && !group.negative && (group.perfect || !past)) return commit('commitment', 'firm');
  if (group.perfect) {
    // "has made X one of its priorities": a priority set, and so held now.
    if (priority && !copular && !group.negative) return commit('priority', 'firm');
    if (
      commitmentVerb &&
      !group.negative &&
      lemmas.some((lemma) => ['commit', 'pledge', 'promise', 'vow', 'undertake', 'agree'].includes(lemma))
    )
      return commit('commitment', 'firm');
    frame.modality = 'past';
    return frame;
  }
  if (past) {
    frame.modality = 'past';
    return frame;
  }
  if (group.negative) return frame;
  if (predicate) return commit('commitment');
  if (commitmentVerb) return commit('commitment');
  if (priority) return commit('priority', remains ? 'ongoing' : 'firm');
  if (continuation || underway) return commit('continuation', aspiration ? 'aspirational' : 'ongoing');
  if (nominal) return commit('nominal', 'firm');
  if (nominalAim) return commit('nominal', 'aspirational');
  if (aspiration && (agent.class === 'speaker' || agent.class === 'force' || agent.class === 'generic-police' || group.passive))
    return commit('aspiration', 'aspirational');
  // "PSD is considering whether ...": work in hand that only weighs or explores a step commits to weighing it.
  // "is working to ensure" is still work in hand.
  if (group.progressive && !verbKinds.includes('world'))
    return commit('progressive', fired.includes('aspiration') ? 'aspirational' : 'ongoing');
  // "My team aim to meet every victim within 48 hours": a unit's aim is the force's, unless it is work in progress ("is working to").
  if (aspiration && agent.class === 'force-unit') return commit('aspiration', 'aspirational');
  if (
    clause.subjectKind === 'none' &&
    group.auxiliaries.length === 0 &&
    group.mainForm === 'base' &&
    !clause.relative &&
    !clause.infinitive &&
    clause.subordinator === undefined
  ) {
    frame.modality = 'imperative';
    return frame;
  }
  frame.modality = 'present';
  return frame;
}

/** Whether a subject is the organisation itself (we, the force), which others act on in a passive ("we will be judged"). */
function isOrganisation(agent: AgentReading): boolean {
  return agent.class === 'speaker' || agent.rule === 'force-generic' || agent.rule === 'force-alias';
}

/** "This plan sets out ...", "The strategy outlines ...": a sentence about the document itself (the tagger may take "sets" for a noun). */
function speaksOfTheText(tokens: Token[], rule: ModalityRule): boolean {
  return tokens.some((token, index) => {
    const previous = tokens[index - 1]?.normal ?? '';
    if (
      ['will', 'shall', "'ll", '’ll'].includes(previous) ||
      !rule.lemmas.has(token.lemma === token.normal ? token.normal.replace(/s$/u, '') : token.lemma)
    )
      return false;
    return token.lemma !== 'set' && token.normal.replace(/s$/u, '') !== 'set' ? true : tokens[index + 1]?.normal === 'out';
  });
}

/** Agents a person can be given: the force's people and units, and partners' services. */
const HELPERS = new Set(['force', 'force-unit', 'partner']);

/** "Each victim is to have a named detective sergeant": to be given a person of the force or a partner, as planned. */
function scheduledHelper(tokens: Token[], have: number, force: ForceAliases): boolean {
  return tokens[have]?.lemma === 'have' && HELPERS.has(classifyAgent(objectPhrase(tokens, have), force).class);
}

/** The noun phrase a verb takes as its object: the words after it up to a verb, a relative word or punctuation. */
function objectPhrase(tokens: Token[], verbEnd: number): Token[] {
  const object: Token[] = [];
  for (let index = verbEnd + 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    // A participle before a noun describes it ("a named officer").
    const attributive = token.pos === 'VERB' && ['NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '');
    if ((['VERB', 'AUX', 'PUNCT', 'ADP', 'SCONJ'].includes(token.pos) && !attributive) || token.normal === 'who' || token.normal === 'that')
      break;
    object.push(token);
  }
  return object;
}

/** Times of the year a deadline may name: the seasons, and the holidays that mark the year ("by Christmas", "by Easter"). */
const TIMES_OF_YEAR = new Set(['spring', 'summer', 'autumn', 'winter', 'christmas', 'easter']);

/** Whether a sentence sets a deadline: "by" and then a date, a year, a season or "the end of ..." ("by March 2026", "by the summer"). */
export function hasDeadline(tokens: Token[]): boolean {
  return tokens.some(
    (token, index) =>
      token.normal === 'by' &&
      tokens
        .slice(index + 1, index + 4)
        .some((next) => next.pos === 'NUM' || isMonthName(next.normal) || TIMES_OF_YEAR.has(next.normal) || next.normal === 'end'),
  );
}

/** Whether a sentence opens with the date something starts ("From 1 March, ...", "From April 2026 ..."). */
function startsFromADate(tokens: Token[]): boolean {
  return (
    tokens[0]?.normal === 'from' &&
    tokens.slice(1, 4).some((next) => isMonthName(next.normal) || TIMES_OF_YEAR.has(next.normal) || /^20\d\d$/u.test(next.normal))
  );
}

/** Present forms of "be", which make a present passive ("is planned"). */
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re"]);

const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", '’ll']);

/** Whether a sentence names the text it is in ("this plan", "this page", "below"): the nouns of the document-describes rule. */
function namesTheText(tokens: Token[]): boolean {
  const nouns = modalityRules('meta').find((rule) => rule.subjects.size > 0)?.subjects ?? new Set<string>();
  return tokens.some(
    (token, index) =>
      token.normal === 'below' || (nouns.has(token.lemma) && ['this', 'these', 'the'].includes(tokens[index - 1]?.normal ?? '')),
  );
}

/** Whether a clause's object is only a count of what follows ("on three things", "the following four priorities"). */
function countsWhatFollows(complement: Token[], rule: ModalityRule): boolean {
  const words = complement.filter((token) => token.pos !== 'PUNCT');
  let index = words[0]?.pos === 'ADP' ? 1 : 0;
  if (words[index]?.normal === 'the' && words[index + 1]?.normal === 'following') index += 2;
  if (words[index]?.pos !== 'NUM') return false;
  index += 1;
  if (words[index]?.pos === 'ADJ') index += 1;
  return index === words.length - 1 && rule.words.has(words[index]!.normal);
}

/** Whether a verb's object, before the "to" of what it asks for, is the force or its own people ("asked my officers to ..."). */
/**
 * "I therefore ask the Government to:": a lead-in whose verb asks (modality.yaml, directive) a body
 * other than the force to do what the list says; the items are requests of that body, not pledges.
 */
export function asksAnotherBody(tokens: Token[], force: ForceAliases): boolean {
  let end = tokens.length - 1;
  while (end >= 0 && tokens[end]!.pos === 'PUNCT') end -= 1;
  if (tokens[end]?.normal !== 'to') return false;
  const verb = tokens.findLastIndex((token, index) => index < end && token.pos === 'VERB');
  const directive = modalityRules('directive');
  if (verb < 0 || !directive.some((rule) => rule.lemmas.has(tokens[verb]!.lemma))) return false;
  const object = tokens.slice(verb + 1, end).filter((token) => token.normal !== 'on');
  if (object.length === 0 || object.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT')) return false;
  return !FORCE_OWN.has(classifyAgent(object, force).class);
}

function instructsTheForce(tokens: Token[], verbEnd: number, force: ForceAliases): boolean {
  const to = tokens.findIndex((token, index) => index > verbEnd && index <= verbEnd + 7 && token.normal === 'to');
  if (to < 0 || tokens[to + 1]?.pos !== 'VERB') return false;
  const object = tokens.slice(verbEnd + 1, to);
  if (object.length === 0 || object.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT')) return false;
  return FORCE_OWN.has(classifyAgent(object, force).class);
}

/** "the emphasis of this strategy", "the focus of our plan": a subject owned by the document or by us. */
function ownedByTheText(subject: Token[]): boolean {
  return subject.some(
    (token, index) =>
      (token.normal === 'this' || token.normal === 'our') &&
      ['strategy', 'plan', 'force', 'work'].includes(subject[index + 1]?.normal ?? ''),
  );
}

/** "is to reduce ...", "is for every investigator to hold ...": a copula whose complement says what is to happen. */
function setsWhatIsToHappen(tokens: readonly Token[], group: Clause['group']): boolean {
  if (group.main.lemma !== 'be' || group.negative) return false;
  const after = group.end + 1;
  if (tokens[after]?.normal === 'to') return tokens[after + 1]?.pos === 'VERB' || tokens[after + 1]?.pos === 'AUX';
  if (tokens[after]?.normal !== 'for') return false;
  const to = tokens.findIndex(
    (token, index) => index > after && token.normal === 'to' && (tokens[index + 1]?.pos === 'VERB' || tokens[index + 1]?.pos === 'AUX'),
  );
  return to > after && tokens.slice(after + 1, to).every((token) => token.pos !== 'PUNCT' && token.pos !== 'VERB');
}

/**
 * "I'll be honest, ...", "I'll keep this short.": the verb and its complement are one of the phrases of a
 * remark on the talk itself, with nothing after them but a stop ("We will be honest with victims" commits).
 */
function remarksOnTheTalk(tokens: readonly Token[], verbEnd: number, phrases: readonly string[][]): boolean {
  return phrases.some((phrase) => {
    const words = tokens.slice(verbEnd, verbEnd + phrase.length).map((token) => foldQuotes(token.normal));
    const after = tokens[verbEnd + phrase.length];
    return words.join(' ') === phrase.join(' ') && (after === undefined || after.pos === 'PUNCT');
  });
}

/** A calendar year ("2027"), which dates a measure but is none itself. */
const YEAR = /^(19|20)\d\d$/u;

/**
 * "Our aim is an adult rape charge rate of 12% by March 2027": "is" and a noun phrase that holds a
 * figure names a measured aim or target; "Our ambition is a safer county by 2030" names none.
 */
function namesAMeasure(tokens: readonly Token[], clause: Clause): boolean {
  const group = clause.group;
  if (group.main.lemma !== 'be' || group.negative || group.chain.length > 0) return false;
  const first = tokens[group.end + 1];
  if (first?.pos !== 'DET' && first?.pos !== 'NUM') return false;
  return tokens.slice(group.end + 1, clause.end + 1).some((token) => token.pos === 'NUM' && !YEAR.test(token.normal));
}

/** Whether a verb states a wish or an aim ("want", "hope"), by the aspiration rule of `modality.yaml`. */
function aspirationLemma(lemma: string): boolean {
  return modalityRules('aspiration').some((rule) => rule.id === 'aspiration' && rule.lemmas.has(lemma));
}

/** A clause whose verb is a gerund with no auxiliary after an explicit subject: a noun and the gerund that modifies it, not a finite clause. */
export function isBareGerund(clause: Clause): boolean {
  return clause.group.mainForm === 'gerund' && clause.group.auxiliaries.length === 0 && clause.subjectKind === 'explicit';
}

/** "made tackling stalking one of its priorities": a noun of `nouns` after the verb's object, heading a phrase of its own, not one inside "on ...". */
function madeObjectA(tokens: readonly Token[], verbEnd: number, nouns: ReadonlySet<string>): boolean {
  let at = verbEnd + 1;
  while (at < tokens.length && !nouns.has(tokens[at]?.normal ?? '')) {
    if (tokens[at]?.pos === 'PUNCT') return false;
    at += 1;
  }
  if (at >= tokens.length) return false;
  let start = at;
  const modifies = (token: Token | undefined): boolean =>
    token !== undefined && ['DET', 'ADJ', 'NUM', 'PRON', 'ADV'].includes(token.pos) && token.normal !== 'what';
  while (start - 1 > verbEnd && modifies(tokens[start - 1])) start -= 1;
  // "one of its priorities", "among our priorities": a part of the priorities is the part named.
  if (tokens[start - 1]?.normal === 'of' && tokens[start - 2]?.pos === 'NUM') start -= 2;
  else if (tokens[start - 1]?.normal === 'among') start -= 1;
  return start - 1 > verbEnd && tokens[start - 1]?.pos !== 'ADP';
}

/** "It is our intention to publish ...": an anticipatory "it" whose real subject is the speaker's own aim or pledge and its infinitive. */
function extraposedOwnNoun(tokens: readonly Token[], clause: Clause, group: Clause['group'], nouns: ReadonlySet<string>): boolean {
  if (clause.subject.length !== 1 || clause.subject[0]?.normal !== 'it' || group.main.lemma !== 'be' || group.negative) return false;
  let at = group.end + 1;
  if (!['our', 'my'].includes(tokens[at]?.normal ?? '')) return false;
  at += 1;
  // "our firm intention", "my clear commitment": one describing word may come between.
  if (!nouns.has(tokens[at]?.normal ?? '') && (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'NOUN')) at += 1;
  return nouns.has(tokens[at]?.normal ?? '') && tokens[at + 1]?.normal === 'to' && tokens[at + 2]?.pos === 'VERB';
}

function isFirstPersonPossessor(agent: AgentReading): boolean {
  return agent.possessor === 'our' || agent.possessor === 'my' || agent.possessor === 'force';
}

/** The ids of every extraction data rule, for checking that each is exercised. */
export function allModalityRuleIds(): string[] {
  return extractionLexicon().modality.map((rule) => rule.id);
}

/** Agents whose "is to" states a plan ("The team is to grow"): the force, its units, the speaker, the police. */
const PLANNING_AGENTS = new Set<string>(['force', 'force-unit', 'speaker', 'generic-police']);

/**
 * Whether a verb takes the verb after it as its complement ("aim to reduce", "consider extending"), not a
 * name the tagger read as a verb ("seek Stalking Protection Orders").
 */
function catenates(tokens: Token[], verb: Token): boolean {
  const next = tokens[tokens.indexOf(verb) + 1];
  return next !== undefined && (next.normal === 'to' || !/^\p{Lu}/u.test(next.text));
}

/** Whether one of a group's verbs is the rule's, with one of the rule's words straight after it ("work towards", "carry on"). */
function verbFollowedBy(rule: ModalityRule, verbs: Token[], tokens: Token[]): boolean {
  return verbs.some((token) => readsVerb(rule, tokens, tokens.indexOf(token)));
}

/**
 * "A new policy is to be issued in April", "A clinic is to be set up": a passive "be to" schedules what
 * somebody will do to the subject, whatever the subject is, unless the subject names an aim ("Our aim is
 * to be recognised ...").
 */
function plannedPassive(tokens: Token[], be: number, agent: AgentReading): boolean {
  const participle = tokens[be + 1];
  if (tokens[be]?.lemma !== 'be' || participle?.pos !== 'VERB' || verbForm(participle) === 'gerund') return false;
  const head = agent.phrase?.head.normal ?? '';
  return !(['nominal', 'nominal-aim', 'priority'] as const).some((kind) => modalityRules(kind).some((rule) => rule.words.has(head)));
}

/** Words that may open the object of "want" before its infinitive: a noun phrase, not the reader ("want you to call"). */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "We want more of these cases to go to court", "I want every woman who reports abuse to be met by ...":
 * "want", a noun phrase (perhaps with a relative clause) and an infinitive, a wish for how things should be.
 */
function wantsOfSomebody(tokens: Token[], end: number): boolean {
  if (!OBJECT_OPENERS.has(tokens[end + 1]?.pos ?? '')) return false;
  for (let at = end + 2; at <= Math.min(tokens.length - 2, end + 14); at += 1) {
    const token = tokens[at]!;
    if (token.pos === 'PUNCT') return false;
    if (token.normal !== 'to') continue;
    const verb = tokens[at + 1]!;
    // "... to be met by an officer" is a service; "... to be shorter", "... to feel safe", "... to know that" wish a state of mind or of things.
    if (verb.pos === 'AUX') return verb.lemma === 'be' && tokens[at + 2]?.pos === 'VERB' && verbForm(tokens[at + 2]!) === 'past';
    return verb.pos === 'VERB' && !modalityRules('experience').some((rule) => rule.lemmas.has(verb.lemma));
  }
  return false;
}

/** Whether the verb ending at `end` takes a to-infinitive, directly or after "us" ("want to", "want us to"). */
function takesInfinitive(tokens: Token[], end: number): boolean {
  return tokens[end + 1]?.normal === 'to' || (tokens[end + 1]?.normal === 'us' && tokens[end + 2]?.normal === 'to');
}
