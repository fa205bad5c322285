/** Converts offsets in a source text to 1-based lines and columns, and finds sentences in it. */
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

  /**
   * The offset at which a sentence starts, searched between `from` and `until` by its first words,
   * which may be split by line breaks or markup ("[text](url)", "**", HTML tags and entities); `from` when not found.
   */
  find(sentence: string, from: number, until: number = this.source.length): number {
    const words = (sentence.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 6);
    if (words.length === 0) return from;
    // Each alternative starts differently (a lone "]", "<" or "&" only when no link target, tag or entity follows), so a
    // run of gap characters can be matched one way only and matching never backtracks badly.
    const gap = String.raw`(?:[^\p{L}\p{N}<&\]]|\]\([^)\s\]]*\)|\](?!\([^)\s\]]*\))|<[^<>]*>|<(?![^<>]*>)|&#?[\p{L}\p{N}]+;|&(?!#?[\p{L}\p{N}]+;))+`;
    const pattern = new RegExp(words.map(escapeRegExp).join(gap), 'gu');
    pattern.lastIndex = from;
    const match = pattern.exec(this.source);
    return match && match.index <= until ? match.index : from;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
