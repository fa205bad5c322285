import { Command, CommanderError } from 'commander';
import { VawgError } from '../io/errors.js';
import type { RunNotification } from '../report/check/report.js';
import type { CliContext } from './context.js';
import { emitReport } from './output.js';

/** The report of a failed run in one format, or undefined for a format meant for people (the error on standard error says it all). */
export type FailureRenderer = (failure: RunNotification, format: string) => Promise<string | undefined>;

const renderers = new WeakMap<Command, FailureRenderer>();

/** Declares that a command's machine formats stay well formed when it fails, and how to render the failure in each. */
export function reportFailuresAs(command: Command, render: FailureRenderer): void {
  renderers.set(command, render);
}

/** The failure an error stands for, with the file as the user reads it. */
export function failureOf(error: unknown, context: CliContext): RunNotification {
  if (error instanceof VawgError) {
    const place = error.location;
    return {
      level: 'error',
      message: error.message,
      ...(place ? { file: context.display(place.file) } : {}),
      ...(place?.line === undefined ? {} : { line: place.line }),
      ...(place?.column === undefined ? {} : { column: place.column }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { level: 'error', message: error instanceof CommanderError ? message.replace(/^error: /, '') : message };
}

/**
 * After `command` failed (a usage error, an unreadable input, anything), writes the report of the failure that its
 * `--format` promises (to `-o FILE` when given, else standard output), so a CI step that uploads it never uploads an
 * empty or broken file. The format and output file are read from the arguments leniently, since a usage error may
 * have stopped commander before it read them.
 */
export async function writeFailureReport(command: Command | undefined, argv: string[], error: unknown, context: CliContext): Promise<void> {
  const render = command ? renderers.get(command) : undefined;
  if (!command || !render) return;
  const requested = requestedOutput(command, argv);
  const formatOption = command.options.find((option) => option.long === '--format');
  const format = requested.format ?? (formatOption?.defaultValue as string | undefined);
  if (format === undefined) return;
  const text = await render(failureOf(error, context), format);
  if (text === undefined) return;
  try {
    emitReport(text, requested, context);
  } catch {
    // The run has failed already, and its error is on standard error; a report that cannot be written adds nothing.
  }
}

/** `--format` and `-o/--output-file` as given after the command's name, read by a lenient commander that accepts anything else. */
function requestedOutput(command: Command, argv: string[]): { format?: string; outputFile?: string } {
  const probe = new Command()
    .exitOverride()
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined })
    .option('--format <format>')
    .option('-o, --output-file <file>');
  try {
    probe.parse(argv.slice(argv.indexOf(command.name()) + 1), { from: 'user' });
  } catch {
    return {};
  }
  return probe.opts<{ format?: string; outputFile?: string }>();
}
