import { isListNumber } from './numbering.js';
import type { Frame } from './frame.js';
import { extractionLexicon, foldQuotes, type ConditionRule } from './lexicon.js';
import type { Token } from '../text/tagger.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Whether the token at index is a noun: tagged so, or a capitalised word after a proper noun, the rest of a name ("Harlow Cross"). */
function isNoun(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  return NOMINAL.has(token.pos) || (/^\p{Lu}/u.test(token.text) && tokens[index - 1]?.pos === 'PROPN');
}

/**
 * The id of the condition rule that governs the leading commitment of a sentence (frame `lead`), or
 * undefined. A condition governs it when a conditional clause comes before it ("If the bid succeeds,
 * we will ..."), when one follows it before any other main clause ("... will visit again if the school
 * raises concerns"), or when a conditional opener or phrase stands inside its own clause.
 */
export function governingCondition(tokens: Token[], frames: Frame[], lead: number): string | undefined {
  const rules = extractionLexicon().conditions;
  const leadFrame = frames[lead];
  if (!leadFrame) return undefined;
  const sentenceStart = firstWord(tokens);
  const imperativeAnd = rules.find((rule) => rule.imperativeAnd);
  if (imperativeAnd && lead > 0 && promisedForAnImperative(tokens, frames, lead)) return imperativeAnd.id;
  for (let index = lead - 1; index >= 0; index -= 1) {
    const clause = frames[index]!.clause;
    if (clause.subordinator !== undefined) {
      const rule = openerRule(rules, [clause.subordinator], clause.start === sentenceStart);
      if (rule) return rule.id;
      continue;
    }
    if (!clause.relative && !clause.infinitive) break;
  }
  const earlierMain = frames.slice(0, lead).findLastIndex((frame) => frame.commits || frame.modality === 'imperative');
  const start =
    earlierMain < 0
      ? 0
      : rangeStart(tokens, frames[earlierMain]!.clause.group.end + 1, leadFrame.clause.group.start, leadFrame.clause.start);
  // The next main clause: one that commits, an imperative, or a verb that shares the subject after "and"
  // ("..., and tell them the same day if ..."), whose own conditions are its own.
  const nextMain = frames.findIndex(
    (frame, index) =>
      index > lead &&
      (frame.commits ||
        (frame.modality === 'imperative' && opensNewClause(tokens, frames, index)) ||
        (sharesSubject(tokens, frames, index) && opensNewClause(tokens, frames, index))),
  );
  const end =
    nextMain < 0
      ? tokens.length - 1
      : rangeStart(
          tokens,
          frames[nextMain - 1]!.clause.group.end + 1,
          frames[nextMain]!.clause.group.start,
          frames[nextMain]!.clause.start,
        ) - 1;
  const inside = conditionInRange(
    tokens,
    rules,
    start,
    Math.max(end, leadFrame.clause.group.end),
    sentenceStart,
    leadFrame.clause.group.end,
  );
  if (inside) return inside;
  for (let index = lead + 1; index < (nextMain < 0 ? frames.length : nextMain); index += 1) {
    const clause = frames[index]!.clause;
    // A clause that inherits its subordinator ("if you ask, and will tell ...") stands where the one it inherits from does.
    const origin = clause.inheritedFrom === undefined ? clause : (frames[clause.inheritedFrom]?.clause ?? clause);
    if (clause.subordinator === undefined || qualifiesAnAlternative(tokens, origin.start) || inWhInfinitive(tokens, origin.start)) continue;
    // "... and, where the evidence allows, through the courts": the condition of a later conjunct only.
    if (conjunctionBefore(tokens, origin.start) > leadFrame.clause.group.end) continue;
    const rule = openerRule(rules, [clause.subordinator], false);
    if (rule && (clause.subordinator !== 'where' || whereOpensCondition(tokens, clause.start, sentenceStart))) return rule.id;
  }
  return undefined;
}

/** Whether the main clause before the commitment is an imperative joined to it by "and" ("tell us which officer you prefer and we will ..."). */
function promisedForAnImperative(tokens: Token[], frames: Frame[], lead: number): boolean {
  const before = frames
    .slice(0, lead)
    .findLast((frame) => !frame.clause.relative && !frame.clause.infinitive && frame.clause.subordinator === undefined);
  if (before?.modality !== 'imperative' || before.clause.subjectKind !== 'none') return false;
  const leadClause = frames[lead]!.clause;
  if (leadClause.subjectKind !== 'explicit') return false;
  const joint = tokens[leadClause.start - 1] ?? tokens[leadClause.regionStart - 1];
  return joint?.normal === 'and';
}

