import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Most words a run-in heading has: a pillar's or a topic's name, not a sentence set in bold. */
const MAX_RUN_IN_WORDS = 8;

/**
 * The run-in heading of a paragraph: bold words that open it and end with a full stop ("**Trust and
 * confidence.** Every officer ..."), a heading set in the paragraph's first line as reports and
 * papers do. Returns its text as written and as a section label, or undefined.
 */
export function runInHeading(nodes: readonly RootContent[]): { text: string; label: string } | undefined {
  const paragraph = nodes.length === 1 ? nodes[0] : undefined;
  if (paragraph?.type !== 'paragraph' || paragraph.children.length < 2) return undefined;
  const first = paragraph.children[0]!;
  if (first.type !== 'strong') return undefined;
  const text = toString(first).replace(/\s+/gu, ' ').trim();
  if (!/\.$/u.test(text) || text.split(' ').length > MAX_RUN_IN_WORDS) return undefined;
  return { text, label: text.replace(/\.$/u, '') };
}
