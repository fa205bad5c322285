import type { Voice } from '../model/index.js';
import type { ForceAliases } from './agent.js';
import { roleVoice } from './speakers.js';
import type { LabelledBlock, Turn } from './transcript.js';

/** An account handle on a social media platform: "@RavenmoorPolice". */
const HANDLE = /(?:^|[\s·(,])@[\p{L}\p{N}_]{2,30}/u;

/** Most words a post's header line has: a name, a handle, a date and a note such as "Replying to". */
const MAX_HEADER_WORDS = 20;

/** The fewest post headers that make a document a capture of posts. */
const MIN_POSTS = 2;

/** Posts of a capture of social media: the header lines that say who posted, and the voice of each block under one. */
export interface Posts {
  headers: Set<number>;
  voices: Map<number, Turn>;
}

/**
 * Reads a capture of social media posts, where a header line names the account that posted what
 * follows ("Ravenmoor Police @RavenmoorPolice · 24 Nov 2025 08:00", "🔁 Ravenmoor Police reposted ·
 * Ravenmoor Women's Aid @RavenmoorWA · ..."): every block up to the next header is in the voice of
 * that account's name, read by the titles and bodies the reader knows; a name none of them knows
 * (a member of the public) is another voice. A repost is the voice of the account reposted.
 */
export function postVoices(blocks: readonly LabelledBlock[], force: ForceAliases): Posts {
  const headers = new Set<number>();
  const voices = new Map<number, Turn>();
  let current: Voice | undefined;
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') {
      if (current !== undefined) voices.set(index, { voice: current, speechStart: 0 });
      return;
    }
    const [first = '', ...rest] = block.text.split('\n');
    const author = postAuthor(first);
    if (author === undefined) {
      if (current !== undefined && block.kind === 'paragraph') voices.set(index, { voice: current, speechStart: 0 });
      return;
    }
    current = roleVoice(author, force)?.voice ?? 'other';
    // A header run together with its post's first line ("jess @jess_k_88 · 25 Nov⏎walked home ...") heads the rest of its block.
    if (rest.join('').trim() === '') headers.add(index);
    else voices.set(index, { voice: current, speechStart: first.length + 1 });
  });
  return headers.size + voices.size > 0 && countHeaders(blocks) >= MIN_POSTS
    ? { headers, voices }
    : { headers: new Set(), voices: new Map() };
}

/** The name of the account a post's header line names, or undefined when the line is no such header. */
function postAuthor(line: string): string | undefined {
  const text = line.trim();
  const handle = HANDLE.exec(text);
  if (!handle || /[.!?]$/u.test(text) || !/\d/u.test(text) || text.split(/\s+/u).length > MAX_HEADER_WORDS) return undefined;
  const before = text.slice(0, handle.index);
  // "🔁 Ravenmoor Police reposted · Ravenmoor Women's Aid": the account reposted, after the last separator.
  const name = /\breposted\b/iu.test(before) ? before.slice(before.lastIndexOf('·') + 1) : before;
  return name.replace(/[^\p{L}\p{N}'’&,.\s\p{Pd}]/gu, ' ').trim();
}

function countHeaders(blocks: readonly LabelledBlock[]): number {
  return blocks.filter((block) => postAuthor(block.text.split('\n')[0] ?? '') !== undefined).length;
}
