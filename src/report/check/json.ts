import { countFindings, type CheckReport } from './report.js';

/** Version of the JSON that `vawg check --format json` prints. */
export const CHECK_JSON_VERSION = 1;

/** Findings as JSON: per file, with rule, severity, message, line and column, and totals. */
export function formatCheckJson(report: CheckReport): string {
  const output = {
    version: CHECK_JSON_VERSION,
    failOn: report.failOn,
    files: report.files.map((entry) => ({
      file: entry.file,
      findings: entry.findings.map(({ rule, severity, message, line, column }) => ({ rule, severity, message, line, column })),
    })),
    rules: report.rules,
    totals: countFindings(report),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
