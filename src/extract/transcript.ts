import type { Voice } from '../model/index.js';
import type { ForceAliases } from './agent.js';
import { roleVoice } from './speakers.js';

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

/** "HELEN MARWOOD (Chief Constable): ...", "Dev Pattani: ...": a speaker's name, a role in brackets, and a colon. */
const SPEAKER_LABEL = /^\s*((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:\(([^()]{2,80})\))?\s*:\s+\S/u;

/** The fewest labelled turns that make a document a transcript. */
const MIN_TURNS = 2;

/**
 * The voice of each turn of a transcript (an interview, a phone-in, a panel's questions): a
 * paragraph that opens with a speaker's name and a colon is that speaker's. The role in brackets
 * the first time a name is given ("DEV PATTANI (presenter):") says whose voice the name speaks
 * in from then on, by the titles of `titles.yaml`; a role no title names (a presenter, a caller)
 * is another voice. A name never given a role is left to the rest of the reader.
 */
export function transcriptVoices(blocks: readonly LabelledBlock[], force: ForceAliases): Map<number, Turn> {
  const names = new Map<string, Voice>();
  const turns = new Map<number, Turn>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
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
    const known = names.get(name);
    if (known !== undefined) turns.set(index, { voice: known, speechStart: match[0].length - 1 });
  });
  return turns.size >= MIN_TURNS ? turns : new Map();
}
