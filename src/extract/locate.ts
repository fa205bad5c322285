/** Converts offsets in a source text to 1-based lines and columns, by binary search over line starts (LF, CRLF and lone CR all end a line). */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Indexes the line starts of a text. */
  constructor(source: string) {
    for (let i = 0; i < source.length; i += 1) {
      const code = source.charCodeAt(i);
      if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
