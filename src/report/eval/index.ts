import type { EvaluationReport } from '../../evaluate/index.js';
import type { ReportOptions } from '../style.js';
import { formatEvalTable } from './table.js';
import { withoutWorkflowCommands } from '../escape/github.js';

/** The formats `vawg eval --format` accepts, by name. */
export const EVAL_FORMATTERS: Record<string, (report: EvaluationReport, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: formatEvalTable,
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
});
