import Table from 'cli-table3';
import type { CoverageStatus } from '../../model/index.js';
import { crosswalkLegend, mappedCount, throughNote, type CoverageReport } from '../coverage-report.js';
import { COMPACT_TABLE_CHARS, painter, percent, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';

const MARKS: Record<CoverageStatus, string> = { covered: '✔', partial: '◐', gap: '✘' };

/** The coverage matrix as a terminal table: actions by pillar (rows) against forces (columns). */
export function formatCompareTable(report: CoverageReport, options: ReportOptions): string {
  const paint = painter(options);
  const colour = { covered: paint.green, partial: paint.yellow, gap: paint.red };
  const table = new Table({
    head: ['Action', ...report.forces.map((force) => t(force.force.slug))],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const pillar of report.framework.pillars) {
    table.push([
      paint.bold(t(`${pillar.id}: ${pillar.title}`)),
      ...report.forces.map((force) => {
        const tally = force.pillars.find((candidate) => candidate.id === pillar.id);
        return tally ? `${tally.covered}/${tally.total}` : '';
      }),
    ]);
    for (const action of pillar.actions) {
      table.push([
        `  ${t(action.id)}`,
        ...report.forces.map((force) => {
          const cell = force.actions.find((candidate) => candidate.id === action.id);
          return cell ? colour[cell.status](`${MARKS[cell.status]} ${mappedCount(cell)}`) : '';
        }),
      ]);
    }
  }
  table.push([
    paint.bold('Overall coverage'),
    ...report.forces.map((force) => paint.bold(`${percent(force.overall.ratio)} (${force.overall.covered}/${force.overall.total})`)),
  ]);
  const legend = paint.dim('✔ covered · ◐ partial · ✘ gap; the number is how many commitments map to the action');
  const crosswalk = crosswalkLegend(report);
  const names = report.forces
    .map((force) => t(`${force.force.slug}: ${force.force.name} (${force.file})${force.through ? `, ${throughNote(force)}` : ''}`))
    .join('\n');
  return `Coverage of ${t(report.framework.id)} by force\n${table.toString()}\n${legend}\n${crosswalk ? `${paint.dim(crosswalk)}\n` : ''}${paint.dim(names)}\n`;
}
