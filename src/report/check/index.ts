import { withoutWorkflowCommands } from '../escape/github.js';
import type { ReportOptions } from '../style.js';
import { formatGithub } from './github.js';
import { formatCheckJson } from './json.js';
import { formatJunit } from './junit.js';
import type { CheckReport } from './report.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { CheckReport } from './report.js';

/** The formats `vawg check --format` accepts, by name. */
export const CHECK_FORMATTERS: Record<string, (report: CheckReport, options: ReportOptions) => string> = {
  ...withoutWorkflowCommands({ stylish: formatStylish, json: formatCheckJson, junit: formatJunit, sarif: formatSarif }),
  github: formatGithub,
};
