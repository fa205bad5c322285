import { NOMINATIVE } from './nlp/noun-phrase.js';
import { isListNumber } from './numbering.js';
import type { Strength, Voice } from '../model/index.js';
import { conditionBetween, governingCondition, leadingCondition } from './conditions.js';
import { hasDeadline, isBareGerund, type Frame, type StrengthHint } from './frame.js';
import { extractionLexicon, measureWords, modalityRules, type ContextKind } from './lexicon.js';
import { tagPhrase, type Token } from '../text/tagger.js';
import { verbForm } from './nlp/verb-form.js';
import { classifyAgent } from './agent.js';
import { frameVoice, type VoiceContext } from './voice.js';

/** What a unit is: a commitment of the force, or a statement in another voice. */
export interface Decision {
  kind: 'commitment' | 'statement';
  voice: Voice;
  strength: Strength;
  /** Ids of the rules that decided it, for explanations and tests. */
  rules: string[];
  /** Another voice that pledges in the same unit as the force ("The Probation Service will ..., and the Constabulary will ..."), kept as a statement too. */
  alsoVoice?: Exclude<Voice, 'force'>;
}

/** What a list's lead-in (or a table's) lends the items under it when they have no subject of their own. */
export interface Implicit {
  voice: Voice;
  hint: StrengthHint;
  conditional: boolean;
  /** Whether the lead-in itself commits ("We will:", "The force will…", "Our priorities are:"). */
  commits: boolean;
  rules: string[];
}

/** How a unit is read: a prose sentence, a list item, or a table row. */
export type UnitMode = 'prose' | 'item' | 'row';

/** Rules whose firing makes a sentence talk about the document rather than commit. */
const META_RULES = new Set(['meta-discourse', 'meta-telling', 'document-describes']);
const ASPIRATION_RULES = new Set(['aspiration', 'work-towards']);
/** Fewest words a unit may have: shorter lines are headings, labels or fragments. */
const MIN_WORDS = 3;
/** Verb prefixes the tagger reads as nouns when hyphenated ("re-vet", "co-produce"): the verb after them decides. */
const VERB_PREFIX = /^(re|co|pre|de|un|over|up|out)-(?=\p{L})/u;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
/** Personal pronouns as objects: people the reader is told to act towards. */
const THIRD_PERSON_OBJECTS = new Set(['him', 'her', 'them']);

/** One sentence of a unit, tagged and read as frames. */
export interface SentenceInput {
  tokens: Token[];
  frames: Frame[];
  text: string;
}

