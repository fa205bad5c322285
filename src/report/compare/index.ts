import type { CoverageReport } from '../coverage-report.js';
import type { ReportOptions } from '../style.js';
import { formatCompareMarkdown } from './markdown.js';
import { formatCompareTable } from './table.js';
import { formatCompareCsv, formatCompareJson } from './tidy.js';
import { withoutWorkflowCommands } from '../escape/github.js';

/** The formats `vawg compare --format` accepts, by name. */
export const COMPARE_FORMATTERS: Record<string, (report: CoverageReport, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: formatCompareTable,
  markdown: formatCompareMarkdown,
  csv: formatCompareCsv,
  json: formatCompareJson,
});
