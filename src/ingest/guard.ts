import { overLimit, resolveLimits, type Limits } from '../io/limits.js';

/** Turns a line number of the text being guarded into the line a reader sees in the file (text sources gain blank lines before parsing). */
export type LineMapper = (line: number) => number;

const SPACE = 32;
const TAB = 9;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Refuses, in one linear pass and before markdown parsing, a source that would make the parser
 * crawl or its tree too big: a line over `max-line` characters; a paragraph (the lines of one
 * block of inline text, which markdown parses as a whole) over `max-paragraph`; lists and quotes
 * nested deeper than `max-nesting`, counting markers stacked on one line (`- - -`, `> - >`) as
 * well as indentation across lines; more blocks than `max-nodes` allows tree nodes. Lines end at
 * LF, CRLF or a lone CR.
 */
export function guardSource(text: string, file: string, limits: Limits = resolveLimits(), lineOf: LineMapper = (line) => line): void {
  const nesting = new NestingTracker();
  const blocks = new BlockCounter(limits['max-nodes']);
  let paragraph: { line: number; length: number; table: boolean } | undefined;
  let fence: string | undefined;
  let previousBlank = true;
  let line = 0;
  let start = 0;
  for (;;) {
    line += 1;
    const end = lineEnd(text, start);
    const length = end - start;
    const where = { file, line: lineOf(line), column: 1 };
    const head = leadingContainers(text, start, end);
    const fenceMark = FENCE.exec(text.slice(head.contentStart, Math.min(end, head.contentStart + 8)))?.[1];
    const blank = isBlank(text, head.contentStart, end);
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0]) fence = undefined;
    } else if (fenceMark !== undefined) {
      fence = fenceMark;
      paragraph = undefined;
    } else if (blank) {
      if (head.markers === 0) paragraph = undefined;
    } else {
      const depth = nesting.depth(head, previousBlank);
      if (depth > limits['max-nesting']) {
        throw overLimit('max-nesting', `lists or quotes nested ${count(depth)} levels deep`, limits['max-nesting'], where);
      }
      if (length > limits['max-line']) throw tooLong(length, limits, where);
      const heading =
        text.charCodeAt(head.contentStart) === 35 && /^#{1,6}(?:[ \t]|$)/.test(text.slice(head.contentStart, head.contentStart + 8));
      if (
        paragraph?.table === false &&
        !heading &&
        head.markers === 0 &&
        paragraph.length > 0 &&
        DELIMITER_ROW.test(text.slice(start, end))
      ) {
        paragraph.table = true;
      }
      if (head.markers > 0 || heading || !paragraph || paragraph.table) {
        const tableRow = paragraph?.table === true && head.markers === 0 && !heading;
        if (!tableRow) blocks.add(head.listItems + 2, line);
        paragraph = { line, length: 0, table: tableRow };
      }
      paragraph.length += length + 1;
      if (paragraph.length > limits['max-paragraph']) {
        const total = paragraph.length - length - 1 + restOfParagraph(text, start);
        throw overLimit('max-paragraph', `paragraph is ${count(total)} characters long`, limits['max-paragraph'], {
          ...where,
          line: lineOf(paragraph.line),
        });
      }
    }
    if (length > limits['max-line']) throw tooLong(length, limits, where);
    previousBlank = blank && head.markers === 0;
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (blocks.overAt !== undefined) {
    throw overLimit('max-nodes', `makes at least ${count(blocks.total)} tree nodes`, limits['max-nodes'], {
      file,
      line: lineOf(blocks.overAt),
      column: 1,
    });
  }
}

function tooLong(length: number, limits: Limits, where: { file: string; line: number; column: number }): Error {
  return overLimit('max-line', `line is ${count(length)} characters long`, limits['max-line'], where);
}

/** Counts the least number of tree nodes the blocks will make, and the line at which they pass the limit. */
class BlockCounter {
  total = 1;
  overAt: number | undefined;

  constructor(private readonly limit: number) {}

  /** Adds a block's nodes: a list item per list marker, and a paragraph or heading with its text. */
  add(nodes: number, line: number): void {
    this.total += nodes;
    if (this.overAt === undefined && this.total > this.limit) this.overAt = line;
  }
}

