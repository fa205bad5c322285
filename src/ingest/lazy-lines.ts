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

import { continuesLine } from './line-joins.js';

const FENCE = /^\s{0,3}(```|~~~)/;
/** A line a blank line before it would turn into an indented code block; it is split off later instead. */
const INDENTED_CODE = /^( {4}|\t)/;
/** A row of a markdown table: rows stand together, one block. */
const TABLE_ROW = /^\|.*\|[ \t]*$/u;
/** Most lines a sentence wrapped in plain text is taken to span; longer runs are split into blocks. */
export const MAX_JOINED_LINES = 12;

/**
 * Plain text captured from web pages and PDFs puts one block on each line, with no blank lines
 * between them; markdown would read such lines as one paragraph, or as a bullet's "lazy"
 * continuation. This puts a blank line between lines that are separate blocks (a line that
 * continues the sentence above stays with it: see `continuesLine`, given the text's wrap width)
 * and records what it added.
 */
export function separateTextBlocks(text: string, width = Number.POSITIVE_INFINITY): Insertions {
  const lines = text.split('\n');
  const out: string[] = [];
  const added: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  let previous = '';
  let strongMarks = 0;
  let fenced = false;
  let joined = 0;
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    const separate =
      !fenced &&
      line.trim() !== '' &&
      previous.trim() !== '' &&
      !INDENTED_CODE.test(line) &&
      !(TABLE_ROW.test(line) && TABLE_ROW.test(previous)) &&
      (joined >= MAX_JOINED_LINES || !continues(previous, line, strongMarks, width));
    joined = separate || line.trim() === '' ? 0 : joined + 1;
    if (separate) {
      added.push(out.length + 1);
      offsets.push(offset);
      out.push('');
      offset += 1;
      strongMarks = 0;
    }
    if (line.trim() === '') strongMarks = 0;
    strongMarks += line.match(/\*\*/g)?.length ?? 0;
    out.push(line);
    offset += line.length + 1;
    previous = line;
  }
  return { text: out.join('\n'), lines: added, offsets };
}

function continues(previous: string, next: string, strongMarks: number, width: number): boolean {
  if (strongMarks % 2 === 1) return true;
  return continuesLine(previous, next, width);
}

/** Moves every position in a tree parsed from the new text back to the original text. */
export function restorePositions(tree: Node, insertions: Insertions): void {
  if (insertions.lines.length === 0) return;
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      point.line -= countBelow(insertions.lines, point.line);
      if (point.offset !== undefined) point.offset -= countBelow(insertions.offsets, point.offset);
    }
  });
}

/** How many of a sorted list's values are below a value (binary search). */
export function countBelow(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A markdown list item's marker at the start of a line. */
const ITEM_LINE = /^[ \t]*([-*+]|\d{1,3}[.)])[ \t]+\S/u;
/** A line that ends a sentence: a full stop, question or exclamation mark, perhaps inside a closing quotation mark or bracket. */
const SENTENCE_END = /[.!?]["”’)]?[ \t]*$/u;
/** A line that opens a new sentence at the margin: a capital letter or a digit, with no marker, indentation, heading or table. */
const NEW_BLOCK = /^[\p{Lu}\p{N}]/u;

/**
 * In markdown, a line at the margin right under a list item belongs to the item as its "lazy" continuation.
 * A leaflet or web page saved as markdown puts its next paragraph there ("✓ ... as an emergency.⏎Every officer
 * ..."): when the item's last line ends a sentence and the line opens a new one, a blank line is put between them.
 */
export function separateLazyParagraphs(text: string): Insertions {
  const lines = text.split('\n');
  const out: string[] = [];
  const added: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  let inItem = false;
  let fenced = false;
  let previous = '';
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    const separate =
      !fenced && inItem && SENTENCE_END.test(previous) && NEW_BLOCK.test(line) && !ITEM_LINE.test(line) && !TABLE_ROW.test(line);
    if (separate) {
      added.push(out.length + 1);
      offsets.push(offset);
      out.push('');
      offset += 1;
    }
    if (line.trim() === '' || separate) inItem = false;
    if (ITEM_LINE.test(line)) inItem = true;
    out.push(line);
    offset += line.length + 1;
    previous = line;
  }
  return { text: out.join('\n'), lines: added, offsets };
}
