interface Segment {
  /** Where the segment starts in the edited text. */
  start: number;
  length: number;
  /** Where it came from in the source: copied text maps one to one, inserted text maps to this one offset. */
  source: number;
  copied: boolean;
}

/**
 * A text made from a source by copying, skipping and inserting, that remembers where every
 * character came from, so positions in a tree parsed from it can be moved back to the source.
 */
export class EditedText {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private cursor = 0;
  private built: string | undefined;

  /** Starts an edit of a source text. */
  constructor(readonly source: string) {}

  /** Copies the source from where the last copy or skip ended up to `end`. */
  copyTo(end: number): void {
    if (end > this.cursor) this.append(this.source.slice(this.cursor, end), this.cursor, true);
    this.cursor = Math.max(this.cursor, end);
  }

  /** Leaves the source out from the cursor up to `end`. */
  skipTo(end: number): void {
    this.cursor = Math.max(this.cursor, end);
  }

  /** Writes text that is not in the source, standing for the source at the cursor. */
  insert(text: string): void {
    if (text !== '') this.append(text, this.cursor, false);
  }

  /** Copies the rest of the source and returns the edited text. */
  finish(): string {
    this.copyTo(this.source.length);
    this.built = this.parts.join('');
    return this.built;
  }

  /** The edited text (after `finish`). */
  get text(): string {
    return this.built ?? this.parts.join('');
  }

  /** True when no edit was made: the text is the source. */
  get unchanged(): boolean {
    return this.segments.length === 1 && this.segments[0]?.copied === true && this.length === this.source.length;
  }

  /**
   * The source offset of an offset in the edited text. At the seam between two segments a
   * start (`bias: 'start'`) belongs to the segment after it and an end to the one before it.
   */
  toSource(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segment = this.segmentAt(offset, bias);
    if (!segment) return this.source.length;
    return segment.copied ? segment.source + Math.min(offset - segment.start, segment.length) : segment.source;
  }

  /** The copied runs of the edited text between two offsets, each with its source offset; undefined when inserted text lies between them. */
  sourceRuns(start: number, end: number): { start: number; end: number; source: number }[] | undefined {
    const runs: { start: number; end: number; source: number }[] = [];
    for (let index = Math.max(0, this.indexAt(start, 'start')); index < this.segments.length; index += 1) {
      const segment = this.segments[index] as Segment;
      if (segment.start >= end) break;
      const from = Math.max(start, segment.start);
      const to = Math.min(end, segment.start + segment.length);
      if (from >= to) continue;
      if (!segment.copied) return undefined;
      runs.push({ start: from, end: to, source: segment.source + from - segment.start });
    }
    return runs;
  }

  private append(text: string, source: number, copied: boolean): void {
    this.parts.push(text);
    this.segments.push({ start: this.length, length: text.length, source, copied });
    this.length += text.length;
    this.built = undefined;
  }

  private segmentAt(offset: number, bias: 'start' | 'end'): Segment | undefined {
    return this.segments[Math.max(this.indexAt(offset, bias), 0)];
  }

  /** The index of the last segment that starts at or before an offset (before it, for an end); -1 when none does. */
  private indexAt(offset: number, bias: 'start' | 'end'): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = this.segments[middle] as Segment;
      const begins = bias === 'start' ? segment.start <= offset : segment.start < offset;
      if (begins) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
