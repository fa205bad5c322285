import type { ReportOptions } from '../style.js';
import { formatGapsCsv } from './csv.js';
import { formatGapsJson } from './json.js';
import { formatGapsMarkdown } from './markdown.js';
import type { CoverageReport } from '../coverage-report.js';
import { formatGapsTable } from './table.js';
import { withoutWorkflowCommands } from '../escape/github.js';

export type { CoverageReport } from '../coverage-report.js';

/** The formats `vawg gaps --format` accepts, by name. */
export const GAPS_FORMATTERS: Record<string, (report: CoverageReport, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: formatGapsTable,
  json: formatGapsJson,
  markdown: formatGapsMarkdown,
  csv: formatGapsCsv,
});
