import { COVERAGE_JSON_VERSION, type CoverageReport } from '../coverage-report.js';

/** The gap report as JSON (the public shape documented in the README). */
export function formatGapsJson(report: CoverageReport): string {
  const output = {
    version: COVERAGE_JSON_VERSION,
    framework: { id: report.framework.id, title: report.framework.title },
    forces: report.forces,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
