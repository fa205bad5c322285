import { stringify } from 'csv-stringify/sync';
import { escapeCsvRow } from '../escape/csv.js';
import type { ReportOptions } from '../style.js';
import {
  COVERAGE_JSON_VERSION,
  mappedCount,
  TIDY_KEY_COLUMNS,
  TIDY_THROUGH_COLUMNS,
  tidyRows,
  tidyThrough,
  type CoverageReport,
  type TidyKey,
  type TidyThrough,
} from '../coverage-report.js';

/** One row per force and action, for R and pandas. */
export interface CompareRow extends TidyKey, TidyThrough {
  commitments: number;
  covering: number;
  commitment_ids: string;
}

/** The matrix as tidy rows: one per force and action, in force then catalog order. */
export function compareRows(report: CoverageReport): CompareRow[] {
  return tidyRows(report, (action, force) => ({
    commitments: mappedCount(action),
    covering: action.evidence.length,
    commitment_ids: [...action.evidence, ...action.weak].join(' '),
    ...tidyThrough(force, action),
  }));
}

/** The matrix as tidy CSV, ending with the crosswalk columns, each text cell guarded against formula injection unless the data is trusted. */
export function formatCompareCsv(report: CoverageReport, options: ReportOptions = { color: false }): string {
  const rows = compareRows(report).map((row) => escapeCsvRow(row, { trusted: options.trustedCsv === true }));
  return stringify(rows, {
    header: true,
    columns: [...TIDY_KEY_COLUMNS, 'commitments', 'covering', 'commitment_ids', ...TIDY_THROUGH_COLUMNS],
  });
}

/** The matrix as JSON: tidy rows, plus each force's pillar and overall tallies. */
export function formatCompareJson(report: CoverageReport): string {
  const output = {
    version: COVERAGE_JSON_VERSION,
    framework: { id: report.framework.id, title: report.framework.title },
    rows: compareRows(report).map((row) => ({
      ...row,
      commitment_ids: row.commitment_ids === '' ? [] : row.commitment_ids.split(' '),
      through: row.through === '' ? null : row.through,
      relations: row.relations === '' ? [] : row.relations.split(' '),
    })),
    forces: report.forces.map((force) => ({
      force: force.force,
      file: force.file,
      overall: force.overall,
      pillars: force.pillars,
      ...(force.through ? { through: force.through } : {}),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
