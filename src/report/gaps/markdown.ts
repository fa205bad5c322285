import { percent } from '../style.js';
import { ceilingNote, evidenceCell, pillarOnlyLabel, throughLines, throughNote, type CoverageReport } from '../coverage-report.js';

const MARK = { covered: '✔ covered', partial: '◐ partial', gap: '✘ gap' } as const;

/** The gap report as markdown, for sharing: a table per force and the guidance for each gap. */
export function formatGapsMarkdown(report: CoverageReport): string {
  const lines: string[] = [`# Coverage against ${report.framework.title} (${report.framework.id})`, ''];
  for (const force of report.forces) {
    const { overall } = force;
    lines.push(`## ${force.force.name}`, '');
    lines.push(
      `Source: \`${force.file}\`. Coverage ${overall.covered}/${overall.total} (${percent(overall.ratio)}), ` +
        `${overall.partial} partial, ${overall.gap} gap; ${force.commitments} commitments, ${force.warnings} warnings.`,
      '',
    );
    const through = throughNote(force);
    if (through) lines.push(`Commitments ${escapeCell(through)}.`, '');
    lines.push(
      through ? '| Action | Status | Evidence | Through |' : '| Action | Status | Evidence |',
      through ? '| --- | --- | --- | --- |' : '| --- | --- | --- |',
    );
    for (const pillar of force.pillars) {
      const only = pillar.pillarOnly.length > 0 ? `${pillarOnlyLabel(pillar)}: ${escapeCell(evidenceCell(pillar.pillarOnly))}` : '';
      lines.push(
        `| **${pillar.id}: ${escapeCell(pillar.title)}** | ${pillar.covered}/${pillar.total} covered | ${only} |${through ? ' |' : ''}`,
      );
      for (const action of force.actions.filter((candidate) => candidate.pillar === pillar.id)) {
        const ids = action.evidence.length > 0 ? action.evidence : action.weak;
        const carried = through ? ` ${escapeCell(throughLines(action).join('; '))} |` : '';
        lines.push(`| \`${action.id}\` | ${MARK[action.status]} | ${escapeCell(evidenceCell(ids))} |${carried}`);
      }
    }
    const open = force.actions.filter((action) => action.status !== 'covered');
    if (open.length > 0) {
      lines.push('', '### To close', '');
      for (const action of open) {
        const ceiling = ceilingNote(action, force, report.framework);
        lines.push(
          `- **${MARK[action.status]}: \`${action.id}\`** ${escapeCell(action.title)}. ${escapeCell(action.guidance ?? '')}${ceiling ? ` *${escapeCell(ceiling)}.*` : ''}`,
        );
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
