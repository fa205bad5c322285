import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption } from './options.js';

/** The flags the command receives. */
export interface DiffFlags {
  framework?: string;
  format: string;
  exitCode?: boolean;
  formulaGuard: boolean;
  outputFile?: string;
}

/** Registers `vawg diff`. */
export function registerDiff(program: Command, context: CliContext): void {
  const command = program
    .command('diff')
    .description('compare two commitment documents (two forces, or two versions of one strategy) action by action')
    .argument('<a>', 'first commitment document, a bundled slug, or - for standard input')
    .argument('<b>', 'second commitment document, a bundled slug, or - for standard input')
    .option('--framework <id|path>', 'framework to compare against (default: the one the documents name)')
    .addOption(formatOption(FORMAT_NAMES.diff, 'table'))
    .option('--exit-code', 'exit 1 when the documents differ and 0 when they do not, as git diff --exit-code does')
    .option(
      '--no-formula-guard',
      "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
    );
  addOutputOption(command);
  addInputOptions(command);
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg diff dorset warwickshire\n  $ vawg diff old/kent.yaml strategies/kent.yaml --format markdown\n  $ vawg diff old/kent.yaml strategies/kent.yaml --exit-code > /dev/null || echo "the strategy changed"',
  );
  addExitCodes(command, {
    0: 'the diff was written (with --exit-code: and the documents do not differ)',
    1: 'with --exit-code: the documents differ',
    2: 'it could not be: usage error, missing or unreadable file, invalid document, documents of different frameworks',
  });
  command.action(async (a: string, b: string, flags: DiffFlags) => {
    const { diffCommand } = await import('./diff-run.js');
    diffCommand(a, b, flags, context);
  });
}
