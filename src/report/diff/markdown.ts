import type { DiffCommitment, DiffReport } from '../../assess/diff.js';

/** The diff as markdown, for sharing. */
export function formatDiffMarkdown(report: DiffReport): string {
  const lines = [
    `# ${report.a.force.name} (A) and ${report.b.force.name} (B) against \`${report.framework.id}\``,
    '',
    `A: \`${report.a.file}\`; B: \`${report.b.file}\`. Similarity of aligned pairs runs from 0 to 1.`,
    '',
    '| Action | A | B | aligned | only A | only B |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.actions.map(
      (action) =>
        `| \`${action.id}\` | ${action.statusA} | ${action.statusB} | ${action.aligned.length} | ${action.onlyA.length} | ${action.onlyB.length} |`,
    ),
    '',
  ];
  for (const action of report.actions) {
    if (action.aligned.length + action.onlyA.length + action.onlyB.length === 0) continue;
    lines.push(`## \`${action.id}\`: ${action.statusA} → ${action.statusB}`, '');
    for (const pair of action.aligned) lines.push(`- ≈ ${pair.similarity.toFixed(2)}: ${cite('A', pair.a)} / ${cite('B', pair.b)}`);
    for (const commitment of action.onlyA) lines.push(`- only A: ${cite('A', commitment)}`);
    for (const commitment of action.onlyB) lines.push(`- only B: ${cite('B', commitment)}`);
    lines.push('');
  }
  if (report.versions) {
    const versions = report.versions;
    lines.push(
      `## Changes from A to B`,
      '',
      `${versions.added.length} added, ${versions.removed.length} removed, ${versions.reworded.length} reworded, ${versions.unchanged} unchanged.`,
      '',
    );
    for (const commitment of versions.removed) lines.push(`- removed: ${cite('A', commitment)}`);
    for (const commitment of versions.added) lines.push(`- added: ${cite('B', commitment)}`);
    for (const pair of versions.reworded) {
      const words = pair.words
        .map((change) => (change.added ? `**${change.value}**` : change.removed ? `~~${change.value}~~` : change.value))
        .join('');
      lines.push(`- reworded (A:${pair.a.line} → B:${pair.b.line}): ${words.replace(/\|/g, '\\|')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function cite(side: 'A' | 'B', commitment: DiffCommitment): string {
  return `${side}:${commitment.line} “${commitment.text.replace(/\|/g, '\\|')}”`;
}
