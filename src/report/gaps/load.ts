import type { CoverageReport } from '../coverage-report.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import type { ReportOptions } from '../style.js';

/** A formatter of `vawg gaps`. */
export type GapsFormatter = (report: CoverageReport, options: ReportOptions) => string;

const LOADERS: Record<string, () => Promise<GapsFormatter>> = {
  table: async () => (await import('./table.js')).formatGapsTable,
  json: async () => (await import('./json.js')).formatGapsJson,
  markdown: async () => (await import('./markdown.js')).formatGapsMarkdown,
  csv: async () => (await import('./csv.js')).formatGapsCsv,
};

/** The formatter of one `vawg gaps` format, as GAPS_FORMATTERS has it, importing that format's module alone. */
export async function loadGapsFormatter(format: string): Promise<GapsFormatter> {
  const load = LOADERS[format];
  if (load === undefined) throw new Error(`no gaps format "${format}"`);
  return withoutWorkflowCommands({ [format]: await load() })[format]!;
}
