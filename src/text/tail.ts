/**
 * Where the run of characters at the end of `text` that `isTail` accepts begins (`text.length` when there is none).
 * Scanning back from the end is linear, where a pattern such as `/[\s,]+$/` retries from every position of a long run.
 */
export function tailStart(text: string, isTail: (char: string) => boolean): number {
  let index = text.length;
  while (index > 0 && isTail(text[index - 1]!)) index -= 1;
  return index;
}

/** `text` without the run of characters at its end that `isTail` accepts. */
export function dropTail(text: string, isTail: (char: string) => boolean): string {
  return text.slice(0, tailStart(text, isTail));
}
