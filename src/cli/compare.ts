import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
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

interface CompareFlags {
  framework?: string;
  crosswalk: string[];
  format: string;
  formulaGuard: boolean;
  bundled?: boolean;
  outputFile?: string;
}

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
    const { emitReport, reportColor } = await import('./output.js');
    if (flags.format === 'html') {
      const { htmlReport } = await import('./html-report.js');
      emitReport(await htmlReport(files, flags, context), flags, context);
      return;
    }
    const { buildCoverageReport } = await import('./coverage-input.js');
    const { loadCompareFormatter } = await import('../report/compare/load.js');
    const report = buildCoverageReport(files, flags.framework, context, flags.crosswalk, { bundled: flags.bundled === true });
    const width = flags.outputFile === undefined ? outputWidth(context) : undefined;
    const options = { color: reportColor(flags, context), trustedCsv: !flags.formulaGuard, ...(width === undefined ? {} : { width }) };
    emitReport(
      (await loadCompareFormatter(flags.format))(report, options),
      flags,
      context,
      report.forces.map((force) => context.resolve(force.file)),
    );
  });
}
