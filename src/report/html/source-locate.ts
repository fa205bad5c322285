import { LineIndex } from '../../extract/locate.js';
import type { SourcePosition } from '../../model/index.js';
import { stemsOf, tokenize } from '../../text/tokens.js';
import type { SourceLine } from './input.js';

/** A span of text, as offsets into a string (end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a commitment's sentence lies in its source; `exact` is false when the source no longer says it word for word. */
export interface LocatedSentence extends TextRange {
  exact: boolean;
}

/** A commitment whose text differs from its source still gets the longest matching start highlighted, if at least this long. */
const MIN_PARTIAL_MATCH = 12;

/**
 * The lines of a source joined into one string, with what is needed to go from a commitment's
 * position (page, line, column) to an offset, and to compare text whatever its spacing, markup,
 * punctuation, hyphenation, case or running headers between: the letters and digits of the
 * text (page furniture left out), folded, each with the offset it came from.
 */
export class SourceIndex {
  readonly text: string;
  private readonly lineStarts: number[] = [];
  private readonly lineByPosition = new Map<string, number>();
  private readonly folded: string[] = [];
  private readonly foldedOffsets: number[] = [];
  private readonly foldedEnds: number[] = [];
  private readonly lineIndex: LineIndex;

  /** Indexes the lines of one source. */
  constructor(readonly lines: SourceLine[]) {
    let offset = 0;
    lines.forEach((line, index) => {
      this.lineStarts.push(offset);
      const key = positionKey(line);
      if (!this.lineByPosition.has(key)) this.lineByPosition.set(key, index);
      offset += line.text.length + 1;
    });
    this.text = lines.map((line) => line.text).join('\n');
    this.lineIndex = new LineIndex(this.text);
    lines.forEach((line, index) => {
      if (line.furniture) return;
      let at = this.lineStarts[index] ?? 0;
      for (const character of line.text) {
        for (const folded of foldCharacter(character)) {
          this.folded.push(folded);
          this.foldedOffsets.push(at);
          this.foldedEnds.push(at + character.length);
        }
        at += character.length;
      }
    });
  }

  /** The index in `lines` of the line a position names, if the source has it. */
  lineIndexOf(position: { line: number; page?: number }): number | undefined {
    return this.lineByPosition.get(positionKey(position));
  }

  /** Offset of the first character of a line. */
  lineStart(index: number): number {
    return this.lineStarts[index] ?? this.text.length;
  }

  /** Offset just after the last character of a line. */
  lineEnd(index: number): number {
    return this.lineStart(index) + (this.lines[index]?.text.length ?? 0);
  }

  /** The index of the line an offset falls on. */
  lineAt(offset: number): number {
    return this.lineIndex.position(offset).line - 1;
  }

  /**
   * Finds a commitment's text in the source, starting on the line of its position: the match
   * closest to its column wins. When the text is no longer in the source word for word (an analyst
   * reworded it, or the source changed), the longest matching beginning is returned, or the rest
   * of the line from the column; both with `exact: false`.
   */
  locate(position: SourcePosition, text: string): LocatedSentence | undefined {
    const lineIndex = this.lineIndexOf(position);
    if (lineIndex === undefined) return undefined;
    const lineStart = this.lineStart(lineIndex);
    const lineEnd = this.lineEnd(lineIndex);
    const column = Math.min(lineEnd, lineStart + Math.max(0, position.column - 1));
    const target = [...text].flatMap(foldCharacter);
    const first = this.firstFoldedAt(lineStart);
    const last = this.firstFoldedAt(lineEnd) - 1;
    const pivot = Math.min(Math.max(this.firstFoldedAt(column), first), last + 1);
    let best: { from: number; length: number; distance: number } | undefined;
    // Outwards from the column, so the nearest exact match ends the search and a long line is read only when the text moved.
    for (let right = pivot, left = pivot - 1; right <= last || left >= first; right += 1, left -= 1) {
      for (const from of [right, left]) {
        if (from < first || from > last) continue;
        const offset = this.foldedOffsets[from] ?? 0;
        if (!this.startsWord(offset)) continue;
        const length = this.commonPrefix(from, target);
        const distance = Math.abs(offset - column);
        if (!best || length > best.length || (length === best.length && distance < best.distance)) best = { from, length, distance };
      }
      if (best && target.length > 0 && best.length === target.length) break;
    }
    if (best && target.length > 0 && best.length >= Math.min(target.length, MIN_PARTIAL_MATCH)) {
      const start = this.foldedOffsets[best.from] ?? 0;
      const end = this.foldedEnds[best.from + best.length - 1] ?? start;
      return { start, end: this.extendToWordEnd(end), exact: best.length === target.length };
    }
    return { start: column, end: lineEnd, exact: false };
  }

  private firstFoldedAt(offset: number): number {
    let low = 0;
    let high = this.foldedOffsets.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((this.foldedOffsets[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private commonPrefix(from: number, target: string[]): number {
    let length = 0;
    while (length < target.length && this.folded[from + length] === target[length]) length += 1;
    return length;
  }

  private startsWord(offset: number): boolean {
    return offset === 0 || !isWordCharacter(this.text.charAt(offset - 1));
  }

  private extendToWordEnd(offset: number): number {
    let end = offset;
    while (end < this.text.length && isWordCharacter(this.text.charAt(end))) end += 1;
    return end;
  }
}

/** Where evidence phrases occur in a text, compared by stems as the classifier compares them (so "evidence led" finds "evidence-led"). */
export function phraseRanges(text: string, phrases: string[]): TextRange[] {
  const tokens = tokenize(text);
  const ranges: TextRange[] = [];
  for (const phrase of new Set(phrases)) {
    const stems = stemsOf(phrase);
    if (stems.length === 0) continue;
    for (let index = 0; index + stems.length <= tokens.length; index += 1) {
      if (stems.every((stem, offset) => tokens[index + offset]?.stem === stem)) {
        ranges.push({ start: tokens[index]!.start, end: tokens[index + stems.length - 1]!.end });
      }
    }
  }
  return mergeRanges(ranges);
}

/** Sorted, non-overlapping ranges covering the same text as the given ones. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function positionKey(position: { line: number; page?: number }): string {
  return `${position.page ?? ''}:${position.line}`;
}

function foldCharacter(character: string): string[] {
  return [...character.normalize('NFKC').toLowerCase()].filter(isWordCharacter);
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}
