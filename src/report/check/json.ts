import { countFindings, executionSuccessful, type CheckReport } from './report.js';

/** Version of the JSON that `vawg check --format json` prints. */
export const CHECK_JSON_VERSION = 1;

/** The report as the plain object `--format json` prints, for commands that add fields of their own. */
export function checkJsonObject(report: CheckReport): Record<string, unknown> & { files: Record<string, unknown>[] } {
  return {
    version: CHECK_JSON_VERSION,
    failOn: report.failOn,
    executionSuccessful: executionSuccessful(report),
    files: report.files.map((entry) => ({
      file: entry.file,
      findings: entry.findings.map(({ rule, severity, message, line, column, page }) => ({
        rule,
        severity,
        message,
        line,
        column,
        ...(page === undefined ? {} : { page }),
      })),
      ...(entry.suppressed === undefined ? {} : { suppressed: entry.suppressed }),
    })),
    notifications: report.notifications ?? [],
    rules: report.rules,
    totals: countFindings(report),
  };
}

/** Findings as JSON: per file, with rule, severity, message, line, column (and page, in a PDF), and totals; inputs that could not be read under `notifications`. */
export function formatCheckJson(report: CheckReport): string {
  return `${JSON.stringify(checkJsonObject(report), null, 2)}\n`;
}
