import type { ForceCoverage, Framework } from '../../model/index.js';

/** What `vawg gaps` reports: coverage of each force against one framework. */
export interface GapsReport {
  framework: Framework;
  forces: ForceCoverage[];
}

/** Version of the JSON that `vawg gaps --format json` prints. */
export const GAPS_JSON_VERSION = 1;

/** Evidence ids shortened for a table cell: the first id and how many more. */
export function evidenceCell(ids: string[]): string {
  const [first] = ids;
  if (first === undefined) return '';
  return ids.length === 1 ? first : `${first} (+${ids.length - 1})`;
}
