import type { Voice } from '../model/index.js';
import type { AgentReading, ForceAliases } from './agent.js';
import type { Frame } from './frame.js';
import { extractionLexicon, findPhrase, modalityRules, phraseWords } from './lexicon.js';
import { loadPackageData } from '../io/data-file.js';

/** Whose voice a clause is in, or "none" when it commits nobody (demand rising, a vision of the world). */
export type ClauseVoice = Voice | 'none';

/** What the reader knows at a clause: who "we" is, whose narrative it is, and who was last named. */
export interface VoiceContext {
  /** Who "we" and "I" stand for here (the document's author, a section's signatory, a quoted speaker). */
  speaker: Voice;
  /** The voice of the last clause whose subject named an agent, in this section (for "it", "they", "its team"). */
  lastAgent?: Voice;
  /** The voice of the last named agent that set the topic (a national framework, the force), in this section. */
  topic?: Voice;
  force: ForceAliases;
  /** The clause is quoted speech of a known speaker: the speaker's voice holds for what has no agent of its own. */
  quoted?: boolean;
  /** The quoted speaker is an officer of another force (speakers' rule another-force): their "officers" are that force's. */
  otherForce?: boolean;
}

let nationalScope: string[][] | undefined;

function nationalScopePhrases(): string[][] {
  nationalScope ??= loadPackageData<{ rules: { phrases: string[] }[] }>('src/extract/data/scope.yaml').rules.flatMap((rule) =>
    rule.phrases.map(phraseWords),
  );
  return nationalScope;
}

/** Whether a sentence sets what it says at national level ("under the national framework", "in England and Wales"). */
export function hasNationalScope(sentence: string): boolean {
  const words = phraseWords(sentence);
  return nationalScopePhrases().some((phrase) => findPhrase(words, phrase) >= 0);
}

/** Agent rules that name the force's people by rank or role rather than the force by name. */
const OFFICER_RULES = new Set(['force-officers', 'force-role']);

/** The voice of a clause: from its subject, or for agentless clauses (passives, "there will be", things and people) from the narrative around it. */
export function frameVoice(frame: Frame, sentence: string, context: VoiceContext, tokens: readonly { normal: string }[] = []): ClauseVoice {
  const agent = frame.agent;
  // What a body is reported to have said ("The force has told us that a system is being built") is that body's to tell.
  const teller = frame.reporter ? reporterVoice(frame.reporter, context) : undefined;
  const narrator =
    teller ?? (!context.quoted && (context.topic === 'national' || context.topic === 'government') ? context.topic : context.speaker);
  if (frame.modality === 'priority' || frame.modality === 'nominal') {
    const owner = priorityOwner(frame, sentence, context);
    if (owner) return owner;
  }
  switch (agent.class) {
    case 'speaker':
      return context.speaker;
    case 'force':
      // In another force's officer's words, "every officer" is one of theirs; a force is named by its name.
      if (context.quoted && context.otherForce && OFFICER_RULES.has(agent.rule ?? '')) return 'other';
      return 'force';
    case 'pcc':
    case 'national':
    case 'government':
    case 'partner':
      return agent.class;
    case 'other':
      // "The Women's Network ... will be consulted on every change": a body acted on is acted on by whoever speaks.
      return frame.passive ? narrator : agent.class;
    case 'force-unit':
      return ownerVoice(agent.possessor, context) ?? narrator;
    case 'generic-police':
      return hasNationalScope(sentence) || context.topic === 'national' ? 'national' : 'force';
    case 'coref':
      // "... said they would feel able to report": what somebody feels or experiences is no act of theirs.
      if (frame.verbKinds.includes('experience') && !frame.passive) return 'none';
      // "The force told us it will explore ...": "it" is the body that told.
      return teller ?? context.lastAgent ?? narrator;
    case 'people':
      // What people "can expect to" meet is promised by whoever speaks.
      if (frame.fired.some((id) => modalityRules('promised-outcome').some((rule) => rule.id === id))) return narrator;
      if (frame.verbKinds.includes('experience') && !frame.passive) return 'none';
      if (frame.passive || frame.verbKinds.includes('receiving')) return narrator;
      return speaksOfUs(frame, tokens) ? context.speaker : 'none';
    case 'artefact':
      if (frame.verbKinds.includes('effect')) return 'none';
      // A plan, report or scheme is the work of whoever is speaking, whatever the topic ("This strategy will ...").
      return ownerVoice(agent.possessor, context) ?? teller ?? context.speaker;
    case 'existential':
      return narrator;
    case 'demonstrative':
      return 'none';
    default:
      if (agent.possessor === 'our' || agent.possessor === 'my') return context.speaker;
      if (frame.passive || frame.fired.includes('ongoing-state')) return narrator;
      return speaksOfUs(frame, tokens) ? context.speaker : 'none';
  }
}

