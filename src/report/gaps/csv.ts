import { stringify } from 'csv-stringify/sync';
import { TIDY_KEY_COLUMNS, tidyRows, type CoverageReport } from '../coverage-report.js';

/** The gap report as tidy CSV: one row per force and action. */
export function formatGapsCsv(report: CoverageReport): string {
  const rows = tidyRows(report, (action) => ({
    evidence_count: action.evidence.length,
    weak_count: action.weak.length,
    evidence_ids: action.evidence.join(' '),
    weak_ids: action.weak.join(' '),
  }));
  return stringify(rows, { header: true, columns: [...TIDY_KEY_COLUMNS, 'evidence_count', 'weak_count', 'evidence_ids', 'weak_ids'] });
}
