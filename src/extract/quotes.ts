import type { ForceAliases } from './agent.js';
import type { Token } from '../text/tagger.js';
import { isOneTold, roleVoice, speechVerbs, type RoleReading } from './speakers.js';
import { namesAnotherForce } from './agent.js';
import { dropTail } from '../text/tail.js';

/** A stretch of quoted speech in a paragraph, with who said it when that can be told. */
export interface QuoteSpan {
  start: number;
  end: number;
  speaker?: RoleReading;
  /** The words naming the speaker ("Chief Inspector Dan Hale"). */
  speakerName?: string;
  /** The quote runs on past the paragraph (a multi-paragraph quote). */
  open: boolean;
}

/** What carries over from one paragraph to the next while reading quotes. */
export interface QuoteState {
  /** The quote of the previous paragraph runs on into this one. */
  continuing?: { speaker?: RoleReading; speakerName?: string };
  /** The person last named with a role, for "she said". */
  lastPerson?: { speaker: RoleReading; name: string };
  /** The role each person named so far was first given, by surname ("Blyth" → national). */
  people?: Map<string, RoleReading>;
  /** Who last spoke (a quote's speaker, or "X said that ..."): a quote that opens a paragraph with no attribution of its own is theirs. */
  lastSpeaker?: { speaker: RoleReading; name: string };
}

/** Possessives that tie a post to the body named just before ("Its head of public protection"). */
const OWNERS = new Set(['its', 'their']);

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const PRONOUNS = new Set(['she', 'he', 'they']);

/** Finds the quoted stretches of a paragraph and attributes each to a speaker ("X said:", "said X", a continuing quote). */
export function quoteSpans(text: string, tokens: Token[], force: ForceAliases, state: QuoteState): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | undefined;
  let straightOpen = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (OPENING.has(character) && open === undefined) open = index;
    else if (CLOSING.has(character) && open !== undefined) {
      spans.push({ start: open, end: index + 1, open: false });
      open = undefined;
    } else if (character === '"') {
      if (!straightOpen && open === undefined) {
        open = index;
        straightOpen = true;
      } else if (straightOpen && open !== undefined) {
        spans.push({ start: open, end: index + 1, open: false });
        open = undefined;
        straightOpen = false;
      }
    }
  }
  if (open !== undefined) spans.push({ start: open, end: text.length, open: true });
  const leading = text.trimStart();
  const continues = state.continuing !== undefined && (OPENING.has(leading[0] ?? '') || leading[0] === '"');
  let previousEnd = 0;
  spans.forEach((span, index) => {
    rememberPerson(text.slice(previousEnd, span.start), force, state);
    previousEnd = span.end;
    const found = attribution(text, tokens, span, force, state);
    if (found) {
      span.speaker = found.speaker;
      span.speakerName = found.name;
      state.lastSpeaker = found;
    } else if (index === 0 && continues && state.continuing?.speaker) {
      span.speaker = state.continuing.speaker;
      if (state.continuing.speakerName !== undefined) span.speakerName = state.continuing.speakerName;
    } else if (index === 0 && span.start <= text.length - leading.length + 1 && state.lastSpeaker) {
      span.speaker = state.lastSpeaker.speaker;
      span.speakerName = state.lastSpeaker.name;
    } else if (index > 0 && spans[index - 1]?.speaker) {
      // A second quotation in the same paragraph with no attribution of its own goes on with the same speaker.
      span.speaker = spans[index - 1]!.speaker!;
      if (spans[index - 1]!.speakerName !== undefined) span.speakerName = spans[index - 1]!.speakerName!;
    }
  });
  rememberReportedSpeech(tokens, spans, force, state);
  rememberPerson(text.slice(previousEnd), force, state);
  const last = spans[spans.length - 1];
  state.continuing = last?.open
    ? { ...(last.speaker ? { speaker: last.speaker } : {}), ...(last.speakerName ? { speakerName: last.speakerName } : {}) }
    : undefined;
  if (state.continuing === undefined) delete state.continuing;
  return spans;
}

