import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import { MAX_JOINED_LINES } from './lazy-lines.js';
import { parseMarkdown } from './parse-markdown.js';
import { shiftPositions } from './positions.js';

import { continuesLine } from './line-joins.js';

interface SourceLine {
  text: string;
  offset: number;
  line: number;
  column: number;
}

/**
 * Splits plain-text paragraphs into one paragraph per line, as web pages flattened to text
 * put one block on each line; a line that plainly continues the sentence above is kept with it.
 */
export function splitTextLines(tree: Root, source: string, width = Number.POSITIVE_INFINITY): void {
  splitInside(tree, source, width);
}

function splitInside(parent: Parent, source: string, width: number): void {
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph') children.push(...splitParagraph(child, source, width));
    else {
      if ('children' in child) splitInside(child as Parent, source, width);
      children.push(child);
    }
  }
  (parent as Parent & { children: RootContent[] }).children = children;
}

function splitParagraph(paragraph: Paragraph, source: string, width: number): RootContent[] {
  const position = paragraph.position;
  if (!position || position.start.line === position.end.line) return [paragraph];
  const start = position.start.offset ?? 0;
  const end = position.end.offset ?? source.length;
  const lines = sourceLines(source.slice(start, end), start, position.start.line, position.start.column);
  const groups = groupLines(lines, width);
  if (groups.length === 1) return [paragraph];
  return groups.flatMap((group) => {
    const first = group[0] as SourceLine;
    const last = group[group.length - 1] as SourceLine;
    const indent = /^[ \t]*/.exec(first.text)?.[0].length ?? 0;
    const start = { line: first.line, column: first.column + indent, offset: first.offset + indent };
    const text = source.slice(start.offset, last.offset + last.text.length);
    if (group.length === 1 && !MARKUP.test(text)) return [plainParagraph(text.trimEnd(), start)];
    const fragment = parseMarkdown(text);
    shiftPositions(fragment, start);
    return fragment.children;
  });
}

/** Characters that may start inline markup or a block of their own; a line without them is plain text. */
const MARKUP = /[*_`[\]!<>&\\#|~=+-]|^\s*\d+[.)]/;

/** A paragraph of one plain line, built directly: parsing thousands of plain lines one by one is slow. */
function plainParagraph(text: string, start: { line: number; column: number; offset: number }): Paragraph {
  const end = { line: start.line, column: start.column + text.length, offset: start.offset + text.length };
  const position = { start: { ...start }, end };
  return { type: 'paragraph', children: [{ type: 'text', value: text, position: { start: { ...start }, end: { ...end } } }], position };
}

function sourceLines(slice: string, offset: number, line: number, column: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let cursor = offset;
  slice.split('\n').forEach((text, index) => {
    lines.push({ text, offset: cursor, line: line + index, column: index === 0 ? column : 1 });
    cursor += text.length + 1;
  });
  return lines;
}

function groupLines(lines: SourceLine[], width: number): SourceLine[][] {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && current.length < MAX_JOINED_LINES && continuesSentence(current, previous, line, width)) current.push(line);
    else groups.push([line]);
  }
  return groups;
}

function continuesSentence(group: SourceLine[], previous: SourceLine, next: SourceLine, width: number): boolean {
  const strongMarks = group.reduce((count, line) => count + (line.text.match(/\*\*/g)?.length ?? 0), 0);
  if (strongMarks % 2 === 1) return true;
  return continuesLine(previous.text, next.text, width);
}