/** Decides whether one unit (a prose sentence, or all the sentences of a list item or table row) is a commitment of the force, a statement in another voice, or neither. */
export function decideUnit(
  sentences: SentenceInput[],
  context: VoiceContext,
  mode: UnitMode,
  contextKind: ContextKind | undefined,
  implicit: Implicit | undefined,
): Decision | undefined {
  const all = sentences.flatMap((sentence) => sentence.tokens);
  const last = sentences[sentences.length - 1];
  if (!last || endsWithQuestion(last.text)) return undefined;
  if (all.filter((token) => /\p{L}/u.test(token.text)).length < MIN_WORDS) return undefined;
  if (sentences.some((sentence) => sentence.frames.some((frame) => frame.fired.some((id) => META_RULES.has(id))))) return undefined;
  // A unit in brackets is an aside ("(Source: ONS, 2024)"); a bracketed number before it ("(2/4)", "(b)") only numbers it.
  if (/^\s*[[(]/u.test(sentences[0]!.text) && !isListNumber(/^\s*\(([^()\s]{1,5})\)/u.exec(sentences[0]!.text)?.[1] ?? '('))
    return undefined;
  let other: { sentence: SentenceInput; index: number; voice: Exclude<Voice, 'force'> } | undefined;
  let force: { sentence: SentenceInput; index: number } | undefined;
  for (const sentence of sentences) {
    for (const [index, frame] of sentence.frames.entries()) {
      const voice =
        frame.commits && !pointsToNoAgent(sentence.frames, index) ? frameVoice(frame, sentence.text, context, sentence.tokens) : 'none';
      remember(frame, sentence.text, context);
      if (voice === 'force') force ??= { sentence, index };
      else if (voice !== 'none' && !other) other = { sentence, index, voice };
    }
  }
  if (force) {
    const decision =
      leadingImperative(sentences, force.sentence, context, mode, implicit) ??
      commitment(force.sentence, force.index, 'force', implicit, mode);
    return other ? { ...decision, alsoVoice: other.voice } : decision;
  }
  if (other) return { ...commitment(other.sentence, other.index, other.voice, undefined, mode), kind: 'statement' };
  const first = sentences[0]!;
  // A table's own header says what its rows are: only the items of a list take a target heading's reading.
  if (contextKind === 'target' && mode === 'item') return target(all, first.frames, implicit?.voice ?? context.speaker, implicit);
  const secondPerson = all.some((token) => SECOND_PERSON.has(token.normal));
  if (secondPerson || contextKind === 'advice' || contextKind === 'retrospective') return undefined;
  if (mode !== 'prose') {
    const assigned = assignedAction(first.tokens, first.frames, context);
    if (assigned) return assigned;
  }
  // A service's entry in a directory ("Riverside SARC: open 24 hours, 0300 123 4567") promises nothing, in a list or in prose.
  if (TELEPHONE.test(sentences.map((sentence) => sentence.text).join(' '))) return undefined;
  if (mode !== 'prose' || context.speaker === 'force') {
    const imperative = imperativeFrame(first.tokens, first.frames, implicit?.commits === true, mode === 'prose');
    if (imperative !== undefined) {
      const voice = implicit?.voice ?? context.speaker;
      const decision = imperativeDecision(first, imperative, voice, implicit, mode);
      return voice === 'force' ? decision : { ...decision, kind: 'statement' };
    }
  }
  const mainFrames = sentences
    .flatMap((sentence) => sentence.frames)
    .filter(
      (frame) =>
        !frame.clause.relative && !frame.clause.infinitive && frame.clause.subordinator === undefined && !isBareGerund(frame.clause),
    );
  // "Noted the Q1 report", "This plan sets out ...": what talks about the text or minutes a meeting commits to nothing.
  const talksAboutTheText = mainFrames.some((frame) => frame.fired.some((id) => modalityRules('meta').some((rule) => rule.id === id)));
  if (
    mode !== 'prose' &&
    (contextKind === 'commitment' || implicit?.commits) &&
    !talksAboutTheText &&
    mainFrames.every(
      (frame) => (frame.modality !== 'present' && frame.modality !== 'past') || !statesAsFact(frame, all) || scheduled(frame, contextKind),
    )
  ) {
    const voice = implicit?.voice ?? context.speaker;
    // An item's own condition ("... within 14 days wherever the investigation allows") makes it conditional too.
    const condition = conditionBetween(all, 0, all.length - 1);
    // ... and its opening word its own hint, when the lead-in gives none ("Continued funding for ...").
    const hint = implicit?.hint !== undefined && implicit.hint !== 'firm' ? implicit.hint : (labelHint(all) ?? openingHint(all, 0));
    const strength: Strength = implicit?.conditional || condition ? 'conditional' : hintStrength(hint);
    return {
      kind: voice === 'force' ? 'commitment' : 'statement',
      voice,
      strength,
      rules: ['noun-phrase-item', ...(condition ? [condition] : []), ...(implicit?.rules ?? [])],
    };
  }
  // "Trauma-informed training for every investigator (by March 2027)": a deliverable with its own deadline, in a
  // list no heading or lead-in calls the force's, is planned all the same.
  if (mode === 'item' && contextKind === undefined && implicit === undefined && mainFrames.length === 0 && hasDeadline(all)) {
    const voice = context.speaker;
    return { kind: voice === 'force' ? 'commitment' : 'statement', voice, strength: 'firm', rules: ['deadline-item'] };
  }
  return undefined;
}

/** Classes of assignee whose action is the speaker's own: the speaker, the force, its units, its people and the plan's own things. */
const OWN_ASSIGNEES = new Set(['speaker', 'force', 'force-unit', 'generic-police', 'artefact']);

/** Parts of speech of an assignee's name: nouns, names and their modifiers, joined by "and" ("Call handlers and response officers"). */
const ASSIGNEE_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'CCONJ']);

/**
 * An action given to somebody in the style of minutes and action logs ("ACTION: OPCC to confirm the
 * funding", "Ch Insp Bell to agree a date"): a noun phrase, "to" and a verb. The action is in the voice
 * of whoever it is given to (another body's is a statement), and its strength comes from its verb.
 */
