import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CoverageStatus } from '../../model/index.js';
import { STATUS_MARKS } from '../style.js';

/** All statuses, in the order the report shows them. */
export const STATUSES: readonly CoverageStatus[] = ['covered', 'partial', 'gap'];

/** What each status means, for legends. */
export const STATUS_MEANINGS: Record<CoverageStatus, string> = {
  covered: 'a firm or ongoing commitment maps to the action with enough confidence',
  partial: 'commitments touch the action, but none covers it (aspirational, conditional or low confidence)',
  gap: 'no commitment maps to the action',
};

/** The class that colours a status. */
export function statusClass(status: CoverageStatus): string {
  return `st-${status}`;
}

/** A status as a coloured badge with its mark and its name, readable without colour. */
export function statusBadge(status: CoverageStatus): Element {
  return h('span', { className: ['status', statusClass(status)] }, `${STATUS_MARKS[status]} ${status}`);
}

/** The legend of statuses: colour, mark and meaning. */
export function statusLegend(): Element {
  return h(
    'ul.legend',
    STATUSES.map((status) =>
      h('li', [
        h('span', { className: ['chip', statusClass(status)], ariaHidden: 'true' }, STATUS_MARKS[status]),
        h('strong', status),
        `: ${STATUS_MEANINGS[status]}`,
      ]),
    ),
  );
}
