import type { Element } from 'hast';
import { h } from 'hastscript';
import { mappedCount } from '../coverage-report.js';
import { percent, STATUS_MARKS } from '../style.js';
import { href } from './anchors.js';
import { statusClass } from './status.js';
import type { ReportView } from './view.js';

/**
 * The compare matrix: the framework's actions (rows, under their pillar's tally) against the
 * forces (columns), each cell giving status, mark and number of commitments and linking to the
 * force's action; the last row gives each force's overall coverage.
 */
export function compareSection(view: ReportView): Element {
  const { framework } = view.input;
  const head = h('tr', [
    h('th', { scope: 'col' }, 'Action'),
    ...view.forces.map((force) => h('th', { scope: 'col' }, h('a', { href: href(force.id) }, force.report.document.force.name))),
  ]);
  const body = framework.pillars.flatMap((pillar) => [
    h('tr.pillar-row', { dataPillarRow: pillar.id }, [
      h('th', { scope: 'row' }, `${pillar.id}: ${pillar.title}`),
      ...view.forces.map((force) => {
        const tally = force.report.coverage.pillars.find((candidate) => candidate.id === pillar.id);
        return h('td', tally ? `${tally.covered}/${tally.total} covered` : '');
      }),
    ]),
    ...pillar.actions.map((action) =>
      h('tr', { dataPillarRow: pillar.id }, [
        h('th', { scope: 'row' }, [action.title, h('br'), h('code', action.id)]),
        ...view.forces.map((force) => {
          const cell = force.report.coverage.actions.find((candidate) => candidate.id === action.id);
          if (!cell) return h('td');
          const count = mappedCount(cell);
          return h('td', { className: ['cell', statusClass(cell.status)] }, [
            h('a', { href: href(force.actionId(action.id)) }, [
              `${STATUS_MARKS[cell.status]} ${cell.status}`,
              h('span.rv', `${count} commitment${count === 1 ? '' : 's'}`),
              h('span.sr', ` in ${force.report.document.force.name}`),
            ]),
          ]);
        }),
      ]),
    ),
  ]);
  const overall = h('tr', [
    h('th', { scope: 'row' }, 'Overall coverage'),
    ...view.forces.map((force) => {
      const tally = force.report.coverage.overall;
      return h('td', h('strong', `${percent(tally.ratio)} (${tally.covered}/${tally.total})`));
    }),
  ]);
  return h('section', { id: 'compare', ariaLabelledby: 'compare-title' }, [
    h('h2', { id: 'compare-title' }, 'Compare'),
    h('p', `The ${framework.id} actions against each force: status, and how many commitments map to the action.`),
    h('div.scroll', h('table.grid.compare', [h('caption', 'Actions by force'), h('thead', head), h('tbody', [...body, overall])])),
  ]);
}
