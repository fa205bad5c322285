/**
 * Every phrase the classifier reads names where it comes from (the framework notes, a glossary of
 * policing terms, or domain knowledge), and none is lifted from a force's document: a phrase of three
 * or more words that occurs in exactly one bundled or corpus source, and nowhere in the framework
 * notes, the glossary or the catalog's own titles and summaries, is a phrase written for that document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LATER_COINCIDENCES } from '../helpers/vocabulary-coincidences.ts';
import { ROOT } from '../helpers/cli.ts';

interface Indicator {
  phrase: string;
  weight: number;
  source?: string;
}

const SOURCES = ['framework-notes', 'glossary', 'domain-knowledge'];

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

function indicatorsOf(value: unknown): Indicator[] {
  const found: Indicator[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) stack.push(...current);
    else if (current && typeof current === 'object') {
      const record = current as Record<string, unknown>;
      if (Array.isArray(record.indicators)) found.push(...(record.indicators as Indicator[]));
      for (const [key, child] of Object.entries(record)) if (key !== 'indicators') stack.push(child);
    }
  }
  return found;
}

/** A catalog's own wording (titles, summaries, scope), without its indicators: the framework's words as the catalog records them. */
function wordingOf(value: unknown): string {
  return words(JSON.stringify(value, (key, child: unknown) => (key === 'indicators' ? undefined : child)));
}

const catalogs = readdirSync(path.join(ROOT, 'frameworks'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const catalog = parse(readFileSync(path.join(ROOT, 'frameworks', name), 'utf8')) as unknown;
    return { name, indicators: indicatorsOf(catalog), wording: wordingOf(catalog) };
  });

const documents = [
  ...readdirSync(path.join(ROOT, 'strategies/sources'))
    .filter((name) => /\.(txt|md|html)$/.test(name))
    .map((name) => path.join(ROOT, 'strategies/sources', name)),
  ...readdirSync(path.join(ROOT, 'test/corpus/docs')).map((name) => path.join(ROOT, 'test/corpus/docs', name)),
].map((file) => ({ file, text: words(readFileSync(file, 'utf8')) }));
const notes = words(readFileSync(path.join(ROOT, 'frameworks/framework-notes.md'), 'utf8'));
const glossary = words(readFileSync(path.join(ROOT, 'src/classify/data/glossary.yaml'), 'utf8'));

describe('vocabulary provenance', () => {
  it('reads the force documents it checks against', () => {
    expect(documents.length).toBeGreaterThanOrEqual(26);
    expect(catalogs.map((catalog) => catalog.name)).toContain('npcc-vawg-2021.yaml');
  });

  for (const catalog of catalogs) {
    it(`${catalog.name}: every indicator says where it comes from`, () => {
      const missing = catalog.indicators.filter((indicator) => !SOURCES.includes(indicator.source ?? ''));
      expect(missing.map((indicator) => indicator.phrase)).toEqual([]);
    });

    it(`${catalog.name}: no phrase of three or more words is found in one force document only`, () => {
      const lifted = catalog.indicators
        .map((indicator) => words(indicator.phrase))
        .filter(
          (phrase) =>
            phrase.trim().split(' ').length >= 3 &&
            !notes.includes(phrase) &&
            !glossary.includes(phrase) &&
            !catalog.wording.includes(phrase),
        )
        .filter((phrase) => {
          const holding = documents.filter((document) => document.text.includes(phrase));
          return holding.length === 1 && path.basename(holding[0]!.file) !== LATER_COINCIDENCES.get(phrase.trim());
        });
      expect(lifted.map((phrase) => phrase.trim())).toEqual([]);
    });
  }

  it('would catch a phrase lifted from one document', () => {
    const phrase = words('we are rolling out body worn video');
    const hits = documents.filter((document) => document.text.includes(phrase));
    expect(hits.length).toBe(1);
  });
});
