import { InvalidArgumentError, Option, type Command } from 'commander';
import { didYouMean } from '../text/suggest.js';

/** What each exit code of a command means, for its help and the README. */
export type ExitCodes = Partial<Record<0 | 1 | 2, string>>;

/** A commander parser that accepts one of a fixed set of values, and names the nearest for a typo. */
export function oneOf(allowed: readonly string[]): (value: string) => string {
  return (value: string) => {
    if (!allowed.includes(value)) throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}${didYouMean(value, allowed)}`);
    return value;
  };
}

/** A `--format` option over `formats` (listed as its choices in the help), defaulting to `defaultFormat`. */
export function formatOption(formats: readonly string[], defaultFormat: string, description = 'output format'): Option {
  const option = new Option('--format <format>', description).default(defaultFormat).argParser(oneOf(formats));
  option.argChoices = [...formats];
  return option;
}

/** Adds `-o, --output-file <file>`: write the report to a file (atomically) instead of standard output. */
export function addOutputOption(command: Command, what = 'the report'): Command {
  return command.option('-o, --output-file <file>', `write ${what} to this file instead of standard output`);
}

/** Adds `--stdin-filename` (the name `-` is read under) and, for commands that read commitment documents, `--bundled`. */
export function addInputOptions(command: Command, options: { bundled?: boolean } = {}): Command {
  command.option(
    '--stdin-filename <path>',
    'with -, the name standard input is read as: its format, and the file findings and errors name',
  );
  if (options.bundled) command.option('--bundled', 'also read the strategies this package ships (strategies/*.yaml of the package)');
  return command;
}

/** Ends a command's help with its exit codes. */
export function addExitCodes(command: Command, codes: ExitCodes): Command {
  const lines = Object.entries(codes).map(([code, meaning]) => `  ${code}  ${meaning}`);
  return command.addHelpText('after', `\nExit codes:\n${lines.join('\n')}`);
}

/** Exit codes of a command that prints a report and judges nothing. */
export const REPORT_EXIT_CODES: ExitCodes = {
  0: 'the report was written',
  2: 'it could not be: usage error, missing or unreadable file, invalid document, unknown framework',
};

/** The width a terminal table should fit: the terminal's columns, else the COLUMNS variable, else none (a pipe or file gets the whole table). */
export function outputWidth(context: { stdout: { columns?: number }; env: Record<string, string | undefined> }): number | undefined {
  if (context.stdout.columns !== undefined && context.stdout.columns > 0) return context.stdout.columns;
  const fromEnvironment = Number(context.env.COLUMNS);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : undefined;
}

/** The `--crosswalk` option's help, shared by the commands that assess coverage. */
export const CROSSWALK_OPTION_HELP =
  "a crosswalk file joining the documents' framework to --framework (repeatable; the bundled ones are used otherwise)";

/** A commander parser that collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Adds what a coverage report (gaps, compare) reads: documents as arguments, `--framework` to `verb` against, and `--crosswalk`. */
export function addCoverageSources(command: Command, verb: string): Command {
  return command
    .argument(
      '[files...]',
      'commitment documents, folders of them, globs, slugs such as dorset, or - for standard input (default: ./strategies/*.yaml)',
    )
    .option(
      '--framework <id|path>',
      `framework to ${verb} against (default: the one the documents name); documents mapped to another are read through a crosswalk`,
    )
    .option('--crosswalk <file>', CROSSWALK_OPTION_HELP, collect, []);
}

/** Adds `--no-formula-guard`: CSV cells that start with = + - @ written as they are. */
export function addFormulaGuardOption(command: Command): Command {
  return command.option(
    '--no-formula-guard',
    "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
  );
}
