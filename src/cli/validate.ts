import type { Command } from 'commander';
import { loadCommitmentDocument } from '../io/commitment-document.js';
import { EXIT, formatLocated, VawgError } from '../io/errors.js';
import { oneOf, resolveDocuments } from './shared.js';

interface ValidateFlags {
  framework?: string;
  format: 'text' | 'json';
}

interface FileResult {
  file: string;
  valid: boolean;
  problems: { file?: string; line?: number; column?: number; message: string }[];
  /** Set when the file could not be checked at all (unreadable, malformed YAML, unknown framework). */
  error?: boolean;
}

/** Registers `vawg validate`. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check commitment documents against the schema of their framework')
    .argument('[files...]', 'commitment YAML or JSON files (default: strategies/*.yaml)')
    .option('--framework <id|path>', 'check against this framework instead of the one each document names')
    .option('--format <format>', 'text or json', oneOf(['text', 'json']), 'text')
    .addHelpText('after', '\nExamples:\n  $ vawg validate strategies/*.yaml\n  $ vawg validate my-force.yaml --format json')
    .action((files: string[], flags: ValidateFlags) => {
      process.exitCode = runValidate(resolveDocuments(files), flags);
    });
}

function runValidate(files: string[], flags: ValidateFlags): number {
  const results = files.map((file) => checkFile(file, flags.framework));
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify({ version: 1, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      const stream = result.error ? process.stderr : process.stdout;
      for (const problem of result.problems) stream.write(`${formatLocated(problem.message, { file: problem.file ?? result.file, ...location(problem) })}\n`);
    }
    const invalid = results.filter((result) => !result.valid).length;
    process.stdout.write(`${results.length - invalid} valid, ${invalid} invalid\n`);
  }
  if (results.some((result) => result.error)) return EXIT.unusable;
  return results.every((result) => result.valid) ? EXIT.ok : EXIT.failed;
}

function checkFile(file: string, framework: string | undefined): FileResult {
  try {
    const loaded = loadCommitmentDocument(file, framework);
    return { file, valid: loaded.problems.length === 0, problems: loaded.problems.map(({ line, column, message }) => ({ line, column, message })) };
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    const elsewhere = error.location && error.location.file !== file ? { file: error.location.file } : {};
    const problem = { message: error.message, ...elsewhere, ...location(error.location ?? {}) };
    return { file, valid: false, problems: [problem], error: true };
  }
}

function location(source: { line?: number | undefined; column?: number | undefined }): { line?: number; column?: number } {
  return {
    ...(source.line === undefined ? {} : { line: source.line }),
    ...(source.column === undefined ? {} : { column: source.column }),
  };
}