function assignedAction(tokens: Token[], frames: Frame[], context: VoiceContext): Decision | undefined {
  const start = mainStart(tokens, frames);
  const to = tokens.findIndex((token, index) => index > start && index <= start + 6 && token.normal === 'to');
  // "Stalking perpetrators to be added to MATAC": what is to be done to somebody is done by whoever sets the plan.
  const passive = tokens[to + 1]?.normal === 'be' && tokens[to + 2]?.pos === 'VERB' && verbForm(tokens[to + 2]!) === 'past';
  if (to < 0 || (!passive && (tokens[to + 1]?.pos !== 'VERB' || verbForm(tokens[to + 1]!) !== 'base'))) return undefined;
  const assignee = tokens.slice(start, to);
  // The assignee is named as minutes name people and bodies: capitalised ("OPCC", "Ch Insp Bell", "All members").
  // A gerund before a noun modifies it ("Stalking perpetrators"), as an adjective would.
  const modifies = (token: Token, index: number): boolean =>
    token.pos === 'VERB' && verbForm(token) === 'gerund' && assignee[index + 1]?.pos === 'NOUN';
  if (
    !/^\p{Lu}/u.test(assignee[0]?.text ?? '') ||
    !assignee.every((token, index) => ASSIGNEE_TAGS.has(token.pos) || modifies(token, index))
  )
    return undefined;
  const agent = classifyAgent(assignee, context.force);
  // "Every adult rape investigation to follow Soteria": a thing of the plan's given a course is the plan's own directive.
  if (!passive && (agent.class === 'people' || agent.class === 'existential' || agent.class === 'demonstrative')) return undefined;
  const voice: Voice =
    passive || OWN_ASSIGNEES.has(agent.class) || agent.class === 'world' || agent.class === 'coref'
      ? context.speaker
      : (agent.class as Exclude<Voice, 'force'>);
  const condition = conditionBetween(tokens, to + 1, tokens.length - 1);
  // The assigned verb's own frame gives its hint ("to explore whether ..." is an aim).
  const task = frames.find((frame) => frame.clause.group.start === to + 1);
  const strength: Strength = condition ? 'conditional' : hintStrength(task?.hint ?? openingHint(tokens, to + 1));
  return {
    kind: voice === 'force' ? 'commitment' : 'statement',
    voice,
    strength,
    rules: ['assigned-action', ...(agent.rule ? [agent.rule] : []), ...(condition ? [condition] : [])],
  };
}

/**
 * An item that opens with an imperative and commits only in a later sentence ("Explore the feasibility of
 * launching Project Vigilant. This initiative will equip officers ..."): the opening verb is what the item
 * commits to, and the later sentence says what would follow from it.
 */
function leadingImperative(
  sentences: SentenceInput[],
  committing: SentenceInput,
  context: VoiceContext,
  mode: UnitMode,
  implicit: Implicit | undefined,
): Decision | undefined {
  const first = sentences[0]!;
  if (mode === 'prose' || committing === first || (implicit?.voice ?? context.speaker) !== 'force') return undefined;
  const imperative = imperativeFrame(first.tokens, first.frames, implicit?.commits === true);
  return imperative === undefined ? undefined : imperativeDecision(first, imperative, 'force', implicit, mode);
}

function commitment(sentence: SentenceInput, lead: number, voice: Voice, implicit: Implicit | undefined, mode: UnitMode): Decision {
  const { tokens, frames } = sentence;
  const frame = frames[lead]!;
  const condition = governingCondition(tokens, frames, lead);
  const rules = [...frame.fired, ...(condition ? [condition] : [])];
  let strength: Strength = condition ? 'conditional' : hintStrength(purposeHint(frames, lead) ?? frame.hint);
  if (!condition && frame.hint === 'firm' && mode !== 'prose' && implicit && frame.clause.subjectKind === 'none') {
    strength = implicit.conditional ? 'conditional' : hintStrength(implicit.hint);
  }
  return { kind: 'commitment', voice, strength, rules };
}

