import type { Command } from 'commander';
import { COMPARE_FORMATTERS } from '../report/compare/index.js';
import type { CliContext } from './context.js';
import { buildCoverageReport, collect, CROSSWALK_OPTION_HELP } from './coverage-input.js';
import { htmlReport } from './report.js';
import { oneOf } from './shared.js';

/** Registers `vawg compare`. */
export function registerCompare(program: Command, context: CliContext): void {
  program
    .command('compare')
    .description('a matrix of framework actions (rows) against forces (columns): status and number of commitments per cell')
    .argument('[files...]', 'commitment documents, or bundled slugs such as dorset (default: strategies/*.yaml)')
    .option(
      '--framework <id|path>',
      'framework to compare against (default: the one the documents name); documents mapped to another are read through a crosswalk',
    )
    .option('--crosswalk <file>', CROSSWALK_OPTION_HELP, collect, [])
    .option(
      '--format <format>',
      [...Object.keys(COMPARE_FORMATTERS), 'html'].join(', '),
      oneOf([...Object.keys(COMPARE_FORMATTERS), 'html']),
      'table',
    )
    .option(
      '--no-formula-guard',
      "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg compare\n  $ vawg compare dorset warwickshire kent --format markdown\n  $ vawg compare --format csv > matrix.csv',
    )
    .action(async (files: string[], flags: { framework?: string; crosswalk: string[]; format: string; formulaGuard: boolean }) => {
      if (flags.format === 'html') {
        context.stdout.write(await htmlReport(files, flags, context));
        return;
      }
      const report = buildCoverageReport(files, flags.framework, context, flags.crosswalk);
      context.stdout.write(COMPARE_FORMATTERS[flags.format]!(report, { color: context.color(), trustedCsv: !flags.formulaGuard }));
    });
}
