import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { reportFailuresAs } from './failure-report.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption } from './options.js';

/** The flags of `vawg validate`. */
export interface ValidateFlags {
  framework?: string;
  format: string;
  bundled?: boolean;
  quiet?: boolean;
  outputFile?: string;
}

/** `text` (one `file:line:col: message` line per problem, then a count), and the formats `vawg check` prints. */
const VALIDATE_FORMATS = ['text', ...FORMAT_NAMES.check];

/** Registers `vawg validate`. */
export function registerValidate(program: Command, context: CliContext): void {
  const command = program
    .command('validate')
    .description('check commitment documents against the schema of their framework')
    .argument(
      '[files...]',
      'commitment YAML or JSON files, folders of them, globs, slugs, or - for standard input (default: ./strategies/*.yaml)',
    )
    .option('--framework <id|path>', 'check against this framework instead of the one each document names')
    .addOption(formatOption(VALIDATE_FORMATS, 'text'))
    .option('--quiet', 'show no progress bar');
  addOutputOption(command, 'the report (written even when a file cannot be read, in the --format asked for)');
  addInputOptions(command, { bundled: true });
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg validate\n  $ vawg validate strategies/*.yaml\n  $ vawg validate my-force.yaml --format json\n  $ vawg validate --format sarif -o validate.sarif',
  );
  addExitCodes(command, {
    0: 'every document is valid',
    1: 'a document breaks its schema',
    2: 'a file could not be checked: missing, unreadable, malformed YAML, unknown framework; or no documents to check',
  });
  command.action(async (files: string[], flags: ValidateFlags) => {
    const { validateCommand } = await import('./validate-run.js');
    validateCommand(files, flags, context);
  });
  reportFailuresAs(command, async (failure, format) => (await import('./validate-run.js')).validateFailure(failure, format));
}
