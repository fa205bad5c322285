import { lineBullet } from './bullets.js';

const SENTENCE_END = /[.!?:;…"”’)]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** Fewest lines that must plainly run on (into a lower-case line) before a text is taken to be hard-wrapped. */
const MIN_WRAPS = 3;

/**
 * The width a plain text was hard-wrapped at (the longest line that runs on into a lower-case
 * line), or Infinity when it was not wrapped: one block per line, as web pages captured as text are.
 */
export function wrapWidth(lines: string[]): number {
  const wrapped: number[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (next !== undefined && line.trim() !== '' && !SENTENCE_END.test(line) && STARTS_LOWER.test(next) && !lineBullet(next, true)) {
      wrapped.push(line.trimEnd().length);
    }
  });
  return wrapped.length >= MIN_WRAPS ? Math.max(...wrapped) : Number.POSITIVE_INFINITY;
}

/**
 * True when a line of plain text goes on from the one above rather than starting a block of its
 * own: the line above ends mid-sentence, and this one starts in lower case, or (in a hard-wrapped
 * text) the line above was full, so its sentence was only wrapped. A line above that ends short
 * with no full stop, before a capitalised line, lost its full stop: the next line starts a new unit.
 */
export function continuesLine(previous: string, next: string, width: number): boolean {
  if (SENTENCE_END.test(previous) || next.trim() === '') return false;
  if (STARTS_LOWER.test(next)) return !lineBullet(next, true);
  if (!Number.isFinite(width) || lineBullet(next, true)) return false;
  const firstWord = /\S+/u.exec(next)?.[0] ?? '';
  return previous.trimEnd().length + 1 + firstWord.length > width;
}
