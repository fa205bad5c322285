import { createHash } from 'node:crypto';
import slugifyName from '@sindresorhus/slugify';

/** Characters that show nothing but change a string: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A name as a reader sees it: NFKC (fullwidth letters become ASCII), invisible characters removed, spaces collapsed. */
export function visibleText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A name folded for comparing two names: visible text, case-folded. */
export function foldName(name: string): string {
  return visibleText(name).toLowerCase();
}

/** Longest slug written, so `<slug>.yaml` stays well inside any file system's name limit. */
const MAX_SLUG_LENGTH = 60;

/** Device names Windows will not open as files. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A safe slug for file names and ids: lower-case ASCII letters, digits and single hyphens.
 * Names are NFKC-normalised, stripped of invisible characters and transliterated
 * (`Полиция Москвы` → `politsiya-moskvy`); a name whose letters cannot be spelled in ASCII gets
 * `force-` and a hash of the name, so two such names never share a slug.
 */
export function slugify(name: string): string {
  const visible = visibleText(name);
  const slug = slugifyName(visible, { decamelize: false }).slice(0, MAX_SLUG_LENGTH).replace(/-$/, ''); // the slug has single hyphens: drop one left at the cut
  if (slug === '') {
    if (!/[\p{L}\p{N}]/u.test(visible)) return 'force';
    return `force-${createHash('sha256').update(visible, 'utf8').digest('hex').slice(0, 8)}`;
  }
  return RESERVED.test(slug) ? `${slug}-force` : slug;
}
