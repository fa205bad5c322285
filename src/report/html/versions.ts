import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Piece } from './piece.js';
import { diffDocuments, type DiffCommitment, type WordChange } from '../../assess/diff.js';
import { href } from './anchors.js';
import { positionLabel } from './commitment.js';
import { statusBadge } from './status.js';
import type { ForceView, ReportView } from './view.js';

/** Consecutive documents of the same force, in the order given: each pair is an earlier and a later version. */
export function versionPairs(view: ReportView): [ForceView, ForceView][] {
  const bySlug = new Map<string, ForceView[]>();
  for (const force of view.forces) {
    const slug = force.report.document.force.slug;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), force]);
  }
  return [...bySlug.values()].flatMap((versions) =>
    versions.slice(1).map((later, index): [ForceView, ForceView] => [versions[index]!, later]),
  );
}

/**
 * For each pair of versions of one force: actions whose status changed, and the added, removed
 * and reworded commitments, the reworded ones with a word-level diff. Each commitment links to
 * its sentence in its own version's source.
 */
export function versionsSection(view: ReportView, pairs: [ForceView, ForceView][]): Element {
  return h('section', { id: 'versions', ariaLabelledby: 'versions-title' }, [
    h('h2', { id: 'versions-title' }, 'Versions'),
    ...pairs.flatMap(([before, after]) => versionPair(before, after)),
  ]);
}

function versionPair(before: ForceView, after: ForceView): Piece[] {
  const changes = diffDocuments(
    { document: before.report.document, file: before.report.file },
    { document: after.report.document, file: after.report.file },
    after.report.mappedTo,
  ).versions!;
  const statusBefore = new Map(before.report.coverage.actions.map((action) => [action.id, action.status]));
  const changed = after.report.coverage.actions
    .map((action) => ({ ...action, statusA: statusBefore.get(action.id) ?? 'gap', statusB: action.status }))
    .filter((action) => action.statusA !== action.statusB);
  return [
    h('h3', [
      `${after.report.document.force.name}: `,
      h('a', { href: href(before.id) }, before.report.file),
      ' → ',
      h('a', { href: href(after.id) }, after.report.file),
    ]),
    h(
      'p',
      `${changes.unchanged} unchanged, ${changes.added.length} added, ${changes.removed.length} removed, ${changes.reworded.length} reworded; ` +
        `${changed.length} action${changed.length === 1 ? '' : 's'} changed status.`,
    ),
    changed.length > 0
      ? h('table.grid', [
          h('caption', 'Actions whose status changed'),
          h(
            'thead',
            h('tr', [h('th', { scope: 'col' }, 'Action'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After')]),
          ),
          h(
            'tbody',
            changed.map((action) =>
              h('tr', [
                h('th', { scope: 'row' }, [action.title, h('br'), h('code', action.id)]),
                h('td', h('a', { href: href(before.actionId(action.id)) }, statusBadge(action.statusA))),
                h('td', h('a', { href: href(after.actionId(action.id)) }, statusBadge(action.statusB))),
              ]),
            ),
          ),
        ])
      : '',
    ...changeList(`Added (${changes.added.length})`, changes.added, (item) => [commitmentLink(after, item), ' ', h('q', item.text)]),
    ...changeList(`Removed (${changes.removed.length})`, changes.removed, (item) => [commitmentLink(before, item), ' ', h('q', item.text)]),
    ...changeList(`Reworded (${changes.reworded.length})`, changes.reworded, (pair) => [
      commitmentLink(before, pair.a),
      ' → ',
      commitmentLink(after, pair.b),
      ` (similarity ${pair.similarity.toFixed(2)})`,
      h('div', h('q', wordDiff(pair.words))),
    ]),
  ];
}

function changeList<T>(title: string, items: T[], render: (item: T) => Piece[]): Piece[] {
  if (items.length === 0) return [];
  return [
    h('h4', title),
    h(
      'ul.diff',
      items.map((item) => h('li', render(item))),
    ),
  ];
}

/** The words of a rewording: removed words struck through, added words underlined, each also said in words for screen readers. */
function wordDiff(words: WordChange[]): ElementContent[] {
  return words.map((word) => {
    if (word.added) return h('ins', [h('span.sr', '[added: '), word.value, h('span.sr', ']')]);
    if (word.removed) return h('del', [h('span.sr', '[removed: '), word.value, h('span.sr', ']')]);
    return { type: 'text', value: word.value };
  });
}

function commitmentLink(force: ForceView, item: DiffCommitment): Piece {
  const commitment = force.report.document.commitments.find((candidate) => candidate.id === item.id);
  const place = commitment ? force.places.get(commitment) : undefined;
  const label = commitment ? positionLabel(commitment.position, force.report.document.document.format) : `line ${item.line}`;
  return place ? h('a', { href: href(place.anchor) }, label) : label;
}