function imperativeDecision(sentence: SentenceInput, lead: number, voice: Voice, implicit: Implicit | undefined, mode: UnitMode): Decision {
  const { tokens, frames } = sentence;
  const frame = frames[lead];
  const start = mainStart(tokens, frames);
  const nextMain = frames.findIndex(
    (candidate) => candidate.clause.group.start > start && (candidate.commits || candidate.modality === 'imperative'),
  );
  const condition = frame
    ? governingCondition(tokens, frames, lead)
    : (leadingCondition(frames, start) ??
      // "Subject to Home Office funding, recruit ...": an opening phrase before the verb may be its condition.
      (start > 0 ? conditionBetween(tokens, 0, start - 1) : undefined) ??
      conditionBetween(tokens, start, nextMain < 0 ? tokens.length - 1 : frames[nextMain]!.clause.start - 1));
  const own: StrengthHint =
    labelHint(tokens) ??
    (frame ? purposeHint(frames, lead) : purposeHint(frames, frames.findIndex((candidate) => candidate.clause.group.start > start) - 1)) ??
    frame?.hint ??
    openingHint(tokens, start);
  let strength: Strength = condition ? 'conditional' : hintStrength(own);
  if (!condition && own === 'firm' && implicit) strength = implicit.conditional ? 'conditional' : hintStrength(implicit.hint);
  return {
    kind: 'commitment',
    voice,
    strength,
    rules: ['imperative', ...(condition ? [condition] : []), ...(frame?.fired ?? []), ...(mode === 'prose' ? [] : (implicit?.rules ?? []))],
  };
}

/**
 * Whether a present or past frame states something as done or as how things are ("The hub opened in
 * May", "Completed the review of ..."), which a noun-phrase item under a commitment heading must not:
 * a participle that only describes a noun ("Continued funding for ...", "..., reviewing every case")
 * does not.
 */
function statesAsFact(frame: Frame, tokens: Token[]): boolean {
  const group = frame.clause.group;
  if (group.auxiliaries.length > 0) return true;
  if (group.mainForm === 'gerund') return false;
  if (frame.clause.subjectKind !== 'none') return true;
  if (group.mainForm !== 'past') return true;
  return ['DET', 'PRON', 'NUM'].includes(tokens[group.end + 1]?.pos ?? '');
}

/** Subjects whose simple present under a commitment heading is what the heading promises: the force, its people, its plans and services. */
const PLANNED_SUBJECTS = new Set(['speaker', 'force', 'force-unit', 'artefact']);

/**
 * Whether a simple present under a heading of commitments or milestones is what it schedules
 * ("Q1: the new dashboard goes live"), as a timetable's present is, rather than a fact about the world.
 */
function scheduled(frame: Frame, contextKind: ContextKind | undefined): boolean {
  const group = frame.clause.group;
  return (
    contextKind === 'commitment' &&
    frame.modality === 'present' &&
    !group.perfect &&
    !group.passive &&
    !frame.negative &&
    group.auxiliaries.length === 0 &&
    frame.clause.subjectKind === 'explicit' &&
    ['present', 'base'].includes(verbForm(group.chain[0] ?? group.main)) &&
    PLANNED_SUBJECTS.has(frame.agent.class)
  );
}

/**
 * The hint of an opening verb the tagger gave no frame of its own ("aim to have ...", "keep ..."): an aim or
 * a continuation by the modality rules' verbs, else firm.
 */
/** "Aim: Ask for Angela in every venue by Christmas": an item labelled as an aim (modality.yaml, nominal-aim) is aspirational. */
function labelHint(tokens: Token[]): StrengthHint | undefined {
  if (tokens[1]?.text !== ':') return undefined;
  const word = tokens[0]?.normal ?? '';
  return modalityRules('nominal-aim').some((rule) => rule.words.has(word)) ? 'aspirational' : undefined;
}

function openingHint(tokens: Token[], start: number): StrengthHint {
  const opening = tokens[start];
  if (!opening) return 'firm';
  const fires = (kind: 'aspiration' | 'continuation'): boolean =>
    modalityRules(kind).some((rule) => rule.followedBy.size === 0 && rule.lemmas.has(opening.lemma));
  if (fires('aspiration') && tokens[start + 1]?.normal === 'to') return 'aspirational';
  // "Work towards White Ribbon accreditation": a verb the aspiration rules read with the word after it.
  const next = tokens[start + 1]?.normal ?? '';
  if (modalityRules('aspiration').some((rule) => rule.followedBy.has(next) && rule.lemmas.has(opening.lemma))) return 'aspirational';
  if (fires('continuation')) return 'ongoing';
  return 'firm';
}

