import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';

/** Registers `vawg explain`. */
export function registerExplain(program: Command, context: CliContext): void {
  const command = program
    .command('explain')
    .description(
      'show why a commitment or statement was read and mapped as it was: whose voice, the phrases matched, what its headings contributed, the confidence and any review flag',
    )
    .argument('<file>', 'a commitment document, a bundled slug such as warwickshire, or - for standard input')
    .argument('<commitment-id>', 'the id of a commitment, statement or retired commitment, or a unique start of it')
    .addOption(formatOption(['text', 'json'], 'text'));
  addOutputOption(command, 'the explanation');
  addInputOptions(command);
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg explain strategies/warwickshire.yaml warwickshire-8d46856b\n  $ vawg explain dorset dorset-1912 --format json',
  );
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (file: string, id: string, flags: { format: string; outputFile?: string }) => {
    const { explainCommand } = await import('./explain-run.js');
    explainCommand(file, id, flags, context);
  });
}
