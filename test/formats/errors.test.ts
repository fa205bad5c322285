/**
 * Files that cannot be read get one line on stderr, `file: message`, saying what to do, and
 * exit code 2: encrypted, image-only and damaged PDFs, unsupported formats, broken Word files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../helpers/scratch.ts';
import { fixture, vawg } from './support.ts';

const dir = scratchFolders('vawg-format-errors-')();

const SUPPORTED = '(supported: .md, .txt, .html, .pdf, .docx)';
const CASES: { name: string; file: string; message: string }[] = [
  { name: 'an encrypted PDF', file: fixture('encrypted.pdf'), message: 'encrypted PDF: save an unprotected copy and try again' },
  { name: 'an image-only PDF', file: fixture('scanned.pdf'), message: 'no text layer: this PDF is scanned images; OCR it first' },
  { name: 'a damaged PDF', file: fixture('damaged.pdf'), message: 'cannot read this PDF: the file is damaged or not a PDF' },
  { name: 'a PNG image', file: fixture('chart.png'), message: `unsupported format: this is a PNG image ${SUPPORTED}` },
  {
    name: 'a zip that is not a Word document',
    file: fixture('archive.docx'),
    message: `unsupported format: this is a zip archive, not a Word document ${SUPPORTED}`,
  },
];

describe('vawg parse on files it cannot read', () => {
  for (const { name, file, message } of CASES) {
    it(`${name}: exit 2 and one line naming the file and what to do`, async () => {
      const run = await vawg(['parse', file]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${file}: ${message}\n`);
    });
  }

  it('a .docx that is not a zip: exit 2, cannot read this Word document', async () => {
    const file = path.join(dir, 'strategy.docx');
    writeFileSync(file, 'This was never a Word document.\n');
    const run = await vawg(['parse', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read this Word document: .+\\n$`));
  });

  it('a file of an unknown type: exit 2, naming the supported formats', async () => {
    const file = path.join(dir, 'strategy.odt');
    writeFileSync(file, 'We will act.\n');
    const run = await vawg(['parse', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${file}: unsupported format: this is a ".odt" file ${SUPPORTED}\n`);
  });

  it('the same errors stop vawg check', async () => {
    const run = await vawg(['check', fixture('encrypted.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${fixture('encrypted.pdf')}: encrypted PDF: save an unprotected copy and try again\n`);
  });
});
