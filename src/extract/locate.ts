/** Converts offsets in a source text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Indexes the line starts of a text. */
  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i += 1) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
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

  /** The offset at which a sentence starts, searched from `from` by its first words; `from` when not found. */
  find(sentence: string, from: number, until: number = this.source.length): number {
    const probe = sentence.slice(0, 40);
    const index = this.source.indexOf(probe, from);
    if (index !== -1 && index <= until) return index;
    const firstWord = /[\p{L}\p{N}]+/u.exec(sentence)?.[0];
    if (firstWord) {
      const wordIndex = this.source.indexOf(firstWord, from);
      if (wordIndex !== -1 && wordIndex <= until) return wordIndex;
    }
    return from;
  }
}
