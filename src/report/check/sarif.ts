import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { wellFormed } from '../escape/unicode.js';
import type { CheckReport } from './report.js';

/** SARIF 2.1.0 for code-scanning uploads: rule metadata and one result per finding, serialised with JSON.stringify. */
export function formatSarif(report: CheckReport): string {
  const rules: ReportingDescriptor[] = report.rules.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    defaultConfiguration: { enabled: rule.setting !== 'off', level: rule.setting === 'off' ? 'none' : rule.setting },
  }));
  const index = new Map(report.rules.map((rule, position) => [rule.id, position]));
  const results: Result[] = report.files.flatMap((entry) =>
    entry.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: index.get(finding.rule) ?? 0,
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(finding.file) },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        },
      ],
    })),
  );
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'vawg', semanticVersion: report.toolVersion, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toUri(given: string): string {
  const file = wellFormed(given);
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
