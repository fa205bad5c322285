import { VawgError } from '../io/errors.js';

/** Longest line a source may have; real strategies stay far below it, and markdown parsing slows on longer ones. */
export const MAX_LINE_LENGTH = 100_000;
/** Deepest nesting of lists and quotes a source may have; markdown parsing time grows steeply with depth. */
export const MAX_NESTING = 10;

const QUOTE_PREFIX = /^(?:[ \t]*>)+/;
const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,9}[.)])[ \t]/;

/** Refuses sources no strategy has but that would make parsing crawl: a line over MAX_LINE_LENGTH, nesting deeper than MAX_NESTING. */
export function guardSource(text: string, file: string): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > MAX_LINE_LENGTH) {
      throw new VawgError(
        `line is ${(end - start).toLocaleString('en-GB')} characters long, over the ${MAX_LINE_LENGTH.toLocaleString('en-GB')} a source line may be: this does not look like a strategy document`,
        { file, line, column: 1 },
      );
    }
    const depth = nestingDepth(text.slice(start, Math.min(end, start + 4 * MAX_NESTING + 16)));
    if (depth > MAX_NESTING) {
      throw new VawgError(`lists or quotes nested more than ${MAX_NESTING} levels deep, deeper than any strategy needs`, {
        file,
        line,
        column: 1,
      });
    }
    if (newline === -1) break;
    start = newline + 1;
    line += 1;
  }
}

function nestingDepth(head: string): number {
  const quotes = (QUOTE_PREFIX.exec(head)?.[0].match(/>/g) ?? []).length;
  const indent = LIST_ITEM.exec(head)?.[1]?.replace(/\t/g, '    ').length ?? 0;
  return Math.max(quotes, Math.floor(indent / 2) + (indent > 0 ? 1 : 0));
}
