import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { runCoverageReport, type CoverageReportFlags } from './coverage-report-run.js';
import {
  addExitCodes,
  addInputOptions,
  addOutputOption,
  addCoverageSources,
  addFormulaGuardOption,
  formatOption,
  REPORT_EXIT_CODES,
} from './options.js';

interface GapsFlags extends CoverageReportFlags {
  detail?: boolean;
}

/** Registers `vawg gaps`. */
export function registerGaps(program: Command, context: CliContext): void {
  const command = program
    .command('gaps')
    .description('report, per force, which framework actions are covered, only partly covered, or missing');
  addCoverageSources(command, 'assess');
  command
    .addOption(formatOption([...FORMAT_NAMES.gaps, 'html'], 'table'))
    .option('--detail', "table: with several forces, each force's table after the summary");
  addFormulaGuardOption(command);
  addOutputOption(command);
  addInputOptions(command, { bundled: true });
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg gaps\n  $ vawg gaps dorset kent --format markdown\n  $ vawg gaps strategies/ --detail\n  $ vawg gaps --bundled --format csv -o coverage.csv',
  );
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (files: string[], flags: GapsFlags) => {
    await runCoverageReport(files, flags, context, async (report, color) =>
      (await (await import('../report/gaps/load.js')).loadGapsFormatter(flags.format))(report, {
        color,
        trustedCsv: !flags.formulaGuard,
        detail: flags.detail === true,
      }),
    );
  });
}
