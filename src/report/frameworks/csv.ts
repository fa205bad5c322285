import { stringify } from 'csv-stringify/sync';
import type { Framework } from '../../model/index.js';
import { escapeCsvRow } from '../escape/csv.js';
import type { ReportOptions } from '../style.js';
import type { CrosswalkView } from './crosswalk.js';
import type { FrameworkListing } from './list.js';

/** Rows as CSV with a header, each text cell guarded against formula injection unless the data is trusted. */
function csv(rows: Record<string, string | number>[], columns: string[], options: ReportOptions): string {
  return stringify(
    rows.map((row) => escapeCsvRow(row, { trusted: options.trustedCsv === true })),
    { header: true, columns },
  );
}

/** The listing as CSV: one row per catalog and per crosswalk (`kind`), with the full sha256. */
export function formatFrameworkListCsv(listing: FrameworkListing, options: ReportOptions): string {
  const rows = [
    ...listing.catalogs.map((framework) => ({
      kind: 'catalog',
      id: framework.id,
      title: framework.title,
      published: framework.published,
      status: framework.status,
      version: framework.version ?? '',
      actions: framework.pillars.reduce((sum, pillar) => sum + pillar.actions.length, 0),
      from: '',
      to: '',
      mappings: '',
      sha256: framework.sha256,
    })),
    ...listing.crosswalks.map((crosswalk) => ({
      kind: 'crosswalk',
      id: crosswalk.id,
      title: crosswalk.title ?? '',
      published: '',
      status: '',
      version: crosswalk.version ?? '',
      actions: '',
      from: crosswalk.source,
      to: crosswalk.target,
      mappings: crosswalk.entries.length,
      sha256: crosswalk.sha256,
    })),
  ];
  return csv(rows, ['kind', 'id', 'title', 'published', 'status', 'version', 'actions', 'from', 'to', 'mappings', 'sha256'], options);
}

/** One catalog as CSV: one row per action (or item), with its pillar, title, summary and number of indicator phrases. */
export function formatFrameworkDetailCsv(framework: Framework, options: ReportOptions): string {
  const rows = framework.pillars.flatMap((pillar) =>
    pillar.actions.map((action) => ({
      framework: framework.id,
      pillar: pillar.id,
      pillar_title: pillar.implicit ? '' : pillar.title,
      action: action.id,
      title: action.title,
      summary: action.summary,
      indicators: action.indicators.length,
    })),
  );
  return csv(rows, ['framework', 'pillar', 'pillar_title', 'action', 'title', 'summary', 'indicators'], options);
}

/** A crosswalk as CSV: one row per entry, as read in this direction, with its basis and rationale. */
export function formatCrosswalkCsv(view: CrosswalkView, options: ReportOptions): string {
  const rows = view.crosswalk.entries.map((entry) => ({
    crosswalk: view.crosswalk.id,
    source_framework: view.source.id,
    source: entry.source,
    relation: entry.relation,
    target_framework: view.target.id,
    target: entry.target,
    basis: entry.basis ?? '',
    rationale: entry.rationale,
  }));
  return csv(rows, ['crosswalk', 'source_framework', 'source', 'relation', 'target_framework', 'target', 'basis', 'rationale'], options);
}