/** Whether the tokens hold a web address: a stop joined on both sides, with small letters after it ("oakford.police.uk"). */
function hasWebAddress(tokens: Token[]): boolean {
  return tokens.some((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    return token.text === '.' && before?.end === token.start && after?.start === token.end && /^\p{Ll}{2,}/u.test(after.text);
  });
}

/** A UK telephone number as directories write it ("0300 000 0000", "0800 123 4567", "01632 960 001"). */
const TELEPHONE = /\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b/u;
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose']);

/** Head nouns of an indicator: what a measure counts, with no level set ("Number of ...", "Rate of ..."). */
const INDICATOR_HEADS = new Set(['number', 'rate', 'proportion', 'percentage', 'level', 'count', 'volume']);

/** Words that end a baseline's figure: "(baseline 41%; target 30%)". */
const BASELINE_END = new Set([';', ')', ',', '.']);

/** Whether a number gives where a measure starts from ("baseline 41%", "from a baseline of 212 days"), which sets no level to reach. */
function inBaseline(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    if (BASELINE_END.has(token.text)) return false;
    if (token.normal === 'baseline') return true;
  }
  return false;
}

/** A target under "By March 2026:" or "What success will look like": measured, it is a firm commitment; the force's unmeasured delivery is aspirational; a desired state of the world is none. */
function target(tokens: Token[], frames: Frame[], voice: Voice, implicit: Implicit | undefined): Decision | undefined {
  const numbered = tokens.some((token, index) => (token.pos === 'NUM' || token.text === '%') && !inBaseline(tokens, index));
  const start = mainStart(tokens, frames);
  // "To bring more offenders to justice": an aim of whoever sets the targets, unless it gives a number.
  if (!numbered && (tokens[start]?.normal === 'to' || tokens[0]?.normal === 'to'))
    return {
      kind: voice === 'force' ? 'commitment' : 'statement',
      voice,
      strength: 'aspirational',
      rules: ['aim-item', ...(implicit?.rules ?? [])],
    };
  // An indicator names what is counted and sets no level ("Number of reports from the two town centres").
  if (INDICATOR_HEADS.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.normal === 'of') return undefined;
  // A quantifier measures the target when it quantifies a noun of the item itself, not one inside a
  // relative clause ("a workforce in which misogyny has no place") or standing alone ("the action taken on each").
  const relativeWord = tokens.findIndex((token, index) => index > 0 && RELATIVE_WORDS.has(token.normal));
  const inRelative = (index: number): boolean =>
    (relativeWord >= 0 && index > relativeWord) ||
    frames.some((frame) => frame.clause.relative && index >= frame.clause.regionStart && index <= frame.clause.end);
  const measurable =
    numbered ||
    tokens.some((token, index) => measureWords().has(token.normal) && !inRelative(index) && /^\p{L}/u.test(tokens[index + 1]?.text ?? ''));
  const kind = voice === 'force' ? 'commitment' : 'statement';
  // A lead-in that only aims ("By 2027 we aim to:") makes even a measured target an aim.
  const aimed = implicit?.hint === 'aspirational';
  // A target's own condition ("within 28 days, where it is lawful to do so") makes it conditional.
  const condition = conditionBetween(tokens, 0, tokens.length - 1);
  if (measurable && condition) return { kind, voice, strength: 'conditional', rules: ['measurable-target', condition] };
  if (measurable)
    return { kind, voice, strength: aimed ? 'aspirational' : 'firm', rules: ['measurable-target', ...(aimed ? implicit.rules : [])] };
  const first = frames.find((frame) => !frame.clause.relative && (relativeWord < 0 || frame.clause.group.start < relativeWord));
  if (!first) return undefined;
  if (first.agent.class === 'people' && !first.passive) return undefined;
  if (first.passive) return { kind, voice, strength: 'aspirational', rules: ['unmeasured-target'] };
  return undefined;
}

/**
 * Whether a unit opens with a verb in the imperative ("Train every officer", "Where we cannot charge, use
 * civil orders"): the index of the frame of that verb, -1 when the tagger gave the verb no frame of its own,
 * or undefined when the unit does not open with a verb. The tagger is asked about the opening word as it
 * reads it after "We will", so a verb it would take for a noun at the start of a line ("Re-vet", "Use") is found.
 */
