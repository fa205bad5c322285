import type { Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { loadPackageData } from '../io/data-file.js';
import { VawgError } from '../io/errors.js';
import { resolveLimits, type Limits } from '../io/limits.js';
import type { SourcePosition } from '../model/index.js';
import { checkZipBudget } from './zip-budget.js';

/** The message for a Word document mammoth cannot open. */
export const DOCX_ERROR = 'cannot read this Word document: the file is damaged or not a .docx; open it in Word, save it again and retry';

/** The elements mammoth makes of Word paragraphs: one per paragraph, in document order. */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Converts a .docx to HTML with mammoth, headings and lists kept by the style map in
 * `src/ingest/data/docx-styles.yaml`; images are left out and linked files never read. The
 * package is checked against the `max-decompressed` budget first, so a zip bomb never inflates.
 */
export async function docxToHtml(bytes: Uint8Array, file: string, limits: Limits = resolveLimits()): Promise<string> {
  await checkZipBudget(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, limits, DOCX_ERROR);
  const { default: mammoth } = await import('mammoth');
  const styleMap = loadPackageData<{ 'style-map': string[] }>('src/ingest/data/docx-styles.yaml')['style-map'];
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap, ignoreEmptyParagraphs: false, convertImage, externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw new VawgError(DOCX_ERROR, { file });
  }
}

/**
 * Maps a line and column of the HTML mammoth made to the Word document's paragraph number
 * (headings, list items and empty paragraphs count) and the column in that paragraph's text.
 */
export function paragraphPosition(html: string, hast: HastRoot): (point: { line: number; column: number }) => SourcePosition {
  const starts: number[] = [];
  visit(hast, 'element', (element) => {
    const offset = element.position?.start.offset;
    if (PARAGRAPH_ELEMENTS.has(element.tagName) && offset !== undefined) starts.push(offset);
  });
  starts.sort((a, b) => a - b);
  const lineStarts = [0];
  for (let index = 0; index < html.length; index += 1) if (html.charCodeAt(index) === 10) lineStarts.push(index + 1);
  return ({ line, column }) => {
    const offset = (lineStarts[line - 1] ?? 0) + column - 1;
    const index = lastAtOrBefore(starts, offset);
    if (index < 0) return { line: 1, column: 1 };
    const before = html
      .slice(starts[index], offset)
      .replace(/<[^<>]*>/g, '')
      .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, '_');
    return { line: index + 1, column: before.length + 1 };
  };
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if ((sorted[middle] as number) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
