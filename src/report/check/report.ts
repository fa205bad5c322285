import type { Finding, RuleSetting, Severity } from '../../model/index.js';

/** A rule as the report describes it, with the severity it ran at. */
export interface ReportedRule {
  id: string;
  description: string;
  setting: RuleSetting;
}

/** What `vawg check` found in every draft. */
export interface CheckReport {
  files: { file: string; findings: Finding[] }[];
  rules: ReportedRule[];
  failOn: Severity;
  toolVersion: string;
}

/** Counts of errors and warnings over a report. */
export function countFindings(report: CheckReport): { errors: number; warnings: number } {
  const all = report.files.flatMap((entry) => entry.findings);
  return {
    errors: all.filter((finding) => finding.severity === 'error').length,
    warnings: all.filter((finding) => finding.severity === 'warning').length,
  };
}
