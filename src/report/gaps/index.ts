import type { ReportOptions } from '../style.js';
import { formatGapsCsv } from './csv.js';
import { formatGapsJson } from './json.js';
import { formatGapsMarkdown } from './markdown.js';
import type { GapsReport } from './report.js';
import { formatGapsTable } from './table.js';

export type { GapsReport } from './report.js';

/** The formats `vawg gaps --format` accepts, by name. */
export const GAPS_FORMATTERS: Record<string, (report: GapsReport, options: ReportOptions) => string> = {
  table: formatGapsTable,
  json: formatGapsJson,
  markdown: formatGapsMarkdown,
  csv: formatGapsCsv,
};
