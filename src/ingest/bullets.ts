import { loadPackageData } from '../io/data-file.js';

interface BulletData {
  glyphs: string[];
  dashes: string[];
  letters: string[];
  numbering: string[];
}

/** A list marker found at the start of a line. */
export interface LineBullet {
  /** Columns of white space before the marker. */
  indent: number;
  marker: string;
  /** Where the item's text starts in the line (after the marker and its white space). */
  textStart: number;
  kind: 'glyph' | 'dash' | 'letter' | 'number';
  ordered: boolean;
}

/** The bullet rules of `src/ingest/data/bullets.yaml`. */
export interface BulletRules {
  glyphs: Set<string>;
  dashes: Set<string>;
  letters: Set<string>;
  numbering: RegExp;
}

let cached: BulletRules | undefined;

/** The bullet characters and numbering styles, compiled once. */
export function bulletRules(): BulletRules {
  if (cached) return cached;
  const data = loadPackageData<BulletData>('src/ingest/data/bullets.yaml');
  cached = {
    glyphs: new Set(data.glyphs),
    dashes: new Set(data.dashes),
    letters: new Set(data.letters),
    numbering: new RegExp(`^(?:${data.numbering.join('|')})$`, 'u'),
  };
  return cached;
}

const MARKER = /^([ \t]*)(\S{1,6})([ \t\u00A0]+)(?=\S)/u;

/**
 * The list marker a line starts with, if any: a bullet glyph, a dash, a numbering ("1.", "(a)",
 * "iv."), or a letter "o" when `letterAllowed` (the line is indented or follows an item).
 */
export function lineBullet(line: string, letterAllowed: boolean, rules: BulletRules = bulletRules()): LineBullet | undefined {
  const match = MARKER.exec(line);
  if (!match) return undefined;
  const [whole, space = '', marker = ''] = match;
  const base = { indent: space.replace(/\t/gu, '    ').length, marker, textStart: whole.length };
  if (rules.glyphs.has(marker)) return { ...base, kind: 'glyph', ordered: false };
  if (rules.dashes.has(marker)) return { ...base, kind: 'dash', ordered: false };
  if (rules.letters.has(marker)) return letterAllowed ? { ...base, kind: 'letter', ordered: false } : undefined;
  if (rules.numbering.test(marker)) return { ...base, kind: 'number', ordered: true };
  return undefined;
}
