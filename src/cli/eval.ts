import { InvalidArgumentError, type Command } from 'commander';
import { SPLIT_NAMES, type SplitName } from '../evaluate/split-names.js';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { addExitCodes, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';

/** The flags the command receives. */
export interface EvalFlags {
  gold?: string;
  split: SplitName[];
  holdout?: boolean;
  errors?: boolean;
  format: string;
  framework?: string;
  outputFile?: string;
}

/** Registers `vawg eval`. */
export function registerEval(program: Command, context: CliContext): void {
  const command = program
    .command('eval')
    .description('measure extraction, mapping and strength accuracy against hand-labelled documents, split by split, beside two baselines')
    .option('--split <names>', `splits to evaluate, comma-separated: ${SPLIT_NAMES.join(', ')}`, splitList, [...SPLIT_NAMES])
    .option('--gold <dir>', 'evaluate one folder of gold label files instead of the named splits')
    .option('--holdout', 'also score each document of the tuning splits with settings and calibration refitted without it')
    .option('--errors', 'list each missed and spurious unit, wrong strength, and missing or wrong mapping with its evidence')
    .option('--framework <id|path>', 'catalog to map with, such as an edited copy of the one the labels name (it must keep its id)')
    .addOption(formatOption(FORMAT_NAMES.eval, 'table'))
    .addHelpText(
      'after',
      '\nSplits: seeds (test/gold, the bundled sources), dev (the development corpus), sealed (its sealed third,\n' +
        'never tuned on; test/corpus/split.yaml). Settings and calibration are fitted on seeds and dev.\n' +
        '\nExamples:\n  $ vawg eval\n  $ vawg eval --split sealed --errors\n  $ vawg eval --holdout --format json\n  $ vawg eval --gold my-gold/',
    );
  addOutputOption(command);
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (flags: EvalFlags) => {
    const { evalCommand } = await import('./eval-run.js');
    await evalCommand(flags, context);
  });
}

function splitList(value: string): SplitName[] {
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !(SPLIT_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) throw new InvalidArgumentError(`unknown split "${unknown}" (expected ${SPLIT_NAMES.join(', ')})`);
  return names as SplitName[];
}
