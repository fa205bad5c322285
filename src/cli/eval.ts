import type { Command } from 'commander';
import { evaluateGoldSet } from '../evaluate/index.js';
import { EVAL_FORMATTERS } from '../report/eval/index.js';
import { shouldColor } from '../report/style.js';
import { oneOf } from './shared.js';

/** Registers `vawg eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('measure extraction and mapping accuracy against hand-labelled gold documents, beside a naive baseline')
    .option('--gold <dir>', 'folder of gold label files', 'test/gold')
    .option('--holdout', 'also tune thresholds leaving each force out in turn, and score the force left out')
    .option('--format <format>', 'table or json', oneOf(Object.keys(EVAL_FORMATTERS)), 'table')
    .addHelpText('after', '\nExamples:\n  $ vawg eval\n  $ vawg eval --holdout\n  $ vawg eval --gold my-gold/ --format json')
    .action(async (flags: { gold: string; holdout?: boolean; format: string }) => {
      const report = await evaluateGoldSet(flags.gold, { holdout: flags.holdout === true });
      process.stdout.write(EVAL_FORMATTERS[flags.format]!(report, { color: shouldColor() }));
    });
}
