import type { CoverageReport } from '../coverage-report.js';
import { loadFormatter, type Formatter } from '../load-formatter.js';
import type { ReportOptions } from '../style.js';

/** A formatter of `vawg gaps`. */
export type GapsFormatter = Formatter<CoverageReport, ReportOptions>;

const LOADERS: Record<string, () => Promise<GapsFormatter>> = {
  table: async () => (await import('./table.js')).formatGapsTable,
  json: async () => (await import('./json.js')).formatGapsJson,
  markdown: async () => (await import('./markdown.js')).formatGapsMarkdown,
  csv: async () => (await import('./csv.js')).formatGapsCsv,
};

/** The formatter of one `vawg gaps` format, as GAPS_FORMATTERS has it, importing that format's module alone. */
export function loadGapsFormatter(format: string): Promise<GapsFormatter> {
  return loadFormatter(LOADERS, 'gaps', format);
}
