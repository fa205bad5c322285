import { escapeGithubData as escapeData, escapeGithubProperty as escapeProperty } from '../escape/github.js';
import type { CheckReport, RunNotification } from './report.js';

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`), so a pull request shows each finding on its
 * line; an input that could not be read, and a guess the tool made, are annotated the same way.
 */
export function formatGithub(report: CheckReport): string {
  const command = report.command ?? 'vawg check';
  const notices = (report.notifications ?? []).map((notification) => notificationCommand(notification, command));
  const lines = report.files.flatMap((entry) =>
    entry.findings.map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(`vawg ${finding.rule}`)}`,
      ].join(',');
      return `::${escapeData(finding.severity)} ${properties}::${escapeData(finding.message)}`;
    }),
  );
  const all = [...notices, ...lines];
  return all.length === 0 ? '' : `${all.join('\n')}\n`;
}

function notificationCommand(notification: RunNotification, command: string): string {
  const properties = [
    ...(notification.file === undefined ? [] : [`file=${escapeProperty(notification.file)}`]),
    ...(notification.line === undefined ? [] : [`line=${notification.line}`]),
    ...(notification.column === undefined ? [] : [`col=${notification.column}`]),
    `title=${escapeProperty(notification.level === 'error' ? `${command} could not run` : command)}`,
  ].join(',');
  return `::${notification.level} ${properties}::${escapeData(notification.message)}`;
}

export { escapeGithubData as escapeData, escapeGithubProperty as escapeProperty } from '../escape/github.js';
