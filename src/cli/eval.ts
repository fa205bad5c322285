import type { Command } from 'commander';
import { evaluateGoldSet } from '../evaluate/index.js';
import { EVAL_FORMATTERS } from '../report/eval/index.js';
import type { CliContext } from './context.js';
import { oneOf } from './shared.js';

/** Registers `vawg eval`. */
export function registerEval(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description('measure extraction and mapping accuracy against hand-labelled gold documents, beside a naive baseline')
    .option('--gold <dir>', 'folder of gold label files', 'test/gold')
    .option('--holdout', 'also tune thresholds leaving each force out in turn, and score the force left out')
    .option('--format <format>', 'table or json', oneOf(Object.keys(EVAL_FORMATTERS)), 'table')
    .addHelpText('after', '\nExamples:\n  $ vawg eval\n  $ vawg eval --holdout\n  $ vawg eval --gold my-gold/ --format json')
    .action(async (flags: { gold: string; holdout?: boolean; format: string }) => {
      const report = await evaluateGoldSet(context.resolve(flags.gold), { holdout: flags.holdout === true });
      context.stdout.write(EVAL_FORMATTERS[flags.format]!(report, { color: context.color() }));
    });
}
