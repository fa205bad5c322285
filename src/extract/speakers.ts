import type { Voice } from '../model/index.js';
import type { ForceAliases } from './agent.js';
import { extractionLexicon, findPhrase, PhraseIndex, phraseWords } from './lexicon.js';
import { loadPackageData } from '../io/data-file.js';
import type { Token } from '../text/tagger.js';
import { isMonthName } from '../text/months.js';

/** A voice found from a role or a body named in a text, with the rule that found it. */
export interface RoleReading {
  voice: Voice;
  rule: string;
}

const BODY_VOICES: Record<string, Voice> = {
  national: 'national',
  government: 'government',
  pcc: 'pcc',
  partner: 'partner',
  other: 'other',
  force: 'force',
};

/** The voice of the role or body a short text names ("Assistant Chief Constable ...", "Police and Crime Commissioner", "the county council"): the longest phrase wins. */
export function roleVoice(text: string, force: ForceAliases, titlesOnly = false): RoleReading | undefined {
  const words = phraseWords(text);
  const { titles, bodies } = roleIndexes();
  let best: (RoleReading & { length: number }) | undefined;
  const consider = (reading: RoleReading, phrase: string[]): void => {
    if (!best || phrase.length > best.length) best = { ...reading, length: phrase.length };
  };
  for (const { phrase, payload } of titles.found(words)) consider(payload, phrase);
  if (titlesOnly) return best && { voice: best.voice, rule: best.rule };
  for (const { phrase, payload } of bodies.found(words)) consider(payload, phrase);
  for (const phrase of force.phrases) if (findPhrase(words, phrase) >= 0) consider({ voice: 'force', rule: 'force-alias' }, phrase);
  return best && { voice: best.voice, rule: best.rule };
}

let indexes: { titles: PhraseIndex<RoleReading>; bodies: PhraseIndex<RoleReading> } | undefined;

/** The phrases of the titles, and of the bodies that have a voice, indexed once in the data files' order. */
function roleIndexes(): { titles: PhraseIndex<RoleReading>; bodies: PhraseIndex<RoleReading> } {
  if (indexes) return indexes;
  const lexicon = extractionLexicon();
  const titles = lexicon.titles.flatMap((rule) =>
    rule.phrases.map((phrase) => ({ phrase, payload: { voice: rule.voice, rule: rule.id } })),
  );
  const bodies = lexicon.agents.flatMap((rule) => {
    const voice = BODY_VOICES[rule.class];
    return voice ? rule.phrases.map((phrase) => ({ phrase, payload: { voice, rule: rule.id } })) : [];
  });
  indexes = { titles: new PhraseIndex(titles), bodies: new PhraseIndex(bodies) };
  return indexes;
}

/**
 * Whether a short paragraph is a signature or byline ("Chief Constable Sarah Lindqvist",
 * "Alison Carver, Wealdshire Police and Crime Commissioner"): a named role, a capitalised name, no verb
 * of its own. A byline of several parts ("Report to the Panel · Author: Chief Inspector Jo Bloggs ·
 * OFFICIAL") is read part by part, the body a report is addressed to left out: the first part that
 * names a role gives the voice, and parts without one (a date, a reading time) are ignored.
 */
export function signatureVoice(text: string, tokens: Token[], force: ForceAliases): RoleReading | undefined {
  let start = 0;
  for (const part of text.split(/([·|])/u)) {
    const end = start + part.length;
    const own = part === '·' || part === '|' ? undefined : partVoice(part, tokens, start, end, force);
    if (own) return own;
    start = end;
  }
  return undefined;
}

/** An email address or a web address. */
const ADDRESS = /[^\s@]+@[^\s@]+|\b(?:https?:\/\/|www\.)\S+/giu;

/** A copyright notice: "©", "(c)" or "Copyright" before the owner's name. */
const COPYRIGHT = /^\s*(?:©|\(c\)|copyright\b)/iu;

