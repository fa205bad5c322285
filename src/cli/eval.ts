import type { Command } from 'commander';
import { evaluateGoldSet } from '../evaluate/index.js';
import { EVAL_FORMATTERS } from '../report/eval/index.js';
import type { CliContext } from './context.js';
import { addExitCodes, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';
import { emitReport, reportColor } from './output.js';

/** Registers `vawg eval`. */
export function registerEval(program: Command, context: CliContext): void {
  const command = program
    .command('eval')
    .description('measure extraction and mapping accuracy against hand-labelled gold documents, beside a naive baseline')
    .option('--gold <dir>', 'folder of gold label files', 'test/gold')
    .option('--holdout', 'also tune thresholds leaving each force out in turn, and score the force left out')
    .addOption(formatOption(Object.keys(EVAL_FORMATTERS), 'table'))
    .addHelpText('after', '\nExamples:\n  $ vawg eval\n  $ vawg eval --holdout\n  $ vawg eval --gold my-gold/ --format json');
  addOutputOption(command);
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (flags: { gold: string; holdout?: boolean; format: string; outputFile?: string }) => {
    const report = await evaluateGoldSet(context.resolve(flags.gold), { holdout: flags.holdout === true });
    emitReport(EVAL_FORMATTERS[flags.format]!(report, { color: reportColor(flags, context) }), flags, context);
  });
}
