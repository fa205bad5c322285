import { loadPackageData } from '../io/data-file.js';

interface CueData {
  commitment: { id: string; pattern: string }[];
  'not-commitment': { id: string; pattern: string }[];
  'commitment-lead-in': string[];
  'imperative-verbs': string[];
  'imperative-openings': string[];
  'imperative-not-before': string[];
  continuation: string;
  signature: string;
  'other-voices': string[];
}

/** The compiled commitment cues from `src/extract/data/cues.yaml`. */
export interface CommitmentCues {
  commitment: { id: string; pattern: RegExp }[];
  notCommitment: { id: string; pattern: RegExp }[];
  commitmentLeadIn: RegExp[];
  imperativeVerbs: Set<string>;
  imperativeOpenings: RegExp[];
  imperativeNotBefore: Set<string>;
  continuation: RegExp;
  signature: RegExp;
  otherVoices: RegExp[];
}

let cached: CommitmentCues | undefined;

/** Loads and compiles the commitment cues once. */
export function commitmentCues(): CommitmentCues {
  if (cached) return cached;
  const data = loadPackageData<CueData>('src/extract/data/cues.yaml');
  const compile = (pattern: string): RegExp => new RegExp(pattern, 'iu');
  cached = {
    commitment: data.commitment.map((cue) => ({ id: cue.id, pattern: compile(cue.pattern) })),
    notCommitment: data['not-commitment'].map((cue) => ({ id: cue.id, pattern: compile(cue.pattern) })),
    commitmentLeadIn: data['commitment-lead-in'].map(compile),
    imperativeVerbs: new Set(data['imperative-verbs'].map((verb) => verb.toLowerCase())),
    imperativeOpenings: data['imperative-openings'].map(compile),
    imperativeNotBefore: new Set(data['imperative-not-before'].map((word) => word.toLowerCase())),
    continuation: compile(data.continuation),
    signature: new RegExp(data.signature, 'u'),
    otherVoices: data['other-voices'].map(compile),
  };
  return cached;
}

/** Strips quotation marks and list markup around a sentence. */
export function cleanSentence(text: string): string {
  // A run of quotes and spaces is matched once and dropped only at the end, so this stays linear.
  return text
    .replace(/^[\s"“”'‘’]+/u, '')
    .replace(/[\s"“”'‘’]+/gu, (run, offset: number, whole: string) => (offset + run.length === whole.length ? '' : run))
    .replace(/\s+/g, ' ');
}

/** True when a sentence ends with a colon, introducing what follows. */
export function isLeadIn(sentence: string): boolean {
  const end = sentence.trimEnd();
  const unquoted = end.endsWith('"') || end.endsWith('”') ? end.slice(0, -1).trimEnd() : end;
  return unquoted.endsWith(':');
}

/** True when a lead-in promises what its list holds ("To do this we will:"). */
export function isCommitmentLeadIn(sentence: string, cues: CommitmentCues = commitmentCues()): boolean {
  return cues.commitmentLeadIn.some((pattern) => pattern.test(sentence)) || commitmentCueOf(sentence, cues) !== undefined;
}

/** The id of the cue that makes a sentence a commitment, or undefined. */
export function commitmentCueOf(sentence: string, cues: CommitmentCues = commitmentCues()): string | undefined {
  if (cues.notCommitment.some((cue) => cue.pattern.test(sentence))) return undefined;
  return cues.commitment.find((cue) => cue.pattern.test(sentence))?.id;
}

/** True when a sentence goes on, in the future tense, from a commitment just before it. */
export function continuesCommitment(sentence: string, cues: CommitmentCues = commitmentCues()): boolean {
  return cues.continuation.test(sentence) && !cues.notCommitment.some((cue) => cue.pattern.test(sentence));
}

/** For a signature line ("Jane Doe - Police and Crime Commissioner"): whether it signs for someone other than the force; undefined when the line is no signature. */
export function signsForOtherVoice(line: string, cues: CommitmentCues = commitmentCues()): boolean | undefined {
  const match = cues.signature.exec(line.trim());
  if (!match) return undefined;
  const role = match[match.length - 1] ?? '';
  return cues.otherVoices.some((pattern) => pattern.test(role));
}

/** True when a sentence opens with an imperative verb, optionally after a "Working with partners," opening. */
export function startsImperative(sentence: string, cues: CommitmentCues = commitmentCues()): boolean {
  if (firstWordIsImperative(sentence, cues)) return true;
  for (const opening of cues.imperativeOpenings) {
    const match = opening.exec(sentence);
    if (match && firstWordIsImperative(sentence.slice(match[0].length), cues)) return true;
  }
  return false;
}

function firstWordIsImperative(text: string, cues: CommitmentCues): boolean {
  const [, first, second] = /^[^\p{L}]*(\p{L}+)(?:[^\p{L}]+(\p{L}+))?/u.exec(text) ?? [];
  if (first === undefined || !cues.imperativeVerbs.has(first.toLowerCase())) return false;
  return second === undefined || !cues.imperativeNotBefore.has(second.toLowerCase());
}
