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
  outputWidth,
  REPORT_EXIT_CODES,
} from './options.js';

type CompareFlags = CoverageReportFlags;

/** Registers `vawg compare`. */
export function registerCompare(program: Command, context: CliContext): void {
  const command = program
    .command('compare')
    .description(
      'a matrix of framework actions against forces: status and number of commitments per cell, turned (forces as rows) or split to fit the terminal',
    );
  addCoverageSources(command, 'compare');
  command.addOption(formatOption([...FORMAT_NAMES.compare, 'html'], 'table'));
  addFormulaGuardOption(command);
  addOutputOption(command);
  addInputOptions(command, { bundled: true });
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg compare\n  $ vawg compare dorset warwickshire kent --format markdown\n  $ vawg compare --format csv -o matrix.csv\n  $ COLUMNS=100 vawg compare forces/ > matrix.txt',
  );
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (files: string[], flags: CompareFlags) => {
    const width = flags.outputFile === undefined ? outputWidth(context) : undefined;
    await runCoverageReport(files, flags, context, async (report, color) =>
      (await (await import('../report/compare/load.js')).loadCompareFormatter(flags.format))(report, {
        color,
        trustedCsv: !flags.formulaGuard,
        ...(width === undefined ? {} : { width }),
      }),
    );
  });
}
