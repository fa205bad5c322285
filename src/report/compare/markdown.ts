import type { CoverageStatus } from '../../model/index.js';
import { crosswalkLegend, mappedCount, throughNote, type CoverageReport } from '../coverage-report.js';
import { percent } from '../style.js';

const MARKS: Record<CoverageStatus, string> = { covered: '✔', partial: '◐', gap: '✘' };

/** The coverage matrix as a markdown table. */
export function formatCompareMarkdown(report: CoverageReport): string {
  const lines = [
    `# Coverage of ${report.framework.title} (\`${report.framework.id}\`) by force`,
    '',
    `| Action | ${report.forces.map((force) => force.force.name).join(' | ')} |`,
    `| --- | ${report.forces.map(() => '---').join(' | ')} |`,
  ];
  for (const pillar of report.framework.pillars) {
    const tallies = report.forces.map((force) => {
      const tally = force.pillars.find((candidate) => candidate.id === pillar.id);
      return tally ? `**${tally.covered}/${tally.total}**` : '';
    });
    lines.push(`| **${pillar.id}: ${pillar.title}** | ${tallies.join(' | ')} |`);
    for (const action of pillar.actions) {
      const cells = report.forces.map((force) => {
        const cell = force.actions.find((candidate) => candidate.id === action.id);
        return cell ? `${MARKS[cell.status]} ${cell.status} (${mappedCount(cell)})` : '';
      });
      lines.push(`| \`${action.id}\` | ${cells.join(' | ')} |`);
    }
  }
  lines.push(`| **Overall coverage** | ${report.forces.map((force) => `**${percent(force.overall.ratio)}**`).join(' | ')} |`, '');
  lines.push('✔ covered · ◐ partial · ✘ gap; in brackets, how many commitments map to the action.', '');
  const crosswalk = crosswalkLegend(report);
  if (crosswalk) {
    lines.push(`Some forces are ${crosswalk}:`, '');
    for (const force of report.forces.filter((candidate) => candidate.through)) lines.push(`- ${force.force.name}: ${throughNote(force)}`);
    lines.push('');
  }
  return lines.join('\n');
}
