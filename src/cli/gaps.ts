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
  REPORT_EXIT_CODES,
} from './options.js';

interface GapsFlags {
  framework?: string;
  crosswalk: string[];
  format: string;
  formulaGuard: boolean;
  detail?: boolean;
  bundled?: boolean;
  outputFile?: string;
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
    const { emitReport, reportColor } = await import('./output.js');
    if (flags.format === 'html') {
      const { htmlReport } = await import('./html-report.js');
      emitReport(await htmlReport(files, flags, context), flags, context);
      return;
    }
    const { buildCoverageReport } = await import('./coverage-input.js');
    const { loadGapsFormatter } = await import('../report/gaps/load.js');
    const report = buildCoverageReport(files, flags.framework, context, flags.crosswalk, { bundled: flags.bundled === true });
    const options = { color: reportColor(flags, context), trustedCsv: !flags.formulaGuard, detail: flags.detail === true };
    emitReport(
      (await loadGapsFormatter(flags.format))(report, options),
      flags,
      context,
      report.forces.map((force) => context.resolve(force.file)),
    );
  });
}
