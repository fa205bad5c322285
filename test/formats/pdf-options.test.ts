/**
 * pdf.js must never evaluate font programs as code: `isEvalSupported` is false on every
 * `getDocument` call (pdf.js had a code-execution flaw in font rendering with eval on).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PDF_OPEN_OPTIONS, pdfOpenParameters, readPdfPages } from '../../src/ingest/pdf.ts';
import { fixture } from './support.ts';

const calls = vi.hoisted(() => [] as Record<string, unknown>[]);

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- vi.mock's factory needs the module's type
  const real = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...real,
    getDocument: (parameters: Parameters<typeof real.getDocument>[0]) => {
      calls.push({ ...(parameters as Record<string, unknown>) });
      return real.getDocument(parameters);
    },
  };
});

describe('opening PDFs', () => {
  it('declares eval off, no font faces, no system fonts and no logging', () => {
    expect(PDF_OPEN_OPTIONS).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    expect(Object.isFrozen(PDF_OPEN_OPTIONS)).toBe(true);
    expect(pdfOpenParameters(new Uint8Array([1, 2, 3])).isEvalSupported).toBe(false);
  });

  it('passes isEvalSupported: false to pdf.js getDocument when reading a PDF', async () => {
    const file = fixture('warwickshire.pdf');
    const pages = await readPdfPages(readFileSync(file), file);
    expect(pages.length).toBeGreaterThan(1);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    for (const parameters of calls)
      expect(parameters).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  });

  it('gives pdf.js its own copy of the bytes, so the caller’s buffer is never detached', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(pdfOpenParameters(bytes).data).not.toBe(bytes);
    expect(pdfOpenParameters(bytes).data).toEqual(bytes);
  });
});
