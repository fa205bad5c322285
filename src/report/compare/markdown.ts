import type { RootContent } from 'mdast';
import type { CoverageStatus } from '../../model/index.js';
import { crosswalkLegend, mappedCount, throughNote, type CoverageReport } from '../coverage-report.js';
import { mdCode, mdHeading, mdList, mdParagraph, mdStrong, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';
import { percent } from '../style.js';

const MARKS: Record<CoverageStatus, string> = { covered: '✔', partial: '◐', gap: '✘' };

/** The coverage matrix as a markdown table, with a note on forces read through a crosswalk; built as mdast so force names and titles are escaped. */
export function formatCompareMarkdown(report: CoverageReport): string {
  const rows = report.framework.pillars.flatMap((pillar) => [
    [
      [mdStrong(mdText(`${pillar.id}: ${pillar.title}`))],
      ...report.forces.map((force) => {
        const tally = force.pillars.find((candidate) => candidate.id === pillar.id);
        return tally ? [mdStrong(mdText(`${tally.covered}/${tally.total}`))] : '';
      }),
    ],
    ...pillar.actions.map((action) => [
      [mdCode(action.id)],
      ...report.forces.map((force) => {
        const cell = force.actions.find((candidate) => candidate.id === action.id);
        return cell ? `${MARKS[cell.status]} ${cell.status} (${mappedCount(cell)})` : '';
      }),
    ]),
  ]);
  rows.push([[mdStrong(mdText('Overall coverage'))], ...report.forces.map((force) => [mdStrong(mdText(percent(force.overall.ratio)))])]);
  const blocks: RootContent[] = [
    mdHeading(1, mdText(`Coverage of ${report.framework.title} (`), mdCode(report.framework.id), mdText(') by force')),
    mdTable(['Action', ...report.forces.map((force) => force.force.name)], rows),
    mdParagraph(mdText('✔ covered · ◐ partial · ✘ gap; in brackets, how many commitments map to the action.')),
  ];
  const crosswalk = crosswalkLegend(report);
  if (crosswalk) {
    blocks.push(
      mdParagraph(mdText(`Some forces are ${crosswalk}:`)),
      mdList(report.forces.filter((force) => force.through).map((force) => [mdText(`${force.force.name}: ${throughNote(force)}`)])),
    );
  }
  return renderMarkdown(blocks);
}
