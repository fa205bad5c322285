/**
 * The limits as data: each has a unit, a default, what it bounds and where the number comes from;
 * and every real document the project has (the bundled sources, the development corpus, the
 * format fixtures) reads under a quarter of every default (half for nesting), so no default is
 * near what real strategies need.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.ts';
import { limitDefinitions, resolveLimits, type Limits } from '../../src/io/limits.ts';
import { ROOT } from '../helpers/cli.ts';

const READABLE = /\.(md|txt|html|pdf|docx)$/;
const UNREADABLE = new Set(['encrypted.pdf', 'scanned.pdf', 'damaged.pdf', 'archive.docx', 'no-force.txt']);

function documents(): string[] {
  return ['strategies/sources', 'test/corpus/docs', 'test/fixtures/formats', 'test/fixtures/check', 'test/fixtures/sources'].flatMap(
    (folder) =>
      readdirSync(path.join(ROOT, folder))
        .filter((name) => READABLE.test(name) && !UNREADABLE.has(name))
        .sort()
        .map((name) => path.join(ROOT, folder, name)),
  );
}

describe('limits as data', () => {
  it('every limit has a flag-shaped id, a unit, a positive default, what it bounds and a source', () => {
    const definitions = limitDefinitions();
    expect(definitions.map((definition) => definition.id)).toEqual([
      'max-size',
      'max-decompressed',
      'max-pages',
      'max-operators',
      'max-line',
      'max-paragraph',
      'max-nesting',
      'max-depth',
      'max-nodes',
    ]);
    for (const definition of definitions) {
      expect(definition.default).toBeGreaterThan(0);
      expect(definition.what.length).toBeGreaterThan(10);
      expect(definition.source.length).toBeGreaterThan(20);
    }
    expect(resolveLimits()['max-size']).toBe(20 * 1024 * 1024);
    expect(resolveLimits({ 'max-line': 5 })['max-line']).toBe(5);
  });

  it('every real document reads under a quarter of each default (half for nesting)', async () => {
    const defaults = resolveLimits();
    const tight = Object.fromEntries(
      Object.entries(defaults).map(([id, value]) => [id, id === 'max-nesting' ? Math.floor(value / 2) : Math.floor(value / 4)]),
    ) as Limits;
    const files = documents();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      await expect(
        ingestFile(file, { limits: tight }).then(() => 'read'),
        path.relative(ROOT, file),
      ).resolves.toBe('read');
    }
  });
});
