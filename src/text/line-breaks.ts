/**
 * Line breaks as CommonMark, YAML and HTML count them: LF, CRLF, or a CR on its own (old Mac
 * files, some PDF and web exports).
 */

const LONE_CR = /\r(?!\n)/g;

/** Turns every lone CR into LF, character for character, so offsets stay the same and every later step sees the lines a reader sees. */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

/** The offset at which each line starts (the first is 0), counting LF, CRLF and a lone CR as one break each. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** The 1-based line and column of an offset, by binary search over sorted line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
