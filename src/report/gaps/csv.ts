import { stringify } from 'csv-stringify/sync';
import type { CoverageReport } from '../coverage-report.js';

/** The gap report as tidy CSV: one row per force and action. */
export function formatGapsCsv(report: CoverageReport): string {
  const rows = report.forces.flatMap((force) =>
    force.actions.map((action) => ({
      force: force.force.slug,
      force_name: force.force.name,
      file: force.file,
      framework: force.framework,
      pillar: action.pillar,
      action: action.id,
      status: action.status,
      evidence_count: action.evidence.length,
      weak_count: action.weak.length,
      evidence_ids: action.evidence.join(' '),
      weak_ids: action.weak.join(' '),
    })),
  );
  return stringify(rows, {
    header: true,
    columns: ['force', 'force_name', 'file', 'framework', 'pillar', 'action', 'status', 'evidence_count', 'weak_count', 'evidence_ids', 'weak_ids'],
  });
}