/** The containers a line opens before its content. */
interface LineHead {
  /** Quote and list markers stacked at the start of the line. */
  markers: number;
  listItems: number;
  quotes: number;
  /** Column of the first list marker after the quote markers (tabs to the next multiple of four); -1 without one. */
  listColumn: number;
  /** Column where the content starts. */
  contentColumn: number;
  contentStart: number;
}

function leadingContainers(text: string, start: number, end: number): LineHead {
  const head: LineHead = { markers: 0, listItems: 0, quotes: 0, listColumn: -1, contentColumn: 0, contentStart: start };
  let firstMarker = -1;
  let sameMarker = true;
  let index = start;
  let column = 0;
  for (;;) {
    while (index < end && (text.charCodeAt(index) === SPACE || text.charCodeAt(index) === TAB)) {
      column = text.charCodeAt(index) === TAB ? column + 4 - (column % 4) : column + 1;
      index += 1;
    }
    const code = text.charCodeAt(index);
    if (index < end && code === 62 /* > */) {
      head.quotes += 1;
      head.markers += 1;
      index += 1;
      column += 1;
      continue;
    }
    const marker = listMarkerLength(text, index, end);
    if (marker === 0) break;
    if (firstMarker < 0) firstMarker = code;
    else if (code !== firstMarker) sameMarker = false;
    if (head.listColumn < 0) head.listColumn = column;
    head.listItems += 1;
    head.markers += 1;
    index += marker;
    column += marker;
  }
  head.contentStart = index;
  head.contentColumn = column;
  // Three or more of the same dash or star and nothing else is a thematic break, not nested lists.
  const thematicBreak =
    index >= end && head.quotes === 0 && head.listItems >= 3 && sameMarker && (firstMarker === 45 || firstMarker === 42);
  return thematicBreak ? { ...head, markers: 0, listItems: 0, listColumn: -1 } : head;
}

/** Length of a list marker (`-`, `*`, `+`, `•`, `1.`, `1)`) at `index` when a space, a tab or the line end follows it; 0 otherwise. */
function listMarkerLength(text: string, index: number, end: number): number {
  if (index >= end) return 0;
  const code = text.charCodeAt(index);
  let length = 0;
  if (code === 45 || code === 42 || code === 43 || code === 0x2022) length = 1;
  else {
    while (length < 9 && index + length < end && isDigit(text.charCodeAt(index + length))) length += 1;
    if (length === 0 || index + length >= end) return 0;
    const after = text.charCodeAt(index + length);
    if (after !== 46 && after !== 41) return 0;
    length += 1;
  }
  const next = index + length;
  if (next < end && text.charCodeAt(next) !== SPACE && text.charCodeAt(next) !== TAB) return 0;
  return length;
}

/**
 * Nesting across lines: a list item nests under the earlier items that start further left (as
 * markdown, and the indent-based nesting of converted documents, read them) inside the same
 * quotes; a paragraph at the left margin after a blank line ends the lists above it.
 */
class NestingTracker {
  private columns: number[] = [];
  private quotes = 0;

  /** The depth of lists and quotes the line sits at. */
  depth(head: LineHead, previousBlank: boolean): number {
    if (head.quotes !== this.quotes) {
      this.columns = [];
      this.quotes = head.quotes;
    }
    if (head.listItems === 0) {
      if (head.quotes === 0 && head.contentColumn === 0 && previousBlank) this.columns = [];
      return head.markers;
    }
    while (this.columns.length > 0 && (this.columns[this.columns.length - 1] as number) >= head.listColumn) this.columns.pop();
    const depth = this.columns.length + head.markers;
    this.columns.push(head.listColumn);
    return depth;
  }
}

function lineEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The characters of a paragraph from the line at `start` to its end, for the message. */
function restOfParagraph(text: string, start: number): number {
  let total = 0;
  let index = start;
  while (index < text.length) {
    const end = lineEnd(text, index);
    if (isBlank(text, index, end)) break;
    total += end - index + 1;
    index = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return total - 1;
}

function count(value: number): string {
  return value.toLocaleString('en-GB');
}