function imperativeFrame(tokens: Token[], frames: Frame[], underCommitment: boolean, prose = false): number | undefined {
  const start = mainStart(tokens, frames);
  if (opensWithName(tokens, start)) return undefined;
  // "Figure 1 shows ...", "Table 3 gives ...": a part of the document named by its number, not a verb.
  if (DOCUMENT_PARTS.has(tokens[start]?.normal ?? '') && tokens[start + 1]?.pos === 'NUM') return undefined;
  // A paragraph that opens "Download the plan", "Share this page" asks the reader to act; an item of a list
  // of actions ("Send a text update to every victim") is the force's.
  if (prose && (readerVerbs().has(tokens[start]?.lemma ?? '') || readerVerbs().has(tokens[start]?.normal ?? ''))) return undefined;
  // In prose, "Next update: Quarter 3, to the Board": after a label, only a word the tagger reads as a verb opens an imperative.
  if (prose && /:$/u.test(tokens[start - 1]?.text ?? '') && tokens[start]?.pos !== 'VERB') return undefined;
  // In prose, "Apply 👉 ravn.po/dvds", "Report it at oakford.police.uk": an imperative that gives a web address sends the reader there.
  if (prose && hasWebAddress(tokens)) return undefined;
  // In prose, "To update the Panel on ..." after "Purpose of report:" states a purpose; only a list makes "To ..." an aim.
  if (prose && tokens[start - 1]?.normal === 'to') return undefined;
  // In prose, "tell him it is not funny", "Tell her about StreetSafe": an imperative whose object is somebody the
  // reader knows addresses the reader, as "you" would.
  if (prose && THIRD_PERSON_OBJECTS.has(tokens[start + 1]?.normal ?? '')) return undefined;
  // "Look, we've got to ...", "Listen, I know ...": a lone verb and a comma before a clause with its own subject marks
  // the start of what is said; an item's verb has an object ("Review, and update, ...").
  if (tokens[start + 1]?.text === ',' && NOMINATIVE.has(tokens[start + 2]?.normal ?? '')) return undefined;
  // "Target met for the first time", "Review completed in May": a noun and a participle report what was done.
  if (tokens[start + 1]?.pos === 'VERB' && verbForm(tokens[start + 1]!) === 'past' && tokens[start]?.pos !== 'VERB') return undefined;
  // An opening verb with no subject: an imperative, or a committing verb used as one ("Continue to develop ...", "Prioritise ...").
  const direct = frames.findIndex(
    (frame) =>
      frame.clause.group.start === start &&
      frame.clause.subjectKind === 'none' &&
      frame.clause.group.auxiliaries.length === 0 &&
      !frame.clause.relative &&
      !frame.clause.infinitive &&
      frame.clause.subordinator === undefined &&
      (frame.modality === 'imperative' || frame.commits),
  );
  if (direct >= 0) return direct;
  const first = tokens[start];
  if (!first || !/^\p{L}/u.test(first.text)) return undefined;
  // Under "The force will:", an item's first word in small letters is the verb "will" governs ("offer Ask for Angela
  // training ..."), even where the tagger reads it as a noun and the name after it as the verb.
  const governedVerb = (frame: Frame): boolean =>
    underCommitment && frame.clause.subject.length === 1 && frame.clause.subject[0] === first && /^\p{Ll}/u.test(first.text);
  if (
    frames.some(
      (frame) => (startsWithSubject(frame, start) && !governedVerb(frame)) || (!underCommitment && isMainClauseWithSubject(frame, tokens)),
    )
  )
    return undefined;
  const rest = tokens
    .slice(start, start + 12)
    .map((token) => token.text)
    .join(' ')
    .replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())
    .replace(VERB_PREFIX, '');
  const probed = tagPhrase(`We will ${rest}`);
  const probe = probed[2];
  // After "will" the next word is a verb; the tagger sometimes calls it an adjective or noun ("complete an urgent review"), so a base form followed by a determiner, number or pronoun counts too.
  // In prose, where imperatives are rare, only a word the tagger reads as a verb there counts ("Version 1.2 ..." is a label).
  const verbal =
    probe?.pos === 'VERB' ||
    (!prose && ['ADJ', 'NOUN', 'PROPN'].includes(probe?.pos ?? '') && ['DET', 'NUM', 'PRON'].includes(probed[3]?.pos ?? ''));
  if (!probe || !verbal || verbForm(probe) !== 'base') return undefined;
  if (readerVerbs().has(probe.lemma)) return undefined;
  const frame = frames.findIndex((candidate) => candidate.clause.group.start === start);
  return frame >= 0 ? frame : -1;
}