/** Whether "where" at index opens "it is" and an adjective ("where it is lawful and proportionate"): a judgement of the case, so a condition wherever it stands. */
function judgesTheCase(tokens: Token[], index: number): boolean {
  return tokens[index + 1]?.normal === 'it' && tokens[index + 2]?.lemma === 'be' && tokens[index + 3]?.pos === 'ADJ';
}

/** The index of "and" or "or" just before a token, over one comma ("and, where ..."), or -1. */
function conjunctionBefore(tokens: Token[], index: number): number {
  const before = tokens[index - 1]?.text === ',' ? index - 2 : index - 1;
  return tokens[before]?.pos === 'CCONJ' ? before : -1;
}

/** Comparatives that open an alternative offered beyond the commitment ("or more often", "and sooner"). */
const BEYOND = new Set(['more', 'sooner', 'earlier', 'later', 'longer', 'less', 'fewer']);

/**
 * Whether a condition qualifies only an alternative offered beyond what is promised ("at least every 28
 * days, or more often if you ask", "within 28 days, and sooner if ..."): it follows "or" or "and" and a
 * comparative a few words before it.
 */
function qualifiesAnAlternative(tokens: Token[], conditionStart: number): boolean {
  for (let index = Math.max(0, conditionStart - 4); index < conditionStart; index += 1) {
    if ((tokens[index]!.normal === 'or' || tokens[index]!.normal === 'and') && BEYOND.has(tokens[index + 1]?.normal ?? '')) return true;
  }
  return false;
}

/**
 * A main verb that takes the subject of an earlier clause after that clause's own words ("We will keep
 * victims updated ... and tell them ..."), not a second verb sharing one object ("arrange and pay for").
 */
function sharesSubject(tokens: Token[], frames: Frame[], index: number): boolean {
  const clause = frames[index]!.clause;
  if (clause.subjectKind !== 'inherited' || clause.relative || clause.infinitive || clause.subordinator !== undefined) return false;
  const source = frames[clause.inheritedFrom ?? index - 1];
  if (!source) return false;
  const between = tokens.slice(source.clause.group.end + 1, clause.group.start);
  return between.some((token) => token.pos !== 'CCONJ' && token.pos !== 'ADV' && token.pos !== 'PUNCT');
}

/**
 * Whether an imperative frame starts a main clause of its own: one joined by "and", a comma or a semicolon to
 * a clause that is not an infinitive. A verb straight after another ("Extend Ask for Angela") is the tagger
 * reading a name as a verb, and "to challenge and disrupt" one infinitive with two verbs.
 */
function opensNewClause(tokens: Token[], frames: Frame[], index: number): boolean {
  const previous = frames[index - 1];
  if (!previous) return true;
  const gap = tokens.slice(previous.clause.group.end + 1, frames[index]!.clause.group.start);
  const joins = (token: Token): boolean => token.pos === 'CCONJ' || token.text === ',' || token.text === ';';
  if (!gap.some(joins)) return false;
  // "to challenge and disrupt X": the infinitive's second verb, with nothing of the first's between them.
  return !(previous.clause.infinitive && gap.every(joins));
}

function firstWord(tokens: Token[]): number {
  let index = 0;
  while (index < tokens.length && (isListNumber(tokens[index]!.text) || tokens[index]!.pos === 'PUNCT')) index += 1;
  return index;
}

/**
 * Where a coordinated clause's own material starts: the "and" / "but" / ";" shortly before it with no verb
 * in between ("and, where appropriate, explore"), or its subject.
 */
function rangeStart(tokens: Token[], from: number, _groupStart: number, clauseStart: number): number {
  for (let index = clauseStart - 1; index >= Math.max(from, clauseStart - 7); index -= 1) {
    const token = tokens[index]!;
    if (token.pos === 'CCONJ' || token.text === ';') return index;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'NOUN' || token.pos === 'PROPN') break;
  }
  return clauseStart;
}

function words(tokens: Token[], start: number, end: number): string[] {
  return tokens.slice(start, end + 1).map((token) => foldQuotes(token.normal));
}

/**
 * The condition rule whose opener or phrase stands in a token range. With the end of the leading verb group
 * (`leadEnd`), a condition that opens a later conjunct ("... through misconduct proceedings and, where the
 * evidence allows, through the courts") qualifies that conjunct only, not the commitment.
 */
