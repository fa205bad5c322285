import type { Element } from 'hast';
import { h } from 'hastscript';
import { VOICES, type Statement } from '../../model/index.js';
import { commitmentCard, VOICE_NAMES } from './commitment.js';
import type { ForceView } from './view.js';

/** The statements in other voices that map to an action (or pillar). */
export function statementsFor(force: ForceView, actionId: string): Statement[] {
  return force.statements.filter((statement) => statement.actions.some((match) => match.id === actionId));
}

/**
 * The statements made in voices other than the force's (PCC, national bodies, partners,
 * government), grouped by voice and kept apart from the force's commitments: they never count
 * towards its coverage.
 */
export function statementsSection(force: ForceView): Element {
  const groups = VOICES.filter((voice) => voice !== 'force')
    .map((voice) => ({ voice, statements: force.statements.filter((statement) => statement.voice === voice) }))
    .filter((group) => group.statements.length > 0);
  return h('div', [
    h('h3', { id: force.partId('statements') }, 'Statements in other voices (not counted towards coverage)'),
    ...groups.flatMap((group) => [
      h('h4', `${capitalise(VOICE_NAMES[group.voice] ?? group.voice)} (${group.statements.length})`),
      h(
        'ul.cards',
        group.statements.map((statement) => commitmentCard(force, statement, { mappings: [], showMappedIds: true })),
      ),
    ]),
  ]);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
