import type { Command } from 'commander';
import { loadCommitmentDocument } from '../io/commitment-document.js';
import { EXIT, formatLocated, VawgError } from '../io/errors.js';
import type { CliContext } from './context.js';
import { oneOf, resolveDocuments, resolveFramework } from './shared.js';
import { escapeTerminal } from '../report/escape/terminal.js';

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
export function registerValidate(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description('check commitment documents against the schema of their framework')
    .argument('[files...]', 'commitment YAML or JSON files (default: strategies/*.yaml)')
    .option('--framework <id|path>', 'check against this framework instead of the one each document names')
    .option('--format <format>', 'text or json', oneOf(['text', 'json']), 'text')
    .addHelpText('after', '\nExamples:\n  $ vawg validate strategies/*.yaml\n  $ vawg validate my-force.yaml --format json')
    .action((files: string[], flags: ValidateFlags) => {
      context.exitCode = runValidate(
        resolveDocuments(files, context),
        { ...flags, framework: resolveFramework(flags.framework, context) },
        context,
      );
    });
}

function runValidate(files: string[], flags: ValidateFlags, context: CliContext): number {
  const results = files.map((file) => checkFile(file, flags.framework, context));
  if (flags.format === 'json') {
    context.stdout.write(`${JSON.stringify({ version: 1, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      const stream = result.error ? context.stderr : context.stdout;
      for (const problem of result.problems)
        stream.write(`${escapeTerminal(formatLocated(problem.message, { file: problem.file ?? result.file, ...location(problem) }))}\n`);
    }
    const invalid = results.filter((result) => !result.valid).length;
    context.stdout.write(`${results.length - invalid} valid, ${invalid} invalid\n`);
  }
  if (results.some((result) => result.error)) return EXIT.unusable;
  return results.every((result) => result.valid) ? EXIT.ok : EXIT.failed;
}

function checkFile(absolute: string, framework: string | undefined, context: CliContext): FileResult {
  const file = context.display(absolute);
  try {
    const loaded = loadCommitmentDocument(absolute, framework);
    return {
      file,
      valid: loaded.problems.length === 0,
      problems: loaded.problems.map(({ line, column, message }) => ({ line, column, message })),
    };
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    const elsewhere = error.location && error.location.file !== absolute ? { file: context.display(error.location.file) } : {};
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
