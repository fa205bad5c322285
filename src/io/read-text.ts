import { readFileSync, statSync } from 'node:fs';
import { VawgError } from './errors.js';

/** Default limit on the size of any input file, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options for reading a text input. */
export interface ReadTextOptions {
  maxBytes?: number;
  /** The input's bytes when they do not come from the file system (standard input): `file` then only names them. */
  content?: Buffer;
}

/** Reads a file as bytes with clear errors for missing, unreadable, oversized or non-file paths. */
export function readInputBytes(file: string, options: ReadTextOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (options.content !== undefined) {
    if (options.content.length > maxBytes) throw tooLarge(options.content.length, maxBytes, file);
    return options.content;
  }
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new VawgError('is a directory, not a file', { file });
    if (!stats.isFile()) throw new VawgError('is not a regular file', { file });
    size = stats.size;
  } catch (error) {
    if (error instanceof VawgError) throw error;
    throw new VawgError(describeFsError(error), { file });
  }
  if (size > maxBytes) throw tooLarge(size, maxBytes, file);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new VawgError(describeFsError(error), { file });
  }
}

/** Reads a file as UTF-8 text, refusing binary content and invalid UTF-8, and dropping a BOM. */
export function readInputText(file: string, options: ReadTextOptions = {}): string {
  return decodeInputText(readInputBytes(file, options), file);
}

/** Decodes a file's bytes as UTF-8 text, refusing binary content and invalid UTF-8, and dropping a BOM. */
export function decodeInputText(bytes: Buffer, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new VawgError('contains a NUL byte: this looks like a binary file, not text', {
      file,
      ...lineAndColumnOfByte(bytes, nul),
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new VawgError('is not valid UTF-8 text: save it as UTF-8 and try again', {
      file,
      ...lineAndColumnOfByte(bytes, bad),
    });
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function tooLarge(size: number, maxBytes: number, file: string): VawgError {
  return new VawgError(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`, { file });
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read this file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function lineAndColumnOfByte(bytes: Buffer, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 8) {
    const mid = Math.floor((low + high) / 2);
    if (decodesAsPrefix(bytes, mid)) low = mid;
    else high = mid;
  }
  for (let end = low + 1; end <= bytes.length; end += 1) if (!decodesAsPrefix(bytes, end)) return end - 1;
  return low;
}

/** Whether the first `end` bytes are valid UTF-8, allowing a sequence cut off at the end. */
function decodesAsPrefix(bytes: Buffer, end: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}
