import type { Command } from 'commander';
import { GAPS_FORMATTERS } from '../report/gaps/index.js';
import type { CliContext } from './context.js';
import { buildCoverageReport, collect, CROSSWALK_OPTION_HELP } from './coverage-input.js';
import { htmlReport } from './report.js';
import { oneOf } from './shared.js';

/** Registers `vawg gaps`. */
export function registerGaps(program: Command, context: CliContext): void {
  program
    .command('gaps')
    .description('report, per force, which framework actions are covered, only partly covered, or missing')
    .argument('[files...]', 'commitment documents, or bundled slugs such as dorset (default: strategies/*.yaml)')
    .option(
      '--framework <id|path>',
      'framework to assess against (default: the one the documents name); documents mapped to another are read through a crosswalk',
    )
    .option('--crosswalk <file>', CROSSWALK_OPTION_HELP, collect, [])
    .option(
      '--format <format>',
      [...Object.keys(GAPS_FORMATTERS), 'html'].join(', '),
      oneOf([...Object.keys(GAPS_FORMATTERS), 'html']),
      'table',
    )
    .option(
      '--no-formula-guard',
      "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg gaps\n  $ vawg gaps dorset kent --format markdown\n  $ vawg gaps strategies/*.yaml --format csv > coverage.csv',
    )
    .action(async (files: string[], flags: { framework?: string; crosswalk: string[]; format: string; formulaGuard: boolean }) => {
      if (flags.format === 'html') {
        context.stdout.write(await htmlReport(files, flags, context));
        return;
      }
      const report = buildCoverageReport(files, flags.framework, context, flags.crosswalk);
      context.stdout.write(GAPS_FORMATTERS[flags.format]!(report, { color: context.color(), trustedCsv: !flags.formulaGuard }));
    });
}
