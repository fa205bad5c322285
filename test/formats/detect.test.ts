/** Formats are told by content first (magic bytes), then by extension; the document says which was used. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect-format.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { FORMATS } from './support.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'vawg-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of a fixture under a misleading name. */
function disguised(name: string, as: string): string {
  const file = path.join(dir, as);
  copyFileSync(path.join(FORMATS, name), file);
  return file;
}

describe('detectFormat by content', () => {
  it('reads a PDF named .txt as PDF', async () => {
    const document = await ingestFile(disguised('warwickshire.pdf', 'strategy.txt'));
    expect(document.format).toBe('pdf');
    expect(document.tree.children.some((child) => child.type === 'heading')).toBe(true);
  });

  it('reads a Word document named .md as Word', async () => {
    expect((await ingestFile(disguised('warwickshire.docx', 'strategy.md'))).format).toBe('docx');
  });

  it('reads a saved web page named .txt as HTML', async () => {
    expect((await ingestFile(disguised('warwickshire.html', 'page.txt'))).format).toBe('html');
  });

  it('reads each format by its extension when the content has no signature', () => {
    expect(detectFormat('a.html', Buffer.from('<p>We will act.</p>'))).toBe('html');
    expect(detectFormat('a.htm', Buffer.from('<p>We will act.</p>'))).toBe('html');
    expect(detectFormat('a.md', Buffer.from('# Strategy\n'))).toBe('markdown');
    expect(detectFormat('a.txt', Buffer.from('Strategy\n'))).toBe('text');
    expect(detectFormat('a.pdf', Buffer.from('not really'))).toBe('pdf');
    expect(detectFormat('a.docx', Buffer.from('not really'))).toBe('docx');
  });

  it('finds an HTML signature after a byte-order mark, white space or a comment', () => {
    expect(detectFormat('a.txt', Buffer.from('\uFEFF  <!-- saved from url --> <!DOCTYPE html>\n<html>'))).toBe('html');
    expect(detectFormat('a.txt', Buffer.from('<HTML lang="en">'))).toBe('html');
  });

  it('refuses a zip that is not a Word document, images and unknown file types, naming what is supported', () => {
    const supported = /\(supported: \.md, \.txt, \.html, \.pdf, \.docx\)/;
    expect(() => detectFormat('a.docx', Buffer.from('PK\u0003\u0004notes.txt'))).toThrow(/zip archive, not a Word document/);
    expect(() => detectFormat('a.md', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toThrow(/JPEG image/);
    expect(() => detectFormat('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toThrow(/save it as \.docx/);
    expect(() => detectFormat('a.odt', Buffer.from('text'))).toThrow(supported);
  });

  it('records the format used in the document', async () => {
    const file = path.join(dir, 'strategy.htm');
    writeFileSync(file, '<h1>Strategy</h1><p>We will act.</p>');
    expect((await ingestFile(file)).format).toBe('html');
  });
});
