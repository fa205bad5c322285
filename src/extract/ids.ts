import { createHash } from 'node:crypto';
import { normalizeText } from '../text/tokens.js';

/** Assigns stable ids from the force slug and a hash of each commitment's normalised text; repeats get a suffix. */
export function assignIds(slug: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `${slug}-${createHash('sha256').update(normalizeText(text), 'utf8').digest('hex').slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
