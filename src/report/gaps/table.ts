import Table from 'cli-table3';
import { painter, percent, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, statusLabel, type ReportOptions } from '../style.js';
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
import { escapeTerminal as t } from '../escape/terminal.js';

/**
 * The gap report as terminal tables: for one force its table with guidance for each gap; for several, the summary
 * first, then each force's table when `detail` is asked for (or a line saying how to ask).
 */
export function formatGapsTable(report: CoverageReport, options: ReportOptions): string {
  const paint = painter(options);
  const blocks = report.forces.map((force) => {
    const lines: string[] = [];
    const { overall } = force;
    lines.push(`${paint.bold(t(force.force.name))}  ${paint.dim(t(force.file))}`);
    const through = throughNote(force);
    if (through) lines.push(paint.dim(t(through)));
    lines.push(
      `coverage ${overall.covered}/${overall.total} (${percent(overall.ratio)}) · ${overall.partial} partial · ${overall.gap} gap · ` +
        `${force.commitments} commitments · ${force.warnings} warnings · ${reviewSummary(force)}`,
    );
    const head = ['Action', 'Status', 'Evidence', ...(through ? ['Through'] : [])];
    const table = new Table({ head, style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
    for (const pillar of force.pillars) {
      table.push([
        paint.bold(t(`${pillar.id}: ${pillar.title}`)),
        `${pillar.covered}/${pillar.total} covered`,
        pillar.pillarOnly.length > 0 ? `${pillarOnlyLabel(pillar)}: ${t(evidenceCell(pillar.pillarOnly))}` : '',
        ...(through ? [''] : []),
      ]);
      for (const action of force.actions.filter((candidate) => candidate.pillar === pillar.id)) {
        const ids = action.evidence.length > 0 ? action.evidence : action.weak;
        const review = reviewNote(action);
        table.push([
          `  ${t(action.id)}`,
          review ? `${statusLabel(action.status, options)} ${paint.dim(`(${review})`)}` : statusLabel(action.status, options),
          t(evidenceCell(ids)),
          ...(through ? [throughLines(action).map(t).join('\n')] : []),
        ]);
      }
    }
    lines.push(table.toString());
    const open = force.actions.filter((action) => action.status !== 'covered');
    if (open.length > 0) {
      lines.push('To close:');
      for (const action of open) {
        lines.push(`  ${statusLabel(action.status, options)} ${t(action.id)}: ${t(action.title)}`);
        if (action.guidance) lines.push(`    ${paint.dim(t(action.guidance))}`);
        const ceiling = ceilingNote(action, force, report.framework);
        if (ceiling) lines.push(`    ${paint.dim(t(ceiling))}`);
      }
    }
    return lines.join('\n');
  });
  if (report.forces.length <= 1) return `${blocks.join('\n\n')}\n`;
  const summary = summaryTable(report, options);
  if (options.detail) return `${[summary, ...blocks].join('\n\n')}\n`;
  const hint = painter(options).dim(`each force's actions and what would close its gaps: add --detail, or name one force`);
  return `${summary}\n${hint}\n`;
}

function summaryTable(report: CoverageReport, options: ReportOptions): string {
  const paint = painter(options);
  const table = new Table({
    head: ['Force', 'Covered', 'Partial', 'Gap', 'Coverage', 'Commitments', 'To review'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const force of report.forces) {
    const { overall } = force;
    table.push([
      t(force.force.name),
      overall.covered,
      overall.partial,
      overall.gap,
      percent(overall.ratio),
      force.commitments,
      force.review.covered + force.review.partial,
    ]);
  }
  return `${paint.bold(`Summary against ${t(report.framework.id)}`)}\n${table.toString()}`;
}
