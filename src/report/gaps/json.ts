import { GAPS_JSON_VERSION, type GapsReport } from './report.js';

/** The gap report as JSON (the public shape documented in the README). */
export function formatGapsJson(report: GapsReport): string {
  const output = {
    version: GAPS_JSON_VERSION,
    framework: { id: report.framework.id, title: report.framework.title },
    forces: report.forces,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
