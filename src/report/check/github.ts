import { escapeGithubData as escapeData, escapeGithubProperty as escapeProperty } from '../escape/github.js';
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
      return `::${escapeData(finding.severity)} ${properties}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export { escapeGithubData as escapeData, escapeGithubProperty as escapeProperty } from '../escape/github.js';
