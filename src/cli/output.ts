import { statSync } from 'node:fs';
import path from 'node:path';
import { VawgError } from '../io/errors.js';
import { writeFileSafely } from '../io/write-file.js';
import type { CliContext } from './context.js';

/** The `-o, --output-file` flag as commands receive it. */
export interface OutputFlags {
  outputFile?: string;
}

/**
 * Writes a command's report: to standard output, or with `-o FILE` to that file, replaced atomically (never half
 * written) and never when it is one of the command's own inputs.
 */
export function emitReport(text: string | Uint8Array, flags: OutputFlags, context: CliContext, inputs: readonly string[] = []): void {
  if (flags.outputFile === undefined) {
    if (typeof text !== 'string') throw new VawgError('this format is binary: write it to a file with -o FILE');
    context.stdout.write(text);
    return;
  }
  const destination = context.resolve(flags.outputFile);
  if (/[\\/]$/u.test(flags.outputFile) || isFolder(destination)) {
    throw new VawgError('is a folder: -o names the file the report is written to', { file: flags.outputFile });
  }
  if (inputs.some((input) => path.resolve(input) === destination)) {
    throw new VawgError('is one of the inputs: give -o another file, the report would replace it', { file: flags.outputFile });
  }
  writeFileSafely(destination, text);
}

/** Whether a report is coloured: for standard output as the terminal and `--color` decide; a file given with -o only with `--color`. */
export function reportColor(flags: OutputFlags, context: CliContext): boolean {
  return flags.outputFile === undefined ? context.color() : context.colorChoice === true;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
