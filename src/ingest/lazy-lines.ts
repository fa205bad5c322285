import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Blank lines added to a text, so positions can be mapped back to the original. */
export interface Insertions {
  text: string;
  /** 1-based numbers, in the new text, of the blank lines added. */
  lines: number[];
  /** Offsets, in the new text, of the newline characters added. */
  offsets: number[];
}

const LIST_MARKER = /^\s{0,3}([-*+•]|\d{1,9}[.)])\s+\S/u;
const SENTENCE_END = /[.!?:;…"”’)]\s*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * In plain text, a line that follows a bullet with no marker and no indent starts new prose, but
 * markdown would read it as the bullet's "lazy" continuation. This puts a blank line before each
 * such line (unless it plainly continues the bullet's sentence) and records what it added.
 */
export function separateProseAfterLists(text: string): Insertions {
  const lines = text.split('\n');
  const out: string[] = [];
  const added: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  let inList = false;
  let previous = '';
  for (const line of lines) {
    const blank = line.trim() === '';
    if (LIST_MARKER.test(line)) inList = true;
    else if (blank) inList = false;
    else if (inList && !/^\s/.test(line) && !(STARTS_LOWER.test(line) && !SENTENCE_END.test(previous))) {
      added.push(out.length + 1);
      offsets.push(offset);
      out.push('');
      offset += 1;
      inList = false;
    }
    out.push(line);
    offset += line.length + 1;
    previous = line;
  }
  return { text: out.join('\n'), lines: added, offsets };
}

/** Moves every position in a tree parsed from the new text back to the original text. */
export function restorePositions(tree: Node, insertions: Insertions): void {
  if (insertions.lines.length === 0) return;
  const before = (sorted: number[], value: number): number => {
    let count = 0;
    for (const item of sorted) if (item < value) count += 1;
    return count;
  };
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      point.line -= before(insertions.lines, point.line);
      if (point.offset !== undefined) point.offset -= before(insertions.offsets, point.offset);
    }
  });
}
