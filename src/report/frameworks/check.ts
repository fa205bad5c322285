import type { Finding } from '../../model/index.js';
import { formatLocated } from '../../io/errors.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal as t } from '../escape/terminal.js';
import type { ReportOptions } from '../style.js';

/** What checking one catalog or crosswalk file found. */
export interface CheckedFile {
  file: string;
  kind: 'catalog' | 'crosswalk' | 'unreadable';
  valid: boolean;
  findings: Finding[];
}

/** Version of the JSON `vawg frameworks check --format json` prints. */
export const FRAMEWORK_CHECK_JSON_VERSION = 1;

/**
 * What `vawg frameworks check` found, as text (one `file:line:col: message (rule)` line per finding and a summary) or JSON;
 * file names and messages, which quote the checked files, are escaped for each format.
 */
export const FRAMEWORK_CHECK_FORMATTERS: Record<string, (checked: CheckedFile[], options: ReportOptions) => string> = withoutWorkflowCommands({
  text: (checked) => {
    const lines = checked.flatMap((entry) =>
      entry.findings.map((finding) => {
        const label = finding.severity === 'warning' ? 'warning: ' : '';
        return t(formatLocated(`${label}${finding.message} (${finding.rule})`, finding));
      }),
    );
    const invalid = checked.filter((entry) => !entry.valid).length;
    const warnings = checked.reduce((sum, entry) => sum + entry.findings.filter((finding) => finding.severity === 'warning').length, 0);
    lines.push(`${checked.length - invalid} valid, ${invalid} invalid${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`);
    return `${lines.join('\n')}\n`;
  },
  json: (checked) => `${JSON.stringify({ version: FRAMEWORK_CHECK_JSON_VERSION, files: checked }, null, 2)}\n`,
});
