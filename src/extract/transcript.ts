import type { Voice } from '../model/index.js';
import type { ForceAliases } from './agent.js';
import { castListLabels, roleVoice } from './speakers.js';

/** A block of a document as the transcript reader needs it: its kind and its text. */
export interface LabelledBlock {
  kind: string;
  text: string;
}

/** A turn of a transcript: whose voice it is in, and where the speech starts after the speaker's label. */
export interface Turn {
  voice: Voice;
  speechStart: number;
}

/**
 * "HELEN MARWOOD (Chief Constable): ...", "Dev Pattani: ...", "[00:14:31] SUNITA RAHMAN: ...": a
 * timestamp if the transcript keeps one, a speaker's name, a role in brackets, and a colon.
 */
const SPEAKER_LABEL =
  /^\s*(?:\[?\d{1,2}(?::\d{2}){1,2}\]?\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:\(([^()]{2,80})\))?\s*:\s+\S/u;

/** A cast list's opening label and colon ("Panel:", "On the panel:"), captured lower-cased by the caller. */
const CAST_LABEL = /^\s*(\p{L}[\p{L} ]{2,29}):\s+(\S.*)$/su;

/** One person of a cast list: the words of the entry, upper-cased, and the voice its role gives. */
interface CastEntry {
  words: string;
  voice: Voice;
}

/**
 * The people a transcript's cast list names ("Panel: Jo Bell, chief executive of Oakford Women's
 * Aid (chair); Chief Inspector Sam Reid, Oakford Police"), each with the voice the role beside the
 * name gives. The labels that open a cast list are data (src/extract/data/speech.yaml).
 */
export function castList(text: string, force: ForceAliases): CastEntry[] {
  const match = CAST_LABEL.exec(text);
  if (!match || !castListLabels().has(match[1]!.toLocaleLowerCase('en-GB').trim())) return [];
  return match[2]!
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => ({ words: ` ${entry.toLocaleUpperCase('en-GB')} `, voice: roleVoice(entry, force)?.voice ?? 'other' }));
}

/** The voice of the cast list entry that names a speaker ("OWEN TRANTER" in "Assistant Chief Constable Owen Tranter, ..."). */
function castVoice(cast: readonly CastEntry[], name: string): Voice | undefined {
  const named = cast.filter((entry) => entry.words.includes(` ${name} `) || entry.words.includes(` ${name},`));
  return named.length === 1 ? named[0]!.voice : undefined;
}

/** The fewest labelled turns that make a document a transcript. */
const MIN_TURNS = 2;

/**
 * The voice of each turn of a transcript (an interview, a phone-in, a panel's questions): a
 * paragraph that opens with a speaker's name and a colon is that speaker's. The role in brackets
 * the first time a name is given ("DEV PATTANI (presenter):") says whose voice the name speaks
 * in from then on, by the titles of `titles.yaml`; a role no title names (a presenter, a caller)
 * is another voice. A name given no role in brackets takes the role its entry in the cast list
 * gives ("Panel: ..."); a name never given a role is left to the rest of the reader.
 */
export function transcriptVoices(blocks: readonly LabelledBlock[], force: ForceAliases): Map<number, Turn> {
  const names = new Map<string, Voice>();
  const turns = new Map<number, Turn>();
  const cast: CastEntry[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const entries = castList(block.text, force);
    if (entries.length > 0) {
      cast.push(...entries);
      return;
    }
    const match = SPEAKER_LABEL.exec(block.text);
    if (!match) return;
    const name = match[1]!.toLocaleUpperCase('en-GB');
    const role = match[2];
    if (role !== undefined) {
      const voice = roleVoice(role, force)?.voice ?? 'other';
      names.set(name, voice);
      turns.set(index, { voice, speechStart: match[0].length - 1 });
      return;
    }
    const known = names.get(name) ?? castVoice(cast, name);
    if (known !== undefined) turns.set(index, { voice: known, speechStart: match[0].length - 1 });
  });
  return turns.size >= MIN_TURNS ? turns : new Map();
}
