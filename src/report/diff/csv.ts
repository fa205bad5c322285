import { stringify } from 'csv-stringify/sync';
import type { DiffCommitment, DiffReport } from '../../assess/diff.js';
import { escapeCsvRow } from '../escape/csv.js';
import type { ReportOptions } from '../style.js';

/** One row of the diff as CSV: a pair, a commitment on one side only, or a redraft's change. */
interface DiffRow {
  action: string;
  status_a: string;
  status_b: string;
  kind: string;
  similarity: number | string;
  a_id: string;
  a_source: string;
  a_line: number | string;
  a_text: string;
  b_id: string;
  b_source: string;
  b_line: number | string;
  b_text: string;
}

const COLUMNS: (keyof DiffRow)[] = [
  'action',
  'status_a',
  'status_b',
  'kind',
  'similarity',
  'a_id',
  'a_source',
  'a_line',
  'a_text',
  'b_id',
  'b_source',
  'b_line',
  'b_text',
];

/**
 * The diff as tidy CSV: per action one row per aligned pair (`aligned`, or `identical`), per commitment on one side
 * only (`only-a`, `only-b`), and an action with neither (`none`); then a redraft's `added`, `removed` and `reworded`
 * commitments (action empty). Text cells are guarded against formula injection unless the data is trusted.
 */
export function formatDiffCsv(report: DiffReport, options: ReportOptions = { color: false }): string {
  const side = (which: 'a' | 'b', commitment: DiffCommitment | undefined): Partial<DiffRow> => {
    const source = (which === 'a' ? report.a : report.b).source ?? (which === 'a' ? report.a : report.b).file;
    return commitment === undefined
      ? { [`${which}_id`]: '', [`${which}_source`]: '', [`${which}_line`]: '', [`${which}_text`]: '' }
      : {
          [`${which}_id`]: commitment.id,
          [`${which}_source`]: source,
          [`${which}_line`]: commitment.line,
          [`${which}_text`]: commitment.text,
        };
  };
  const row = (
    key: Pick<DiffRow, 'action' | 'status_a' | 'status_b' | 'kind'>,
    similarity: number | '',
    a?: DiffCommitment,
    b?: DiffCommitment,
  ): DiffRow =>
    ({ ...key, similarity: similarity === '' ? '' : Number(similarity.toFixed(4)), ...side('a', a), ...side('b', b) }) as DiffRow;
  const rows: DiffRow[] = [];
  for (const action of report.actions) {
    const key = { action: action.id, status_a: action.statusA, status_b: action.statusB };
    for (const pair of action.aligned)
      rows.push(row({ ...key, kind: pair.a.text === pair.b.text ? 'identical' : 'aligned' }, pair.similarity, pair.a, pair.b));
    for (const commitment of action.onlyA) rows.push(row({ ...key, kind: 'only-a' }, '', commitment));
    for (const commitment of action.onlyB) rows.push(row({ ...key, kind: 'only-b' }, '', undefined, commitment));
    if (action.aligned.length + action.onlyA.length + action.onlyB.length === 0) rows.push(row({ ...key, kind: 'none' }, ''));
  }
  const versions = report.versions;
  if (versions) {
    const key = { action: '', status_a: '', status_b: '' };
    for (const commitment of versions.removed) rows.push(row({ ...key, kind: 'removed' }, '', commitment));
    for (const commitment of versions.added) rows.push(row({ ...key, kind: 'added' }, '', undefined, commitment));
    for (const pair of versions.reworded) rows.push(row({ ...key, kind: 'reworded' }, pair.similarity, pair.a, pair.b));
  }
  return stringify(
    rows.map((entry) => escapeCsvRow(entry, { trusted: options.trustedCsv === true })),
    { header: true, columns: COLUMNS },
  );
}