/** Small words a name in title case keeps in lower case ("Ask for Angela", "Women of the Year"). */
const NAME_LINKS = new Set(['for', 'of', 'the', 'and', 'on', 'in', 'at', 'to', 'a']);

/** Parts of a document that a sentence names by number ("Figure 2", "Table 3", "Annex B"). */
const DOCUMENT_PARTS = new Set(['figure', 'table', 'chart', 'graph', 'annex', 'appendix', 'section', 'paragraph', 'chapter', 'page']);

/**
 * Whether a unit opens with a name in title case that a finite verb then has as its subject ("Project
 * Vigilant ran on ...", "Ask for Angela now runs in ..."): its first word is no imperative verb.
 */
function opensWithName(tokens: Token[], start: number): boolean {
  const capital = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);
  if (!capital(tokens[start])) return false;
  let end = start + 1;
  let capitals = 1;
  while (end < tokens.length && (capital(tokens[end]) || (NAME_LINKS.has(tokens[end]!.text) && capital(tokens[end + 1])))) {
    if (capital(tokens[end])) capitals += 1;
    end += 1;
  }
  if (capitals < 2) return false;
  while (tokens[end]?.pos === 'ADV') end += 1;
  const verb = tokens[end];
  if (!verb) return false;
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && ['past', 'present'].includes(verbForm(verb)));
}

/** Whether a frame is a finite clause whose subject opens the unit ("Project Vigilant officers ... look out for ..."), so the unit is no imperative. */
function startsWithSubject(frame: Frame, start: number): boolean {
  const clause = frame.clause;
  if (
    clause.subjectKind !== 'explicit' ||
    clause.relative ||
    clause.infinitive ||
    clause.subordinator !== undefined ||
    clause.start > start
  )
    return false;
  return clause.group.auxiliaries.length > 0 || clause.group.mainForm === 'present' || clause.group.mainForm === 'base';
}

/** A finite main clause with a subject of its own anywhere in the sentence: then an opening verb phrase is an adjunct ("To make women safer, we know ..."), not an imperative. */
function isMainClauseWithSubject(frame: Frame, tokens: Token[]): boolean {
  const clause = frame.clause;
  if (clause.subjectKind !== 'explicit' || clause.relative || clause.infinitive || clause.subordinator !== undefined) return false;
  if (tokens[clause.start - 1]?.text !== ',') return false;
  return clause.group.auxiliaries.length > 0 || clause.group.mainForm === 'present' || clause.group.mainForm === 'base';
}

let readerLemmas: Set<string> | undefined;

/** Verbs an imperative addresses to the reader ("call 999", "contact us"), from the addressing-the-reader rule. */
function readerVerbs(): Set<string> {
  readerLemmas ??= new Set(
    extractionLexicon()
      .modality.filter((rule) => rule.kind === 'reader')
      .flatMap((rule) => [...rule.lemmas]),
  );
  return readerLemmas;
}

/** Most tokens a label before a colon has ("Q3 ( October – December ) :"). */
const MAX_LABEL_TOKENS = 8;

/** Where the main clause of a unit starts: after list numbering (and a thread's "(2/4)"), and after a leading conditional clause and its comma. */
function mainStart(tokens: Token[], frames: Frame[]): number {
  let start = 0;
  // "412 people answered ...": a number before a noun in small letters counts the noun; it numbers nothing.
  const counts = (index: number): boolean =>
    /^\d+$/u.test(tokens[index]!.text) && tokens[index + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[index + 1]!.text);
  while (start < tokens.length && ((isListNumber(tokens[start]!.text) && !counts(start)) || tokens[start]!.pos === 'PUNCT')) start += 1;
  // A label ("Force response:", "Action 3:", "Q3 (October–December):") is not part of the clause: a few words with no verb before a colon.
  const colon = tokens.findIndex((token, index) => index > start && index <= start + MAX_LABEL_TOKENS && /^\p{P}*:$/u.test(token.text));
  if (colon >= 0 && (colon <= start + 4 || tokens.slice(start, colon).every((token) => token.pos !== 'VERB' && token.pos !== 'AUX')))
    start = colon + 1;
  if (tokens[start]?.normal === 'to' && tokens[start + 1]?.pos === 'VERB') start += 1;
  const leading = frames.filter((frame) => frame.clause.subordinator !== undefined && frame.clause.start <= start + 1);
  const lastLeading = leading[leading.length - 1];
  if (lastLeading) {
    const comma = tokens.findIndex((token, index) => index > lastLeading.clause.group.end && token.text === ',');
    if (comma >= 0) start = comma + 1;
  } else if (['where', 'wherever', 'if', 'subject', 'when'].includes(tokens[start]?.normal ?? '') || opensWithPhrase(tokens[start])) {
    // "Working with partners, ensure ...", "Through Operation Soteria, embed ...": the imperative follows the opening phrase.
    const comma = tokens.findIndex((token, index) => index > start && token.text === ',');
    if (comma >= 0 && comma < start + 25) start = comma + 1;
  }
  return start;
}

