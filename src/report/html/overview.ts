import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { tally } from '../../assess/coverage.js';
import { mappedCount } from '../coverage-report.js';
import { percent, STATUS_MARKS } from '../style.js';
import { href } from './anchors.js';
import { coverageBars } from './bars.js';
import { statusClass, statusLegend } from './status.js';
import type { ReportView } from './view.js';

/**
 * The overview: a heatmap of forces (rows) against the framework's actions (columns, grouped by
 * pillar), each cell linking to the force's action; then coverage bars per force and per pillar.
 */
export function overviewSection(view: ReportView): Element {
  const { framework } = view.input;
  const forceRows = view.forces.map((force) => ({ label: force.report.document.force.name, tally: force.report.coverage.overall }));
  const pillarRows = framework.pillars.map((pillar) => ({
    label: `${pillar.id}: ${pillar.title}`,
    tally: tally(view.forces.flatMap((force) => force.report.coverage.actions.filter((action) => action.pillar === pillar.id))),
  }));
  return h('section', { id: 'overview', ariaLabelledby: 'overview-title' }, [
    h('h2', { id: 'overview-title' }, 'Overview'),
    h('p', [
      'Each cell is one action in one force’s strategy: its colour and mark give the status, the number how many commitments map to it, and ',
      h('span', '⚑n'),
      ' how many of those mappings are flagged for an analyst’s review. Select a cell to see the evidence.',
    ]),
    statusLegend(),
    h('div.scroll', { id: 'heatmap' }, heatmap(view)),
    h('div.charts', { id: 'bars' }, [
      h('figure', [h('figcaption', h('h3', 'Coverage by force')), coverageBars('Coverage by force', forceRows)]),
      framework.pillars.some((pillar) => pillar.implicit)
        ? null
        : h('figure', [
            h('figcaption', h('h3', 'Coverage by pillar, all forces together')),
            coverageBars('Coverage by pillar, all forces together', pillarRows),
          ]),
    ]),
  ]);
}

function heatmap(view: ReportView): Element {
  const { framework } = view.input;
  const pillarHead = h('tr', [
    h('td'),
    ...framework.pillars.map((pillar) =>
      h('th.pillar', { scope: 'colgroup', colSpan: pillar.actions.length }, `${pillar.id}: ${pillar.title}`),
    ),
    h('td'),
  ]);
  const actionHead = h('tr', [
    h('th', { scope: 'col' }, 'Force'),
    ...framework.pillars.flatMap((pillar) =>
      pillar.actions.map((action) => h('th.act', { scope: 'col', title: action.title }, h('span', shortActionId(action.id, pillar.id)))),
    ),
    h('th', { scope: 'col' }, 'Covered'),
  ]);
  const rows = view.forces.map((force) => {
    const cells: ElementContent[] = force.report.coverage.actions.map((action) => {
      const reviews = force.reviewCount(action.id);
      const count = mappedCount(action);
      const spoken =
        `${force.report.document.force.name}, ${action.id}: ${action.status}, ${count} commitment${count === 1 ? '' : 's'}` +
        (reviews > 0 ? `, ${reviews} flagged for review` : '');
      return h('td', { className: ['cell', statusClass(action.status)] }, [
        h('a', { href: href(force.actionId(action.id)), title: `${action.id}: ${action.title}` }, [
          h('span', { ariaHidden: 'true' }, [`${STATUS_MARKS[action.status]} ${count}`, reviews > 0 ? h('span.rv', `⚑${reviews}`) : '']),
          h('span.sr', spoken),
        ]),
      ]);
    });
    const overall = force.report.coverage.overall;
    return h('tr', [
      h('th', { scope: 'row' }, h('a', { href: href(force.id) }, force.report.document.force.name)),
      ...cells,
      h('td.total', `${percent(overall.ratio)} (${overall.covered}/${overall.total})`),
    ]);
  });
  return h('table.heatmap', [
    h('caption', `Status of each action of ${framework.id} in each force’s strategy`),
    h('thead', [pillarHead, actionHead]),
    h('tbody', rows),
  ]);
}

/** An action id without its pillar's prefix ("capability" for "trust.capability"), as a column head under the pillar. */
function shortActionId(actionId: string, pillarId: string): string {
  return actionId.startsWith(`${pillarId}.`) ? actionId.slice(pillarId.length + 1) : actionId;
}
