import type { DiffReport } from '../../assess/diff.js';
import type { ReportOptions } from '../style.js';
import { formatDiffCsv } from './csv.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffText } from './text.js';
import { withoutWorkflowCommands } from '../escape/github.js';

/** Version of the JSON that `vawg diff --format json` prints. */
export const DIFF_JSON_VERSION = 1;

/** The formats `vawg diff --format` accepts, by name. */
export const DIFF_FORMATTERS: Record<string, (report: DiffReport, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: formatDiffText,
  markdown: formatDiffMarkdown,
  csv: formatDiffCsv,
  json: (report) => `${JSON.stringify({ version: DIFF_JSON_VERSION, ...report }, null, 2)}\n`,
});
