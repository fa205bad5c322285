import type { CoverageReport } from '../coverage-report.js';
import { loadFormatter, type Formatter } from '../load-formatter.js';
import type { ReportOptions } from '../style.js';

/** A formatter of `vawg compare`. */
export type CompareFormatter = Formatter<CoverageReport, ReportOptions>;

const LOADERS: Record<string, () => Promise<CompareFormatter>> = {
  table: async () => (await import('./table.js')).formatCompareTable,
  markdown: async () => (await import('./markdown.js')).formatCompareMarkdown,
  csv: async () => (await import('./tidy.js')).formatCompareCsv,
  json: async () => (await import('./tidy.js')).formatCompareJson,
};

/** The formatter of one `vawg compare` format, as COMPARE_FORMATTERS has it, importing that format's module alone. */
export function loadCompareFormatter(format: string): Promise<CompareFormatter> {
  return loadFormatter(LOADERS, 'compare', format);
}
