import type { Finding, RuleSetting, Severity } from '../../model/index.js';

/** A rule as the report describes it, with the severity it ran at. */
export interface ReportedRule {
  id: string;
  description: string;
  setting: RuleSetting;
}

/**
 * Something about the run rather than the drafts' content: an input that could not be read or a run that could not
 * start (`error`: the run failed, exit 2), or a guess the tool made, such as a force named from the file name (`warning`).
 */
export interface RunNotification {
  level: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What `vawg check` (or `vawg validate`) found in every file. */
export interface CheckReport {
  /** Each file checked, its findings, and how many findings inline directives suppressed. */
  files: { file: string; findings: Finding[]; suppressed?: number }[];
  rules: ReportedRule[];
  failOn: Severity;
  toolVersion: string;
  /** Inputs that could not be checked and guesses made; empty when the run went as asked. */
  notifications?: RunNotification[];
  /** The command that made the report, for the names of test suites and runs (default `vawg check`). */
  command?: string;
}

/** Counts of errors and warnings over a report. */
export function countFindings(report: CheckReport): { errors: number; warnings: number } {
  const all = report.files.flatMap((entry) => entry.findings);
  return {
    errors: all.filter((finding) => finding.severity === 'error').length,
    warnings: all.filter((finding) => finding.severity === 'warning').length,
  };
}

/** Whether every input was read and checked: no error notification. */
export function executionSuccessful(report: CheckReport): boolean {
  return !(report.notifications ?? []).some((notification) => notification.level === 'error');
}

/** A notification's place as `file:line:col`, `file`, or nothing. */
export function notificationPlace(notification: RunNotification): string {
  if (notification.file === undefined) return '';
  if (notification.line === undefined) return notification.file;
  return `${notification.file}:${notification.line}${notification.column === undefined ? '' : `:${notification.column}`}`;
}
