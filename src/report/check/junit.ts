import { create } from 'xmlbuilder2';
import { reachesSeverity } from '../../assess/check/index.js';
import { escapeXml as x } from '../escape/xml.js';
import { notificationPlace, type CheckReport, type RunNotification } from './report.js';

/**
 * JUnit XML: a test suite per draft, a test case per rule; a case fails when its rule found something at or above
 * --fail-on. An input that could not be read is a test case in error, so a failed run never reads as a pass. Built with
 * xmlbuilder2, which escapes markup; characters XML 1.0 forbids are dropped first.
 */
export function formatJunit(report: CheckReport): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', { name: report.command ?? 'vawg check' });
  let tests = 0;
  let failures = 0;
  for (const entry of report.files) {
    const suite = root.ele('testsuite', { name: x(entry.file) });
    let suiteFailures = 0;
    let skipped = 0;
    for (const rule of report.rules) {
      const testcase = suite.ele('testcase', { classname: x(entry.file), name: x(rule.id) });
      tests += 1;
      if (rule.setting === 'off') {
        testcase.ele('skipped', { message: 'rule switched off' });
        skipped += 1;
        continue;
      }
      const findings = entry.findings.filter((finding) => finding.rule === rule.id);
      const failing = findings.filter((finding) => reachesSeverity(finding.severity, report.failOn));
      const listing = findings
        .map((finding) => x(`${entry.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`))
        .join('\n');
      if (failing.length > 0) {
        testcase
          .ele('failure', {
            message: x(`${failing.length} finding${failing.length === 1 ? '' : 's'}: ${failing[0]!.message}`),
            type: x(rule.id),
          })
          .txt(listing);
        suiteFailures += 1;
      } else if (findings.length > 0) {
        testcase.ele('system-out').txt(listing);
      }
    }
    suite.att({ tests: String(report.rules.length), failures: String(suiteFailures), errors: '0', skipped: String(skipped) });
    failures += suiteFailures;
  }
  const errors = (report.notifications ?? []).filter((notification) => notification.level === 'error');
  if (errors.length > 0) errorSuite(root, errors);
  tests += errors.length;
  root.att({ tests: String(tests), failures: String(failures), errors: String(errors.length) });
  return `${root.end({ prettyPrint: true })}\n`;
}

/** A test suite of the inputs that could not be read (or the run that could not start), one test case in error each. */
function errorSuite(root: ReturnType<typeof create>, errors: RunNotification[]): void {
  const suite = root.ele('testsuite', {
    name: 'could not run',
    tests: String(errors.length),
    failures: '0',
    errors: String(errors.length),
  });
  for (const error of errors) {
    const place = notificationPlace(error);
    suite
      .ele('testcase', { classname: x(error.file ?? 'vawg'), name: 'read' })
      .ele('error', { message: x(error.message), type: 'could-not-run' })
      .txt(x(place === '' ? error.message : `${place}: ${error.message}`));
  }
}