/** Who a speech verb next to a quote names: "X said: “...”", "“...,” said X", "“...,” X said". */
/** Most words a name and its titles after a quotation's dash have. */
const MAX_ATTRIBUTION_WORDS = 16;

function attribution(
  text: string,
  tokens: Token[],
  span: QuoteSpan,
  force: ForceAliases,
  state: QuoteState,
): { speaker: RoleReading; name: string } | undefined {
  const verbs = speechVerbs();
  const before = tokens.filter((token) => token.end <= span.start);
  const verbBefore = before.length > 0 ? lastIndexWhere(before, (token) => verbs.has(token.lemma)) : -1;
  // "X said:", and "X told us:" with the one told between the verb and the quotation.
  const gap = verbBefore >= 0 ? text.slice(before[verbBefore]!.end, span.start).replace(/[\s:,]/gu, '') : undefined;
  if (gap !== undefined && (gap === '' || isOneTold(gap))) {
    const from =
      lastIndexWhere(before.slice(0, verbBefore), (token) => token.text === '.' || CLOSING.has(token.text) || token.text === '"') + 1;
    const name = before.slice(from, verbBefore).filter((token) => token.pos !== 'ADV');
    // "Caddon Water Constabulary is going further. Its head of public protection, Det Supt Rudd, said:": the post
    // is in the force the sentence before names, and that force is not this one.
    const previous = before.slice(lastIndexWhere(before.slice(0, Math.max(0, from - 1)), (token) => token.text === '.') + 1, from);
    if (OWNERS.has(name[0]?.normal ?? '') && namesAnotherForce(previous, force)) {
      return { speaker: { voice: 'other', rule: 'another-force' }, name: text.slice(name[0]!.start, name[name.length - 1]!.end) };
    }
    return speakerOf(name, force, state, text);
  }
  const after = tokens.filter((token) => token.start >= span.end);
  const verbAfter = after.slice(0, 8).findIndex((token) => verbs.has(token.lemma));
  if (verbAfter >= 0) {
    const stop = after.findIndex(
      (token, index) => index > verbAfter && (token.text === '.' || token.text === ':' || OPENING.has(token.text)),
    );
    const following = after.slice(verbAfter + 1, stop < 0 ? undefined : stop);
    const preceding = after.slice(0, verbAfter).filter((token) => token.pos !== 'PUNCT');
    return speakerOf(preceding.length > 0 ? preceding : following, force, state, text);
  }
  // "“...” – Chief Superintendent Owen Aldred, Southern Area Commander": a dash after the quotation names who said it.
  const dash = /^\s*[–—-]\s*(?=\p{Lu})/u.exec(text.slice(span.end));
  if (dash) {
    const named = after.filter((token) => token.start >= span.end + dash[0].length);
    const stop = named.findIndex((token) => OPENING.has(token.text) || token.text === '"');
    const words = (stop < 0 ? named : named.slice(0, stop)).filter((token) => token.pos !== 'PUNCT');
    if (words.length > 0 && words.length <= MAX_ATTRIBUTION_WORDS) return speakerOf(words, force, state, text);
  }
  return undefined;
}

