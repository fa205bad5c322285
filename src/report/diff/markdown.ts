import type { PhrasingContent, RootContent } from 'mdast';
import type { DiffCommitment, DiffReport } from '../../assess/diff.js';
import { mdCode, mdDelete, mdHeading, mdList, mdParagraph, mdStrong, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';

/** The diff as markdown, for sharing; built as mdast, so commitment text and force names are escaped. */
export function formatDiffMarkdown(report: DiffReport): string {
  const blocks: RootContent[] = [
    mdHeading(1, mdText(`${report.a.force.name} (A) and ${report.b.force.name} (B) against `), mdCode(report.framework.id)),
    mdParagraph(
      mdText('A: '),
      mdCode(report.a.file),
      mdText('; B: '),
      mdCode(report.b.file),
      mdText('. Similarity of aligned pairs runs from 0 to 1.'),
    ),
    mdTable(
      ['Action', 'A', 'B', 'aligned', 'only A', 'only B'],
      report.actions.map((action) => [
        [mdCode(action.id)],
        action.statusA,
        action.statusB,
        String(action.aligned.length),
        String(action.onlyA.length),
        String(action.onlyB.length),
      ]),
    ),
  ];
  for (const action of report.actions) {
    if (action.aligned.length + action.onlyA.length + action.onlyB.length === 0) continue;
    blocks.push(
      mdHeading(2, mdCode(action.id), mdText(`: ${action.statusA} → ${action.statusB}`)),
      mdList([
        ...action.aligned.map((pair) => [
          mdText(`≈ ${pair.similarity.toFixed(2)}: ${cite(report, 'A', pair.a)} / ${cite(report, 'B', pair.b)}`),
        ]),
        ...action.onlyA.map((commitment) => [mdText(`only A: ${cite(report, 'A', commitment)}`)]),
        ...action.onlyB.map((commitment) => [mdText(`only B: ${cite(report, 'B', commitment)}`)]),
      ]),
    );
  }
  if (report.versions) {
    const versions = report.versions;
    const items: PhrasingContent[][] = [
      ...versions.removed.map((commitment) => [mdText(`removed: ${cite(report, 'A', commitment)}`)]),
      ...versions.added.map((commitment) => [mdText(`added: ${cite(report, 'B', commitment)}`)]),
      ...versions.reworded.map((pair) => [
        mdText(`reworded (${place(report, 'A', pair.a)} → ${place(report, 'B', pair.b)}): `),
        ...pair.words.map((change) =>
          change.added ? mdStrong(mdText(change.value)) : change.removed ? mdDelete(mdText(change.value)) : mdText(change.value),
        ),
      ]),
    ];
    blocks.push(
      mdHeading(2, mdText('Changes from A to B')),
      mdParagraph(
        mdText(
          `${versions.added.length} added, ${versions.removed.length} removed, ${versions.reworded.length} reworded, ${versions.unchanged} unchanged.`,
        ),
      ),
    );
    if (items.length > 0) blocks.push(mdList(items));
  }
  return renderMarkdown(blocks);
}

function cite(report: DiffReport, side: 'A' | 'B', commitment: DiffCommitment): string {
  return `${place(report, side, commitment)} “${commitment.text}”`;
}

/** `source:line` of a commitment, or `A:line` when its side's source is not known. */
function place(report: DiffReport, side: 'A' | 'B', commitment: DiffCommitment): string {
  return `${(side === 'A' ? report.a : report.b).source ?? side}:${commitment.line}`;
}
