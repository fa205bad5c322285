import type { PhrasingContent, RootContent } from 'mdast';
import { mdCode, mdEmphasis, mdHeading, mdList, mdParagraph, mdStrong, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';
import { percent } from '../style.js';
import {
  ceilingNote,
  evidenceCell,
  pillarOnlyLabel,
  reviewNote,
  reviewSummary,
  throughLines,
  throughNote,
  type CoverageReport,
} from '../coverage-report.js';

const MARK = { covered: '✔ covered', partial: '◐ partial', gap: '✘ gap' } as const;

/**
 * The gap report as markdown, for sharing: a table per force (with a Through column when the force is read through a
 * crosswalk) and the guidance for each gap; built as mdast, so document text is escaped.
 */
export function formatGapsMarkdown(report: CoverageReport): string {
  const blocks: RootContent[] = [mdHeading(1, mdText(`Coverage against ${report.framework.title} (${report.framework.id})`))];
  for (const force of report.forces) {
    const { overall } = force;
    blocks.push(
      mdHeading(2, mdText(force.force.name)),
      mdParagraph(
        mdText('Source: '),
        mdCode(force.file),
        mdText(
          `. Coverage ${overall.covered}/${overall.total} (${percent(overall.ratio)}), ` +
            `${overall.partial} partial, ${overall.gap} gap; ${force.commitments} commitments, ${force.warnings} warnings; ` +
            `${reviewSummary(force)}.`,
        ),
      ),
    );
    const through = throughNote(force);
    if (through) blocks.push(mdParagraph(mdText(`Commitments ${through}.`)));
    const throughCell = (cell: string): string[] => (through ? [cell] : []);
    const rows = force.pillars.flatMap((pillar) => [
      [
        [mdStrong(mdText(`${pillar.id}: ${pillar.title}`))],
        `${pillar.covered}/${pillar.total} covered`,
        pillar.pillarOnly.length > 0 ? `${pillarOnlyLabel(pillar)}: ${evidenceCell(pillar.pillarOnly)}` : '',
        ...throughCell(''),
      ],
      ...force.actions
        .filter((candidate) => candidate.pillar === pillar.id)
        .map((action) => [
          [mdCode(action.id)],
          reviewNote(action) ? `${MARK[action.status]} (${reviewNote(action)})` : MARK[action.status],
          evidenceCell(action.evidence.length > 0 ? action.evidence : action.weak),
          ...throughCell(throughLines(action).join('; ')),
        ]),
    ]);
    blocks.push(mdTable(['Action', 'Status', 'Evidence', ...throughCell('Through')], rows));
    const open = force.actions.filter((action) => action.status !== 'covered');
    if (open.length > 0) {
      blocks.push(
        mdHeading(3, mdText('To close')),
        mdList(
          open.map((action): PhrasingContent[] => {
            const ceiling = ceilingNote(action, force, report.framework);
            return [
              mdStrong(mdText(`${MARK[action.status]}: `), mdCode(action.id)),
              mdText(` ${action.title}. ${action.guidance ?? ''}`.trimEnd()),
              ...(ceiling ? [mdText(' '), mdEmphasis(mdText(`${ceiling}.`))] : []),
            ];
          }),
        ),
      );
    }
  }
  return renderMarkdown(blocks);
}
