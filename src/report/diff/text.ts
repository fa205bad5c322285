import type { ActionDiff, DiffCommitment, DiffReport, VersionChanges } from '../../assess/diff.js';
import { painter, statusLabel, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';

/** The diff as readable text: per action the coverage change, aligned pairs, and what only one side has; then a redraft's changes. */
export function formatDiffText(report: DiffReport, options: ReportOptions): string {
  const paint = painter(options);
  const lines = [
    `${paint.bold('A')} ${t(`${report.a.force.name} (${report.a.file})`)}`,
    `${paint.bold('B')} ${t(`${report.b.force.name} (${report.b.file})`)}`,
    `framework ${t(report.framework.id)}; ≈ pairs say the same thing in different words (similarity 0 to 1)`,
    '',
  ];
  for (const action of report.actions) lines.push(...actionBlock(action, options), '');
  if (report.versions) lines.push(...versionBlock(report.versions, options));
  return `${lines.join('\n').trimEnd()}\n`;
}

function actionBlock(action: ActionDiff, options: ReportOptions): string[] {
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

function versionBlock(versions: VersionChanges, options: ReportOptions): string[] {
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
    lines.push(`  ~ reworded  A:${pair.a.line} → B:${pair.b.line} (${pair.similarity.toFixed(2)}) ${words}`);
  }
  return lines;
}

function cite(side: 'A' | 'B', commitment: DiffCommitment): string {
  return `${side}:${commitment.line} "${t(commitment.text)}"`;
}
