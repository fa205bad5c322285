import type { CoverageReport } from '../coverage-report.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import type { ReportOptions } from '../style.js';

/** A formatter of `vawg compare`. */
export type CompareFormatter = (report: CoverageReport, options: ReportOptions) => string;

const LOADERS: Record<string, () => Promise<CompareFormatter>> = {
  table: async () => (await import('./table.js')).formatCompareTable,
  markdown: async () => (await import('./markdown.js')).formatCompareMarkdown,
  csv: async () => (await import('./tidy.js')).formatCompareCsv,
  json: async () => (await import('./tidy.js')).formatCompareJson,
};

/** The formatter of one `vawg compare` format, as COMPARE_FORMATTERS has it, importing that format's module alone. */
export async function loadCompareFormatter(format: string): Promise<CompareFormatter> {
  const load = LOADERS[format];
  if (load === undefined) throw new Error(`no compare format "${format}"`);
  return withoutWorkflowCommands({ [format]: await load() })[format]!;
}
