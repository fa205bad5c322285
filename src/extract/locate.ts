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
   * One precompiled pattern steps through the source word by word, so each search costs time in
   * proportion to the text it passes, with no pattern compiled per sentence.
   */
  find(sentence: string, from: number, until: number = this.source.length): number {
    const words = (sentence.match(WORD) ?? []).slice(0, 6);
    if (words.length === 0) return from;
    const recent: { word: string; index: number }[] = [];
    TOKEN.lastIndex = from;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(this.source)) !== null) {
      if (match[1] === undefined) continue;
      recent.push({ word: match[1], index: match.index });
      if (recent.length > words.length) recent.shift();
      const first = recent[0] as { index: number };
      if (first.index > until) break;
      if (recent.length === words.length && recent.every((token, position) => token.word === words[position])) return first.index;
    }
    return from;
  }
}

/** A word, or markup that may sit between two words: a link's destination, an HTML tag, an entity. */
const TOKEN = /\]\([^)\s]*\)|<[^<>]*>|&#?[\p{L}\p{N}]+;|([\p{L}\p{N}]+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;
