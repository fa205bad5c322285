import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VawgError } from './errors.js';

/** Writes a file atomically: to a temporary file beside it, then renamed over the target. */
export function writeFileAtomic(file: string, content: string): void {
  const directory = path.dirname(path.resolve(file));
  const temporary = path.join(directory, `.vawg-tmp-${process.pid}-${path.basename(file)}`);
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new VawgError(`cannot write: ${reason}`, { file });
  }
}
