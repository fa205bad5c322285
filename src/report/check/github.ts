import type { CheckReport } from './report.js';

/** GitHub Actions workflow commands (`::error file=...,line=...::message`), so a pull request shows each finding on its line. */
export function formatGithub(report: CheckReport): string {
  const lines = report.files.flatMap((entry) =>
    entry.findings.map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(`vawg ${finding.rule}`)}`,
      ].join(',');
      return `::${finding.severity} ${properties}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Escapes a command's message as the workflow-command syntax requires (%, CR, LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
