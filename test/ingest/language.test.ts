/**
 * Bilingual documents: English paragraphs are read, paragraphs in another language are skipped
 * and counted in one warning, and no decision rests on one short line.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestFile } from '../../src/ingest/index.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vawg-language-'));

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const blocks = (tree: Root): string => tree.children.map((child) => flat(toString(child))).join(' ');

const BILINGUAL = [
  'Our promises',
  'We will train every response officer to recognise coercive control by March 2026.',
  'We will open a new sexual assault referral centre in the north of the county next year.',
  'Ein haddewidion',
  'Byddwn yn hyfforddi pob swyddog ymateb i adnabod rheolaeth drwy orfodaeth erbyn mis Mawrth 2026.',
  'Byddwn yn agor canolfan atgyfeirio ymosodiadau rhywiol newydd yng ngogledd y sir y flwyddyn nesaf.',
  '',
].join('\n');

describe('a bilingual English and Welsh text', async () => {
  const document = await ingestFile(write('bilingual.txt', BILINGUAL));
  const text = blocks(document.tree);

  it('keeps the English paragraphs and drops the Welsh ones, the short heading with the paragraphs after it', () => {
    expect(text).toContain('We will train every response officer');
    expect(text).toContain('We will open a new sexual assault referral centre');
    expect(text).not.toMatch(/Byddwn|haddewidion/u);
  });

  it('counts what it skipped in one warning at the first skipped line', () => {
    expect(document.warnings).toEqual([
      {
        rule: 'not-english',
        message: 'skipped 3 paragraphs not in English (Welsh 3), the first here: only English text is read for commitments',
        line: 4,
        column: 1,
      },
    ]);
  });
});

describe('one short line in another language', () => {
  it('is not enough to drop it from an English document, nor to keep it in a Welsh one', async () => {
    const english = await ingestFile(
      write(
        'short.txt',
        'Croeso\nWe will patrol the town centre every Friday and Saturday night with the council.\nWe will publish the results every quarter on our website.\n',
      ),
    );
    expect(english.warnings).toEqual([]);
    const welsh = await ingestFile(
      write(
        'welsh.txt',
        'Ein cynllun\nByddwn yn patrolio canol y dref bob nos Wener a nos Sadwrn gyda’r cyngor sir.\nByddwn yn cyhoeddi’r canlyniadau bob chwarter ar ein gwefan.\n',
      ),
    );
    expect(welsh.warnings.map((warning) => warning.message)).toEqual([
      'skipped 3 paragraphs not in English (Welsh 3), the first here: only English text is read for commitments',
    ]);
  });
});

describe('a web page that marks its Welsh blocks with lang="cy"', () => {
  it('drops those blocks, however short, and counts each paragraph and item', async () => {
    const html = [
      '<!doctype html><html lang="en-GB"><body><main>',
      '<h1>What we will do</h1>',
      '<h1 lang="cy">Beth fyddwn ni’n ei wneud</h1>',
      '<ul><li>Train every officer.</li></ul>',
      '<ul lang="cy"><li>Hyfforddi pob swyddog.</li><li>Cefnogi pob dioddefwr.</li></ul>',
      '</main></body></html>',
    ].join('\n');
    const document = await ingestFile(write('page.html', html));
    expect(blocks(document.tree)).toBe('What we will do Train every officer.');
    expect(document.warnings.map((warning) => [warning.message, warning.line])).toEqual([
      ['skipped 3 paragraphs not in English (Welsh 3), the first here: only English text is read for commitments', 3],
    ]);
  });
});

describe('English documents', () => {
  const split = parse(readFileSync('test/corpus/split.yaml', 'utf8')) as { sealed: string[] };
  const english = [
    ...readdirSync('strategies/sources')
      .filter((name) => !name.endsWith('.yaml'))
      .map((name) => path.join('strategies/sources', name)),
    ...readdirSync('test/corpus/docs')
      .filter((name) => !name.startsWith('arian-valley') && !split.sealed.includes(name.replace(/\.\w+$/u, '')))
      .map((name) => path.join('test/corpus/docs', name)),
  ];
  it.each(english)('%s: no paragraph is taken for another language', async (file) => {
    expect((await ingestFile(file)).warnings).toEqual([]);
  });
});