function conditionInRange(
  tokens: Token[],
  rules: ConditionRule[],
  start: number,
  end: number,
  sentenceStart: number,
  leadEnd?: number,
): string | undefined {
  const span = words(tokens, start, end);
  const ownsConjunct = (absolute: number): boolean => leadEnd !== undefined && conjunctionBefore(tokens, absolute) > leadEnd;
  // A phrase whose first word is not in the span cannot be in it: most phrases are ruled out without a scan.
  const present = new Set(span);
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      if (!present.has(phrase[0]!)) continue;
      const at = indexOfPhrase(span, phrase);
      if (at >= 0 && !ownsConjunct(start + at)) return rule.id;
    }
  }
  for (const rule of rules) {
    for (const opener of rule.openers) {
      if (!present.has(opener[0]!)) continue;
      let at = indexOfPhrase(span, opener);
      while (at >= 0) {
        const absolute = start + at;
        const afterComma = tokens[absolute - 1]?.text === ',' && !isNoun(tokens, absolute - 2);
        // After "and", a fronted condition is closed by a comma ("and, where appropriate, explore"); otherwise "and where" joins relative clauses.
        const afterConjunction =
          tokens[absolute - 1]?.pos === 'CCONJ' && tokens.slice(absolute + 1, absolute + 7).some((token) => token.text === ',');
        const initial = absolute === sentenceStart || afterComma || afterConjunction || judgesTheCase(tokens, absolute);
        // A bare "where" is a condition only where a clause can start (sentence start, after a comma or "and"); after a noun or a verb it says which cases or places are meant.
        const plainWhere = opener.length === 1 && opener[0] === 'where';
        const beyond = qualifiesAnAlternative(tokens, absolute) || inWhInfinitive(tokens, absolute);
        if ((!rule.sentenceInitialOnly || absolute === sentenceStart) && (!plainWhere || initial) && !beyond && !ownsConjunct(absolute))
          return rule.id;
        const next = indexOfPhrase(span.slice(at + 1), opener);
        at = next < 0 ? -1 : at + 1 + next;
      }
    }
  }
  return undefined;
}

/** Question words that open an infinitive's topic ("what to do", "how to report"). */
const WH_WORDS = new Set(['what', 'how', 'where', 'when', 'who', 'whom', 'which']);

/**
 * Whether a condition's opener is part of what is taught or told, not a condition of the commitment:
 * "refresh staff on what to do if a woman asks for Angela" ("what" or "how", "to", a verb, then the opener).
 */
function inWhInfinitive(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(2, index - 4); at -= 1) {
    if (tokens[at - 1]?.normal === 'to' && WH_WORDS.has(tokens[at - 2]?.normal ?? '') && tokens[at]?.pos === 'VERB') return true;
  }
  return false;
}

/**
 * A bare "where" opens a condition only where a clause can start: at the start of the sentence, after a comma
 * that does not follow a noun, or after "and" when a comma closes the condition ("and, where appropriate,
 * explore"). After a noun or a verb it says which cases or places are meant ("cases where", "a culture, where").
 */
function whereOpensCondition(tokens: Token[], index: number, sentenceStart: number): boolean {
  if (index === sentenceStart || judgesTheCase(tokens, index)) return true;
  const before = tokens[index - 1];
  if (before?.text === ',') return !isNoun(tokens, index - 2) || tokens[index - 2] === undefined;
  if (before?.pos === 'CCONJ') return tokens.slice(index + 1, index + 7).some((token) => token.text === ',');
  return false;
}

function openerRule(rules: ConditionRule[], opener: string[], initial: boolean): ConditionRule | undefined {
  return rules.find(
    (rule) =>
      (!rule.sentenceInitialOnly || initial) &&
      rule.openers.some((candidate) => candidate.length === opener.length && candidate.every((word, index) => word === opener[index])),
  );
}

function indexOfPhrase(words: string[], phrase: string[]): number {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

/** The condition rule of a conditional clause that stands before token `before` ("Where we cannot charge, use ..."), if any. */
export function leadingCondition(frames: Frame[], before: number): string | undefined {
  const rules = extractionLexicon().conditions;
  for (const frame of frames) {
    const clause = frame.clause;
    if (clause.start >= before || clause.subordinator === undefined) continue;
    const rule = openerRule(rules, [clause.subordinator], true);
    if (rule) return rule.id;
  }
  return undefined;
}

/** The condition rule found in a token range (an opener or fixed phrase), for a unit whose leading verb has no frame of its own. */
export function conditionBetween(tokens: Token[], start: number, end: number): string | undefined {
  return conditionInRange(tokens, extractionLexicon().conditions, start, end, firstWord(tokens));
}
