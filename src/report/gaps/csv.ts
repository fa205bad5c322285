import { stringify } from 'csv-stringify/sync';
import { escapeCsvRow } from '../escape/csv.js';
import type { ReportOptions } from '../style.js';
import { TIDY_KEY_COLUMNS, TIDY_THROUGH_COLUMNS, tidyRows, tidyThrough, type CoverageReport } from '../coverage-report.js';

/**
 * The gap report as tidy CSV: one row per force and action, ending with the crosswalk columns (empty when mapped directly),
 * each text cell guarded against formula injection unless the data is trusted.
 */
export function formatGapsCsv(report: CoverageReport, options: ReportOptions = { color: false }): string {
  const rows = tidyRows(report, (action, force) => ({
    evidence_count: action.evidence.length,
    weak_count: action.weak.length,
    evidence_ids: action.evidence.join(' '),
    weak_ids: action.weak.join(' '),
    review_count: action.review.length,
    review_ids: action.review.join(' '),
    ...tidyThrough(force, action),
  }));
  return stringify(
    rows.map((row) => escapeCsvRow(row, { trusted: options.trustedCsv === true })),
    {
      header: true,
      columns: [
        ...TIDY_KEY_COLUMNS,
        'evidence_count',
        'weak_count',
        'evidence_ids',
        'weak_ids',
        'review_count',
        'review_ids',
        ...TIDY_THROUGH_COLUMNS,
      ],
    },
  );
}
