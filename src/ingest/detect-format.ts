import path from 'node:path';
import { VawgError } from '../io/errors.js';

/** Input formats the ingest stage understands. */
export type InputFormat = 'markdown' | 'text';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);

const SIGNATURES: { name: string; test: (bytes: Buffer) => boolean }[] = [
  { name: 'PDF', test: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' },
  { name: 'Word or other zip-packaged', test: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' },
  { name: 'HTML', test: (bytes) => /^\s*<(!doctype html|html)\b/i.test(bytes.subarray(0, 512).toString('utf8')) },
];

/** Decides how to read a file, from its content first and then its extension. */
export function detectFormat(file: string, bytes: Buffer): InputFormat {
  const signature = SIGNATURES.find((candidate) => candidate.test(bytes));
  if (signature) {
    throw new VawgError(
      `this is a ${signature.name} file; this version reads markdown and plain text: convert it to text first`,
      { file },
    );
  }
  const extension = path.extname(file).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  throw new VawgError(`unsupported file type "${extension}" (supported: .md, .markdown, .txt)`, { file });
}
