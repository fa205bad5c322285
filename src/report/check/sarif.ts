import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Invocation, Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { wellFormed } from '../escape/unicode.js';
import { executionSuccessful, type CheckReport, type RunNotification } from './report.js';

/**
 * SARIF 2.1.0 for code-scanning uploads: rule metadata and one result per finding, serialised with JSON.stringify. The
 * run's invocation says whether it succeeded; an input that could not be read is a tool execution notification, so a
 * failed run still uploads a log that says it failed.
 */
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
      locations: [location(finding.file, finding.line, finding.column)],
    })),
  );
  const invocation: Invocation = {
    executionSuccessful: executionSuccessful(report),
    toolExecutionNotifications: (report.notifications ?? []).map(notification),
  };
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'vawg', semanticVersion: report.toolVersion, rules } }, invocations: [invocation], results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function notification(given: RunNotification): Notification {
  return {
    level: given.level,
    message: { text: given.message },
    ...(given.file === undefined ? {} : { locations: [location(given.file, given.line, given.column)] }),
  };
}

function location(file: string, line: number | undefined, column: number | undefined): Location {
  const region = line === undefined ? undefined : { startLine: line, ...(column === undefined ? {} : { startColumn: column }) };
  return { physicalLocation: { artifactLocation: { uri: toUri(file) }, ...(region ? { region } : {}) } };
}

function toUri(given: string): string {
  const file = wellFormed(given);
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