function opensWithPhrase(token: Token | undefined): boolean {
  if (!token) return false;
  return token.pos === 'ADP' || (token.pos === 'VERB' && verbForm(token) === 'gerund') || token.normal === 'together';
}

/** The hint of a purpose infinitive right after the lead that says what is really committed to ("Work with partners to consider ..."). */
function purposeHint(frames: Frame[], lead: number): StrengthHint | undefined {
  const next = frames[lead + 1];
  if (!next || !next.clause.infinitive) return undefined;
  return next.fired.some((id) => ASPIRATION_RULES.has(id)) ||
    modalityRules('aspiration').some((rule) => rule.lemmas.has(next.clause.group.main.lemma))
    ? 'aspirational'
    : undefined;
}

function hintStrength(hint: StrengthHint): Strength {
  return hint === 'aspirational' ? 'aspirational' : hint === 'ongoing' ? 'ongoing' : 'firm';
}

/** What "they" and "it" may point back to that is not the force: people, and the world ("Abuse ..., and it often carries on"). */
const NOT_AGENTS: Record<string, Set<string>> = { they: new Set(['people', 'world']), it: new Set(['world']) };

/**
 * Whether a clause's subject is "they" or "it" and the last subject named before it in the sentence is people or
 * the world ("The women of Ravensfell will decide whether we have changed, and they will be right to"): not the force.
 */
function pointsToNoAgent(frames: Frame[], index: number): boolean {
  // "and it often carries on": an adverb beside the pronoun is no part of who it is.
  const subject = frames[index]!.clause.subject.filter((token) => token.pos !== 'ADV');
  const classes = subject.length === 1 ? NOT_AGENTS[subject[0]!.normal] : undefined;
  if (frames[index]!.agent.class !== 'coref' || !classes) return false;
  const named = frames
    .slice(0, index)
    .filter((frame) => frame.clause.subjectKind === 'explicit' && !frame.clause.relative && frame.agent.class !== 'coref');
  // "it" goes back to the sentence's own subject ("The Federation has told me its members want ..., and it will");
  // "they" to the people named last.
  const antecedent = subject[0]!.normal === 'it' ? named[0] : named[named.length - 1];
  return antecedent !== undefined && classes.has(antecedent.agent.class);
}

/** Keeps track of who was last named, for "it", "its team" and "they" in what follows. */
function remember(frame: Frame, sentence: string, context: VoiceContext): void {
  if (frame.clause.subjectKind !== 'explicit' || frame.clause.relative) return;
  const named = frame.agent.class;
  if (named === 'force' || named === 'pcc' || named === 'national' || named === 'government' || named === 'partner' || named === 'other') {
    context.lastAgent = named;
    context.topic = named;
  } else if (named === 'speaker') {
    // "Even so, we know we must do more": the speaker talks of itself again, and another body's topic ends.
    context.lastAgent = context.speaker;
    delete context.topic;
  } else if (named === 'generic-police') {
    const voice = frameVoice({ ...frame, commits: true }, sentence, context);
    if (voice !== 'none') {
      context.lastAgent = voice;
      context.topic = voice;
    }
  } else if (named === 'force-unit' && (frame.agent.possessor === 'our' || frame.agent.possessor === 'my')) {
    context.lastAgent = context.speaker;
  }
}

/** Whether a text ends with a question mark, perhaps inside a closing quotation mark. */
function endsWithQuestion(text: string): boolean {
  let end = text.trimEnd();
  if (/["”’]$/u.test(end)) end = end.slice(0, -1).trimEnd();
  return end.endsWith('?');
}
