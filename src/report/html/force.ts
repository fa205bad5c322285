import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ActionCoverage, Commitment, PillarCoverage } from '../../model/index.js';
import { mappedCount } from '../coverage-report.js';
import { percent } from '../style.js';
import { href } from './anchors.js';
import { coverageBars } from './bars.js';
import { commitmentCard } from './commitment.js';
import { sourceSection } from './source-view.js';
import { statementsSection, statementsFor } from './statements.js';
import { statusBadge } from './status.js';
import type { ForceView } from './view.js';

/**
 * One force's section: what was read, coverage by pillar, the gap report (every action with its
 * status, evidence and guidance), the statements in other voices, unmapped commitments, warnings,
 * and the source text.
 */
export function forceSection(force: ForceView): Element {
  const { document, coverage } = force.report;
  const name = document.force.name;
  const unmapped = document.commitments.filter((commitment) => commitment.actions.length === 0);
  const reviews = coverage.actions.reduce((sum, action) => sum + force.reviewCount(action.id), 0);
  const parts: [string, string][] = [
    ['gaps', 'Gap report'],
    ...(force.statements.length > 0 ? [['statements', 'Other voices'] as [string, string]] : []),
    ...(unmapped.length > 0 ? [['unmapped', 'Unmapped commitments'] as [string, string]] : []),
    ...(document.warnings.length > 0 ? [['warnings', 'Warnings'] as [string, string]] : []),
    ['source', 'Source text'],
  ];
  return h('section.force', { id: force.id, ariaLabelledby: force.partId('title') }, [
    h('h2', { id: force.partId('title') }, name),
    h('ul.facts', [
      h('li', `document: ${force.report.file}`),
      h('li', `source: ${document.document.source} (${document.document.format})`),
      h('li', `title: ${document.document.title}`),
      coverage.through
        ? h(
            'li',
            `read through the crosswalk ${coverage.through.crosswalk}${coverage.through.reversed ? ' (backwards)' : ''}: the document maps to ${coverage.through.framework}`,
          )
        : null,
      h('li', `coverage: ${percent(coverage.overall.ratio)} (${coverage.overall.covered}/${coverage.overall.total})`),
      h('li', `${coverage.overall.partial} partial, ${coverage.overall.gap} gap`),
      h('li', `${document.commitments.length} commitments`),
      h('li', `${force.statements.length} statements in other voices`),
      h('li', `${reviews} mappings flagged for review`),
      h('li', `${document.warnings.length} warnings`),
    ]),
    h(
      'nav.screen-only',
      { ariaLabel: `Parts of ${name} (${force.report.file})` },
      h(
        'ul.facts',
        parts.map(([part, label]) => h('li', h('a', { href: href(force.partId(part)) }, label))),
      ),
    ),
    coverage.pillars.some((pillar) => pillar.implicit)
      ? null
      : h('figure', [
          h('figcaption', h('h3', `Coverage by pillar: ${name}`)),
          coverageBars(
            `Coverage by pillar: ${name}`,
            coverage.pillars.map((pillar) => ({ label: `${pillar.id}: ${pillar.title}`, tally: pillar })),
          ),
        ]),
    h('h3', { id: force.partId('gaps') }, `Gap report: ${name}`),
    gapTable(force),
    force.statements.length > 0 ? statementsSection(force) : '',
    unmapped.length > 0
      ? h('div', [
          h('h3', { id: force.partId('unmapped') }, 'Commitments not mapped to any action'),
          h(
            'ul.cards',
            unmapped.map((commitment) => commitmentCard(force, commitment, { mappings: [] })),
          ),
        ])
      : '',
    document.warnings.length > 0 ? warningsList(force) : '',
    sourceSection(force),
  ]);
}

function gapTable(force: ForceView): Element {
  const { coverage } = force.report;
  return h('div.scroll', [
    h('table.grid.gaps', [
      h('caption', `Every action of ${coverage.framework} with its status and the commitments that evidence it`),
      h(
        'thead',
        h('tr', [h('th', { scope: 'col' }, 'Action'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Evidence')]),
      ),
      ...coverage.pillars.map((pillar) =>
        h('tbody', [
          pillarRow(force, pillar),
          ...coverage.actions.filter((action) => action.pillar === pillar.id).map((action) => actionRow(force, action)),
        ]),
      ),
    ]),
  ]);
}

function pillarRow(force: ForceView, pillar: PillarCoverage): Element {
  const pillarOnly = commitmentsById(force, pillar.pillarOnly);
  return h('tr.pillar-row', { dataPillarRow: pillar.id }, [
    h('th', { scope: 'rowgroup', colSpan: 3 }, [
      `${pillar.id}: ${pillar.title} — ${pillar.covered}/${pillar.total} covered`,
      pillarOnly.length > 0
        ? h('div', [
            h('p.guidance', 'Mapped to the pillar alone (these cover no single action):'),
            h(
              'ul.cards',
              pillarOnly.map((commitment) => commitmentCard(force, commitment, { mappings: force.mappings(commitment, pillar.id) })),
            ),
          ])
        : '',
    ]),
  ]);
}

function actionRow(force: ForceView, action: ActionCoverage): Element {
  const covering = commitmentsById(force, action.evidence);
  const weak = commitmentsById(force, action.weak);
  const others = statementsFor(force, action.id);
  const reviews = force.reviewCount(action.id);
  const evidence: ElementContent[] = [];
  if (covering.length + weak.length > 0) {
    evidence.push(
      h('ul.cards', [
        ...covering.map((commitment) =>
          commitmentCard(force, commitment, { mappings: force.mappings(commitment, action.id), covering: true }),
        ),
        ...weak.map((commitment) =>
          commitmentCard(force, commitment, { mappings: force.mappings(commitment, action.id), covering: false }),
        ),
      ]),
    );
  }
  if (action.guidance) evidence.push(h('p.guidance', [h('strong', 'To close: '), action.guidance]));
  if (others.length > 0) {
    evidence.push(
      h('p.others-title', 'Said by other voices (not counted towards coverage):'),
      h(
        'ul.cards',
        others.map((statement) => commitmentCard(force, statement, { mappings: force.mappings(statement, action.id) })),
      ),
    );
  }
  const count = mappedCount(action);
  return h('tr', { id: force.actionId(action.id), dataRow: '', dataPillar: action.pillar, dataStatus: action.status }, [
    h('td.action-cell', [h('strong', action.title), h('br'), h('code', action.id)]),
    h('td', [
      statusBadge(action.status),
      h('div.meta', `${count} commitment${count === 1 ? '' : 's'}`),
      reviews > 0 ? h('div.meta.flag', `⚑ ${reviews} to review`) : '',
      action.ceiling && action.ceiling !== 'covered' ? h('div.meta', `at most ${action.ceiling} through the crosswalk`) : null,
    ]),
    h('td', evidence.length > 0 ? evidence : ''),
  ]);
}

function warningsList(force: ForceView): Element {
  const { document } = force.report;
  return h('div', [
    h('h3', { id: force.partId('warnings') }, 'Warnings about the source'),
    h(
      'ul',
      document.warnings.map((warning) =>
        h('li', [
          force.source?.lineIndexOf({ line: warning.line }) !== undefined
            ? h('a', { href: href(force.lineId({ line: warning.line })) }, `line ${warning.line}`)
            : `line ${warning.line}`,
          `: ${warning.message} (${warning.rule})`,
        ]),
      ),
    ),
  ]);
}

function commitmentsById(force: ForceView, ids: string[]): Commitment[] {
  const wanted = new Set(ids);
  return force.report.document.commitments.filter((commitment) => wanted.has(commitment.id));
}
