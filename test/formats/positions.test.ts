/**
 * Positions point back into the file the user gave: the PDF's page and the line on that page,
 * the HTML file's own lines, and the Word document's paragraph numbers.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/io/catalog.ts';
import { readPdfPages } from '../../src/ingest/pdf.ts';
import { pageLines } from '../../src/ingest/pdf-lines.ts';
import type { Commitment } from '../../src/model/index.ts';
import { parseStrategy } from '../../src/pipeline.ts';
import { fixture, normalise, root, vawg } from './support.ts';

const framework = loadFramework('npcc-vawg-2021');
const REVIEW = 'Complete an urgent review of all current allegations of sexual misconduct';

/** The first few words of a text, as a pattern that lets any run of spaces, tags or punctuation stand between them. */
function firstWords(text: string, count = 4): RegExp {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, count);
  return new RegExp(words.join(String.raw`(?:[^\p{L}\p{N}]|<[^>]*>|&[#\w]+;)+`), 'u');
}

function find(commitments: Commitment[], start: string): Commitment {
  const found = commitments.find((commitment) => commitment.text.startsWith(start));
  if (!found) throw new Error(`no commitment starts "${start}"`);
  return found;
}

describe('PDF: page and line', async () => {
  const file = fixture('warwickshire.pdf');
  const document = await parseStrategy(file, { framework, relativeTo: root });
  const pages = (await readPdfPages(readFileSync(file), file)).map(pageLines);

  it('places a known commitment on page 3, line 4 (the running header is line 1)', () => {
    expect(find(document.commitments, REVIEW).position).toEqual({ line: 4, column: 3, page: 3 });
  });

  it('gives every commitment a page, and the line it names on that page holds its first words', () => {
    for (const commitment of document.commitments) {
      const { page, line, column } = commitment.position;
      expect(page).toBeGreaterThanOrEqual(1);
      const text = pages[page! - 1]?.find((candidate) => candidate.line === line);
      expect(text, `${commitment.text} at ${page}:${line}`).toBeDefined();
      const shown = `${text!.bullet ? `${text!.bullet.marker} ` : ''}${text!.text}`;
      expect(normalise(shown.slice(column - 1)), commitment.text).toMatch(firstWords(commitment.text, 2));
    }
  });

  it('vawg parse prints page and line for each commitment', async () => {
    const run = await vawg(['parse', file]);
    expect(run.status).toBe(0);
    const printed = parseYaml(run.stdout) as { document: { format: string }; commitments: Commitment[] };
    expect(printed.document.format).toBe('pdf');
    expect(printed.commitments.length).toBeGreaterThan(50);
    expect(printed.commitments.every((commitment) => Number.isInteger(commitment.position.page))).toBe(true);
    expect(run.stdout).toContain('position: { line: 4, column: 3, page: 3 }');
  });
});

describe('PDF: warnings', async () => {
  const file = fixture('dorset.pdf');
  const document = await parseStrategy(file, { framework, relativeTo: root });
  const pages = (await readPdfPages(readFileSync(file), file)).map(pageLines);

  it('name the page in the message and point at the lead-in’s line on it', () => {
    expect(document.warnings.length).toBeGreaterThan(0);
    for (const warning of document.warnings) {
      const page = Number(/\(page (\d+)\)$/.exec(warning.message)?.[1]);
      const lead = /lead-in "([^"]+)"/.exec(warning.message)?.[1] ?? '';
      const line = pages[page - 1]?.find((candidate) => candidate.line === warning.line);
      expect(line?.text.slice(warning.column - 1), warning.message).toMatch(firstWords(lead, 2));
    }
  });
});

describe('HTML: lines of the HTML file', async () => {
  const file = fixture('warwickshire.html');
  const lines = readFileSync(file, 'utf8').split('\n');
  const document = await parseStrategy(file, { framework, relativeTo: root });

  it('puts every commitment on the HTML line, and at the column, where its first words are', () => {
    for (const commitment of document.commitments) {
      const { line, column, page } = commitment.position;
      expect(page).toBeUndefined();
      expect(lines[line - 1]?.slice(column - 1), commitment.text).toMatch(firstWords(commitment.text));
    }
  });

  it('points the hand-written page’s commitments at their lines too', async () => {
    const page = fixture('real-world-page.html');
    const pageLines = readFileSync(page, 'utf8').split('\n');
    const parsed = await parseStrategy(page, { framework, relativeTo: root });
    expect(parsed.commitments.length).toBeGreaterThan(0);
    for (const commitment of parsed.commitments) expect(pageLines[commitment.position.line - 1]).toMatch(firstWords(commitment.text, 3));
  });
});

describe('Word: paragraph numbers', async () => {
  const file = fixture('warwickshire.docx');
  const document = await parseStrategy(file, { framework, relativeTo: root });
  const paragraphs = (await mammoth.extractRawText({ path: file })).value.split('\n\n');

  it('numbers a known commitment by its paragraph', () => {
    const position = find(document.commitments, REVIEW).position;
    expect(position.page).toBeUndefined();
    expect(paragraphs[position.line - 1]).toMatch(new RegExp(`^${REVIEW}`));
  });

  it('gives every commitment the paragraph (and the column in it) where it starts', () => {
    for (const commitment of document.commitments) {
      const { line, column } = commitment.position;
      expect(paragraphs[line - 1]?.slice(column - 1), commitment.text).toMatch(firstWords(commitment.text));
    }
  });
});
