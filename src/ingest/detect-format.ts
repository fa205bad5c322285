import path from 'node:path';
import { VawgError } from '../io/errors.js';

/** Input formats the ingest stage understands. */
export type InputFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx';

/** The formats a user may give, for messages. */
export const SUPPORTED_FORMATS = 'supported: .md, .txt, .html, .pdf, .docx';

const EXTENSIONS: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The file extensions of sources this tool reads (without the dot), for expanding a folder into its sources. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS)
  .filter((extension) => extension !== '')
  .map((extension) => extension.slice(1));

/** Binary formats recognised only to be refused with a helpful name. */
const UNSUPPORTED_SIGNATURES: { name: string; bytes: number[]; advice?: string }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'an old Word (.doc) or other Office 97 file', bytes: [0xd0, 0xcf, 0x11, 0xe0], advice: 'save it as .docx and try again' },
  { name: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], advice: 'save it as .docx and try again' },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const HTML_TAG = /^<(!doctype html|html)\b/i;

/** Decides how to read a file: by its content (magic bytes) first, then by its extension. */
export function detectFormat(file: string, bytes: Buffer): InputFormat {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (startsWith(bytes, ZIP)) {
    if (isWordPackage(bytes)) return 'docx';
    throw unsupported(file, 'a zip archive, not a Word document');
  }
  const signature = UNSUPPORTED_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) throw unsupported(file, signature.name, signature.advice);
  if (
    startsAsHtml(
      bytes
        .subarray(0, 1024)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )
  )
    return 'html';
  const extension = path.extname(file).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format === undefined) throw unsupported(file, `a "${extension}" file`);
  return format;
}

/** The refusal for a file this tool cannot read, naming what it seems to be. */
export function unsupported(file: string, what: string, advice?: string): VawgError {
  return new VawgError(`unsupported format: this is ${what} (${SUPPORTED_FORMATS})${advice === undefined ? '' : `; ${advice}`}`, { file });
}

/** A Word document is a zip whose directory names `word/document.xml` (names are stored uncompressed). */
function isWordPackage(bytes: Buffer): boolean {
  return bytes.includes('word/document.xml', 0, 'latin1');
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/** Whether a text opens with `<!doctype html>` or `<html>`, after white space and comments (skipped in one pass each). */
function startsAsHtml(head: string): boolean {
  let rest = head.trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end === -1) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return HTML_TAG.test(rest);
}
