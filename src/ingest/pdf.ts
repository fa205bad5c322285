import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VawgError } from '../io/errors.js';
import { overLimit, resolveLimits, type Limits } from '../io/limits.js';
import { checkPdfBudget } from './pdf-budget.js';

/** A run of text on a PDF page, with its baseline origin in PDF units from the page's bottom-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in PDF units. */
  size: number;
  bold: boolean;
}

/** One page's text. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  items: PdfTextItem[];
}

/**
 * How every PDF is opened. `isEvalSupported: false` keeps pdf.js from compiling font programs
 * with `eval` (the path of a code-execution flaw in older pdf.js); fonts are never rendered or
 * looked up on the system, images are skipped (`maxImageSize: 0`: only text is wanted), and
 * pdf.js logs nothing.
 */
export const PDF_OPEN_OPTIONS = Object.freeze({
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  maxImageSize: 0,
  verbosity: 0,
});

/** The parameters given to pdf.js `getDocument` for these bytes: a private copy of the data and `PDF_OPEN_OPTIONS`. */
export function pdfOpenParameters(bytes: Uint8Array): typeof PDF_OPEN_OPTIONS & { data: Uint8Array } {
  return { ...PDF_OPEN_OPTIONS, data: new Uint8Array(bytes) };
}

/** Messages for the PDFs that cannot be read, each saying what to do. */
export const PDF_ERRORS = {
  encrypted: 'encrypted PDF: save an unprotected copy and try again',
  noText: 'no text layer: this PDF is scanned images; OCR it first',
  damaged: 'cannot read this PDF: the file is damaged or not a PDF',
} as const;

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;

/**
 * Reads the text of every page of a PDF with pdf.js (legacy build for Node), within its budget of
 * decompressed stream data, operators and pages; clear errors for encrypted, damaged and image-only files.
 */
export async function readPdfPages(bytes: Uint8Array, file: string, limits: Limits = resolveLimits()): Promise<PdfPage[]> {
  await checkPdfBudget(bytes, file, limits);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument(pdfOpenParameters(bytes));
  let pages: PdfPage[];
  try {
    const document = await task.promise;
    if (document.numPages > limits['max-pages']) {
      throw overLimit('max-pages', `it has ${document.numPages.toLocaleString('en-GB')} pages`, limits['max-pages'], { file });
    }
    pages = [];
    for (let number = 1; number <= document.numPages; number += 1) pages.push(await readPage(document, number));
  } catch (error) {
    if (error instanceof VawgError) throw error;
    const name = (error as { name?: unknown } | null)?.name;
    throw new VawgError(name === 'PasswordException' ? PDF_ERRORS.encrypted : PDF_ERRORS.damaged, { file });
  } finally {
    await task.destroy();
  }
  if (pages.length === 0) throw new VawgError(PDF_ERRORS.damaged, { file });
  if (pages.every((page) => page.items.length === 0)) throw new VawgError(PDF_ERRORS.noText, { file });
  return pages;
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<PdfPage> {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  const raw = content.items.filter(
    (item): item is Extract<(typeof content.items)[number], { str: string }> => 'str' in item && item.str.trim() !== '',
  );
  const items: PdfTextItem[] = [];
  if (raw.length > 0) {
    // Font names (and so boldness) are known once the page's operators have been read; without them no text is bold.
    await page.getOperatorList().catch(() => undefined);
    const bold = new Map<string, boolean>();
    for (const item of raw) {
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      if (Math.abs(b) > Math.abs(a) * 0.1) continue;
      if (!bold.has(item.fontName)) bold.set(item.fontName, isBoldFont(page, item.fontName));
      const size = Math.hypot(c, d) || item.height;
      items.push({ text: item.str, x, y, width: item.width, size, bold: bold.get(item.fontName) === true });
    }
  }
  page.cleanup();
  return { number, items };
}

function isBoldFont(page: PDFPageProxy, fontName: string): boolean {
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown } | null;
  return font?.bold === true || (typeof font?.name === 'string' && BOLD_NAME.test(font.name));
}
