import { painter, type ReportOptions } from '../style.js';
import { countFindings, type CheckReport } from './report.js';
import { escapeTerminal as t } from '../escape/terminal.js';

/**
 * Findings grouped by file, one `line:col severity message rule` row each, and a summary line (like ESLint's stylish);
 * nothing when no input could be read (the errors are on standard error).
 */
export function formatStylish(report: CheckReport, options: ReportOptions): string {
  const unread = (report.notifications ?? []).filter((notification) => notification.level === 'error').length;
  if (report.files.length === 0 && unread > 0) return '';
  const paint = painter(options);
  const lines: string[] = [];
  for (const entry of report.files) {
    if (entry.findings.length === 0) continue;
    lines.push(paint.underline(t(entry.file)));
    const placeWidth = Math.max(...entry.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    for (const finding of entry.findings) {
      const place = `${finding.line}:${finding.column}`.padEnd(placeWidth);
      const severity = finding.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
      lines.push(`  ${paint.dim(place)}  ${severity}  ${t(finding.message)}  ${paint.dim(t(finding.rule))}`);
    }
    lines.push('');
  }
  const { errors, warnings } = countFindings(report);
  const total = errors + warnings;
  const files = `${report.files.length} ${report.command === 'vawg validate' ? 'file' : 'draft'}${report.files.length === 1 ? '' : 's'}`;
  const suppressed = report.files.reduce((sum, entry) => sum + (entry.suppressed ?? 0), 0);
  const hidden = suppressed > 0 ? paint.dim(` · ${suppressed} suppressed inline`) : '';
  if (total === 0) lines.push(`${paint.green(`✔ no problems in ${files}`)}${hidden}`);
  else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files}`;
    lines.push(`${errors > 0 ? paint.red.bold(summary) : paint.yellow.bold(summary)}${hidden}`);
  }
  if (unread > 0) lines.push(paint.red.bold(`✖ ${unread} input${unread === 1 ? '' : 's'} could not be checked (see the errors above)`));
  return `${lines.join('\n')}\n`;
}