function speakerOf(
  words: Token[],
  force: ForceAliases,
  state: QuoteState,
  text?: string,
): { speaker: RoleReading; name: string } | undefined {
  if (words.length === 0) return undefined;
  const name =
    text === undefined
      ? words.map((token) => token.text).join(' ')
      : dropTail(text.slice(words[0]!.start, words[words.length - 1]!.end), (char) => /[\s,—–-]/u.test(char));
  if (words.length <= 2 && PRONOUNS.has(words[words.length - 1]!.normal))
    return state.lastPerson && { speaker: state.lastPerson.speaker, name: state.lastPerson.name };
  // "Superintendent Farah Qureshi of Oxleigh Police": a rank in another force speaks for that force.
  if (namesAnotherForce(words, force)) {
    const other: RoleReading = { voice: 'other', rule: 'another-force' };
    state.lastPerson = { speaker: other, name };
    return { speaker: other, name };
  }
  // The same person named again by surname ("Deputy Chief Constable Blyth" after "..., Deputy Chief Constable Maggie Blyth").
  const known = state.people?.get(words[words.length - 1]!.text);
  if (known) return { speaker: known, name };
  const speaker = roleVoice(name, force) ?? ofAnotherOrganisation(words);
  if (!speaker) return undefined;
  state.lastPerson = { speaker, name };
  return { speaker, name };
}

/**
 * A person named with a post in an organisation that no rule knows ("Amira Bose, manager of the Kestrel
 * Vale Rape and Sexual Abuse Centre"): not the force, whose people are named by rank or with the force's
 * name, so another voice.
 */
function ofAnotherOrganisation(words: Token[]): RoleReading | undefined {
  const comma = words.findIndex((token) => token.text === ',');
  if (comma < 2 || comma > 4 || !words.slice(0, comma).every((token) => /^\p{Lu}/u.test(token.text))) return undefined;
  const post = words.slice(comma + 1);
  const organisation = post.findIndex(
    (token, index) =>
      (token.normal === 'of' || token.normal === 'at') && post.slice(index + 1, index + 3).some((next) => /^\p{Lu}/u.test(next.text)),
  );
  return organisation > 0 ? { voice: 'other', rule: 'post-in-another-organisation' } : undefined;
}

/** "Deputy Chief Constable Blyth also said that forces ...": the person is the last speaker, for the quotes that follow. */
function rememberReportedSpeech(tokens: Token[], spans: QuoteSpan[], force: ForceAliases, state: QuoteState): void {
  const verbs = speechVerbs();
  tokens.forEach((token, index) => {
    if (!verbs.has(token.lemma) || tokens[index + 1]?.normal !== 'that') return;
    if (spans.some((span) => token.start >= span.start && token.start < span.end)) return;
    const from = lastIndexWhere(tokens.slice(0, index), (candidate) => candidate.text === '.') + 1;
    const words = tokens.slice(from, index).filter((candidate) => candidate.pos !== 'ADV');
    const found = speakerOf(words, force, state);
    if (found) state.lastSpeaker = found;
  });
}

/**
 * Remembers the people a text names with a title ("the new National Police Coordinator for VAWG, Deputy
 * Chief Constable Maggie Blyth"): the last one for a later "she said", and each one's role by surname, as
 * first given, for when they are named again.
 */
function rememberPerson(text: string, force: ForceAliases, state: QuoteState): void {
  if (!/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(text)) return;
  const titled = roleVoice(text, force, true);
  if (!titled) return;
  const names = nameRuns(text);
  state.lastPerson = { speaker: titled, name: names[names.length - 1] ?? text.trim().slice(-80) };
  state.people ??= new Map();
  for (const name of names) {
    const surname = name.split(' ').pop()!;
    if (!state.people.has(surname)) state.people.set(surname, titled);
  }
}

/** Each run of two or more capitalised words, in order ("Deputy Chief Constable Maggie Blyth", "Jo Bloggs"): the last word of each is taken for a surname. */
function nameRuns(text: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length >= 2) found.push(run.join(' '));
    run = [];
  };
  for (const word of text.split(/\s+/u)) {
    const clean = dropTail(word.replace(/^[“"‘(]+/u, ''), (char) => /[.,;:’'”")!?]/u.test(char));
    if (/^\p{Lu}\p{Ll}/u.test(clean)) run.push(clean);
    else close();
    if (/[.,;:!?)]$/u.test(word)) close();
  }
  close();
  return found;
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (test(items[index]!)) return index;
  return -1;
}