/** The voice of the body a clause is reported from: the speaker, the force, or a body of its own kind; none for anyone else. */
function reporterVoice(reporter: AgentReading, context: VoiceContext): Voice | undefined {
  switch (reporter.class) {
    case 'speaker':
      return context.speaker;
    case 'force':
      return 'force';
    case 'force-unit':
      return ownerVoice(reporter.possessor, context) ?? 'force';
    case 'pcc':
    case 'national':
    case 'government':
    case 'partner':
    case 'other':
      return reporter.class;
    default:
      return undefined;
  }
}

/** A future statement whose complement is about "us" or "our" work ("Women's voices will be a key factor in helping us shape our plans"). */
function speaksOfUs(frame: Frame, tokens: readonly { normal: string }[]): boolean {
  // "some women will not trust us": what others will not do with us is no plan of ours.
  if (frame.modality !== 'future' || frame.negative || frame.verbKinds.includes('effect') || frame.verbKinds.includes('world'))
    return false;
  const own: string[] = [];
  for (const token of tokens.slice(frame.clause.group.end + 1) as { normal: string; pos?: string }[]) {
    if (token.pos === 'CCONJ' || token.normal === ';' || token.normal === '.') break;
    own.push(token.normal);
  }
  return own.includes('us') || own.includes('our');
}

function ownerVoice(possessor: string | undefined, context: VoiceContext): Voice | undefined {
  if (possessor === undefined) return undefined;
  if (possessor === 'our' || possessor === 'my') return context.speaker;
  if (possessor === 'force') return 'force';
  if (possessor === 'its' || possessor === 'their') return context.lastAgent;
  return undefined;
}

/** For "X is a priority for the force", "high on our list of priorities": whose priority it is. */
function priorityOwner(frame: Frame, sentence: string, context: VoiceContext): Voice | undefined {
  const words = phraseWords(sentence);
  if (words.includes('our') || words.includes('my')) return context.speaker;
  if (/\bforce priorit/u.test(words.join(' ')) || findPhrase(words, ['this', 'strategy']) >= 0 || findPhrase(words, ['this', 'plan']) >= 0)
    return context.speaker === 'force' ? 'force' : context.speaker;
  // "a priority for the force", "the first priority of this force": the force the priority is for or of.
  const priorityWords = new Set(modalityRules('priority').flatMap((rule) => [...rule.words]));
  for (const [index, word] of words.entries()) {
    // The phrase that says whose priority it is follows the priority noun itself.
    if ((word !== 'for' && word !== 'of') || !priorityWords.has(words[index - 1] ?? '')) continue;
    const rest = words.slice(index + 1);
    // "a key priority for us": the priority of whoever "we" is.
    if (rest[0] === 'us' || rest[0] === 'me') return context.speaker;
    if (
      findPhrase(rest.slice(0, 2), ['this', 'force']) === 0 ||
      [...forceNames(), ...context.force.phrases].some((alias) => findPhrase(rest, alias) >= 0 && findPhrase(rest, alias) <= 1)
    )
      return 'force';
  }
  if (ownedByForce(words, context)) return 'force';
  if (frame.agent.class === 'speaker') return context.speaker;
  return undefined;
}

/** How any force names itself ("the force", "the Constabulary", "Chief Constable"): the force agents of `agents.yaml`. */
function forceNames(): string[][] {
  return extractionLexicon()
    .agents.filter((rule) => rule.class === 'force')
    .flatMap((rule) => rule.phrases);
}

/** Whether the force owns what the sentence names, in the possessive: "the Constabulary's priorities", "Kent Police's focus". */
function ownedByForce(words: string[], context: VoiceContext): boolean {
  return words.some((word, index) => {
    const owner = /^(.+)['’]s$/u.exec(word)?.[1];
    if (owner === undefined) return false;
    const phrase = [...words.slice(Math.max(0, index - 3), index), owner];
    const endsWith = (alias: string[]): boolean =>
      alias.length <= phrase.length && alias.every((part, at) => phrase[phrase.length - alias.length + at] === part);
    return forceNames().some(endsWith) || context.force.phrases.some(endsWith);
  });
}