/** The role one part of a byline names, when the part reads as a signature (no verb, a capitalised name). */
function partVoice(part: string, tokens: Token[], start: number, end: number, force: ForceAliases): RoleReading | undefined {
  // "© Oakford Police 2026" names who owns the page, not who signs the text above it.
  if (COPYRIGHT.test(part)) return undefined;
  // "Consultation: Home Office, ...", "To: the Commissioner": the body named is answered or written to.
  if (opensWithAddresseeLabel(part)) return undefined;
  // An address names a mailbox or a site, not the person who signs ("vawg@oakford.police.uk").
  // "Inquiry: Policing and VAWG", "Author: Chief Constable Jo Bell": a label names what follows it; what follows is the byline.
  const colon = part.lastIndexOf(':');
  const main = withoutAddressee(colon >= 0 ? part.slice(colon + 1) : part).replace(ADDRESS, ' ');
  const words = main.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  // A full stop ends a sentence, not a signature, unless it ends an abbreviated title ("Supt."); "by March." is a date.
  const abbreviation = /\b([A-Z][a-z]*)\.$/.exec(main.trim());
  if (
    words.length < 2 ||
    words.length > 16 ||
    (/[.!?:]["”]?\s*$/u.test(main.trim()) && (abbreviation === null || isMonthName(abbreviation[1]!)))
  )
    return undefined;
  if (tokens.some((token) => token.start >= start && token.start < end && token.pos === 'AUX')) return undefined;
  const role = roleVoice(main, force);
  if (!role) return undefined;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised >= 2 ? role : undefined;
}

/**
 * A title or heading without the body it is addressed to or measured against: in "Response to HMICFRS",
 * "Report to the Police and Crime Panel" or "Self-assessment against the NPCC framework" the body after
 * "to", "against", "for" or "under" receives the document or sets its standard; it does not speak in it.
 */
export function withoutAddressee(text: string): string {
  return text.replace(/\b(?:to|against|for|under)\b[^:–—,;.()]*/giu, ' ');
}

interface SpeechData {
  rules: { id: string; lemmas?: string[]; labels?: string[]; 'addressee-labels'?: string[] }[];
}

/** Whom a verb of telling tells ("told us that ...", "told us: ..."). */
const TOLD = new Set(['us', 'me', 'you', 'him', 'her', 'them']);

/** Whether a word is the one a verb of telling tells, between the verb and what is told. */
export function isOneTold(word: string): boolean {
  return TOLD.has(word.toLowerCase());
}

let addressees: Set<string> | undefined;

/** Whether a byline's part opens with a label naming what the document answers or whom it is sent to ("Consultation:", "To:"). */
export function opensWithAddresseeLabel(part: string): boolean {
  addressees ??= new Set(
    loadPackageData<SpeechData>('src/extract/data/speech.yaml').rules.flatMap((rule) => rule['addressee-labels'] ?? []),
  );
  const colon = part.indexOf(':');
  if (colon < 0) return false;
  const label = part.slice(0, colon).replace(/[*_]/gu, '').trim().toLowerCase();
  return addressees.has(label);
}

let speechLemmas: Set<string> | undefined;

/** Lemmas of the verbs that attribute speech (src/extract/data/speech.yaml). */
export function speechVerbs(): Set<string> {
  speechLemmas ??= new Set(loadPackageData<SpeechData>('src/extract/data/speech.yaml').rules.flatMap((rule) => rule.lemmas ?? []));
  return speechLemmas;
}

let castLabels: Set<string> | undefined;

/** The labels that open a transcript's cast list ("Panel:", "Speakers:"), lower-cased (src/extract/data/speech.yaml). */
export function castListLabels(): Set<string> {
  castLabels ??= new Set(loadPackageData<SpeechData>('src/extract/data/speech.yaml').rules.flatMap((rule) => rule.labels ?? []));
  return castLabels;
}
