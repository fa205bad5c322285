import type { CoverageReport } from '../report/coverage-report.js';
import type { CliContext } from './context.js';

/** The flags every coverage report (gaps, compare) takes. */
export interface CoverageReportFlags {
  framework?: string;
  crosswalk: string[];
  format: string;
  formulaGuard: boolean;
  bundled?: boolean;
  outputFile?: string;
}

/**
 * Runs a coverage report command: `--format html` writes the HTML report; any other format reads,
 * scores and formats the documents with `format`, then writes the text to stdout or `-o`.
 */
export async function runCoverageReport(
  files: string[],
  flags: CoverageReportFlags,
  context: CliContext,
  format: (report: CoverageReport, color: boolean) => Promise<string>,
): Promise<void> {
  const { emitReport, reportColor } = await import('./output.js');
  if (flags.format === 'html') {
    const { htmlReport } = await import('./html-report.js');
    emitReport(await htmlReport(files, flags, context), flags, context);
    return;
  }
  const { buildCoverageReport } = await import('./coverage-input.js');
  const report = buildCoverageReport(files, flags.framework, context, flags.crosswalk, { bundled: flags.bundled === true });
  emitReport(
    await format(report, reportColor(flags, context)),
    flags,
    context,
    report.forces.map((force) => context.resolve(force.file)),
  );
}
