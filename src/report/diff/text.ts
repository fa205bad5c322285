import type { ActionDiff, DiffCommitment, DiffReport, DiffSide, VersionChanges } from '../../assess/diff.js';
import { painter, statusLabel, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';

/**
 * The diff as readable text: per action the coverage change, aligned pairs, and what only one side has; then a
 * redraft's changes. Each commitment is cited as `source:line`, which terminals and editors open at the line.
 */
export function formatDiffText(report: DiffReport, options: ReportOptions): string {
  const paint = painter(options);
  const lines = [
    `${paint.bold('A')} ${t(`${report.a.force.name} (${report.a.file}${report.a.source ? `; lines of ${report.a.source}` : ''})`)}`,
    `${paint.bold('B')} ${t(`${report.b.force.name} (${report.b.file}${report.b.source ? `; lines of ${report.b.source}` : ''})`)}`,
    `framework ${t(report.framework.id)}; ≈ pairs say the same thing in different words (similarity 0 to 1)`,
    '',
  ];
  const cite = citer(report);
  for (const action of report.actions) lines.push(...actionBlock(action, options, cite), '');
  if (report.versions) lines.push(...versionBlock(report.versions, options, cite));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Where a commitment stands (`source:line`, or `A:line` when the side's source is not known), and how it is cited with its text. */
interface Cite {
  (side: 'A' | 'B', commitment: DiffCommitment): string;
  place(side: 'A' | 'B', commitment: DiffCommitment): string;
}

function citer(report: DiffReport): Cite {
  const place = (side: 'A' | 'B', commitment: DiffCommitment): string => {
    const sideOf: DiffSide = side === 'A' ? report.a : report.b;
    return `${t(sideOf.source ?? side)}:${commitment.line}`;
  };
  return Object.assign((side: 'A' | 'B', commitment: DiffCommitment) => `${place(side, commitment)} "${t(commitment.text)}"`, { place });
}

function actionBlock(action: ActionDiff, options: ReportOptions, cite: Cite): string[] {
  const paint = painter(options);
  const change = action.statusA === action.statusB ? paint.dim('(no change)') : paint.bold('(changed)');
  const lines = [
    `${paint.bold(t(action.id))}  A ${statusLabel(action.statusA, options)} → B ${statusLabel(action.statusB, options)} ${change}`,
  ];
  const identical = action.aligned.filter((pair) => pair.a.text === pair.b.text);
  for (const pair of action.aligned) {
    if (pair.a.text === pair.b.text) continue;
    lines.push(`  ≈ ${pair.similarity.toFixed(2)}  ${cite('A', pair.a)}`, `          ${cite('B', pair.b)}`);
  }
  if (identical.length > 0) lines.push(paint.dim(`  = ${identical.length} identical on both sides`));
  for (const commitment of action.onlyA) lines.push(`  only A  ${cite('A', commitment)}`);
  for (const commitment of action.onlyB) lines.push(`  only B  ${cite('B', commitment)}`);
  if (action.aligned.length + action.onlyA.length + action.onlyB.length === 0) lines.push(paint.dim('  no commitments on either side'));
  return lines;
}

function versionBlock(versions: VersionChanges, options: ReportOptions, cite: Cite): string[] {
  const paint = painter(options);
  const lines = [
    paint.bold(
      `Changes from A to B: ${versions.added.length} added, ${versions.removed.length} removed, ${versions.reworded.length} reworded, ${versions.unchanged} unchanged`,
    ),
  ];
  for (const commitment of versions.removed) lines.push(`  ${paint.red('- removed')}   ${cite('A', commitment)}`);
  for (const commitment of versions.added) lines.push(`  ${paint.green('+ added')}     ${cite('B', commitment)}`);
  for (const pair of versions.reworded) {
    const words = pair.words
      .map((change) =>
        change.added ? paint.green(`{+${t(change.value)}+}`) : change.removed ? paint.red(`[-${t(change.value)}-]`) : t(change.value),
      )
      .join('');
    lines.push(`  ~ reworded  ${cite.place('A', pair.a)} → ${cite.place('B', pair.b)} (${pair.similarity.toFixed(2)}) ${words}`);
  }
  return lines;
}
