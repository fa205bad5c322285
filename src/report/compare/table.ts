import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { ActionCoverage, CoverageStatus, ForceCoverage } from '../../model/index.js';
import { crosswalkLegend, mappedCount, throughNote, type CoverageReport } from '../coverage-report.js';
import { COMPACT_TABLE_CHARS, painter, percent, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';

const MARKS: Record<CoverageStatus, string> = { covered: '✔', partial: '◐', gap: '✘' };

/**
 * The coverage matrix as a terminal table: actions by pillar (rows) against forces (columns). When that is wider than
 * `options.width`, the matrix is turned, forces as rows and numbered actions as columns, and split into as many tables
 * as it takes to fit, each repeating the force column.
 */
export function formatCompareTable(report: CoverageReport, options: ReportOptions): string {
  const paint = painter(options);
  const matrix = actionRows(report, options);
  const legend = paint.dim('✔ covered · ◐ partial · ✘ gap; the number is how many commitments map to the action');
  const crosswalk = crosswalkLegend(report);
  const names = report.forces
    .map((force) => t(`${force.force.slug}: ${force.force.name} (${force.file})${force.through ? `, ${throughNote(force)}` : ''}`))
    .join('\n');
  const title = `Coverage of ${t(report.framework.id)} by force`;
  const tail = `${legend}\n${crosswalk ? `${paint.dim(crosswalk)}\n` : ''}${paint.dim(names)}\n`;
  if (options.width === undefined || widthOf(matrix) <= options.width) return `${title}\n${matrix}\n${tail}`;
  const actions = report.framework.pillars.flatMap((pillar) => pillar.actions.map((action) => action.id));
  const tables = forceRows(report, actions, options.width, options);
  const key = actions.map((id, index) => `${index + 1} ${t(id)}`).join('\n');
  return `${title} (forces as rows, to fit ${options.width} columns)\n${tables.join('\n')}\n${paint.dim(key)}\n${tail}`;
}

/** Actions (grouped by pillar) as rows, forces as columns: the matrix as it reads best when it fits. */
function actionRows(report: CoverageReport, options: ReportOptions): string {
  const paint = painter(options);
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
        ...report.forces.map((force) =>
          cell(
            force.actions.find((candidate) => candidate.id === action.id),
            options,
          ),
        ),
      ]);
    }
  }
  table.push([paint.bold('Overall coverage'), ...report.forces.map((force) => paint.bold(overall(force)))]);
  return table.toString();
}

/**
 * Forces as rows and the numbered actions as columns, split into as few tables as fit `width`, the columns shared out
 * evenly between them: every table repeats the force column, and the last ends with overall coverage. A column too
 * wide on its own still gets a table.
 */
function forceRows(report: CoverageReport, actions: string[], width: number, options: ReportOptions): string[] {
  const columns = [...actions.map((id, index) => ({ head: String(index + 1), id })), { head: 'Overall', id: undefined }];
  let tables: string[] = [];
  for (let count = 1; count <= columns.length; count += 1) {
    const size = Math.ceil(columns.length / count);
    tables = [];
    for (let start = 0; start < columns.length; start += size)
      tables.push(renderForceRows(report, columns.slice(start, start + size), options));
    if (tables.every((table) => widthOf(table) <= width)) break;
  }
  return tables;
}

function renderForceRows(report: CoverageReport, columns: { head: string; id: string | undefined }[], options: ReportOptions): string {
  const paint = painter(options);
  const table = new Table({
    head: ['Force', ...columns.map((column) => column.head)],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const force of report.forces) {
    table.push([
      t(force.force.slug),
      ...columns.map((column) =>
        column.id === undefined
          ? paint.bold(overall(force))
          : cell(
              force.actions.find((candidate) => candidate.id === column.id),
              options,
            ),
      ),
    ]);
  }
  return table.toString();
}

function cell(action: ActionCoverage | undefined, options: ReportOptions): string {
  if (!action) return '';
  const paint = painter(options);
  const colour = { covered: paint.green, partial: paint.yellow, gap: paint.red }[action.status];
  return colour(`${MARKS[action.status]} ${mappedCount(action)}`);
}

function overall(force: ForceCoverage): string {
  return `${percent(force.overall.ratio)} (${force.overall.covered}/${force.overall.total})`;
}

/** The widest line of a rendered table, in terminal columns (measured as cli-table3 measures its cells). */
function widthOf(rendered: string): number {
  return Math.max(...rendered.split('\n').map((line) => stringWidth(line)));
}
