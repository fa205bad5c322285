import { frameworkActions, type Commitment, type CommitmentDocument, type Framework } from '../model/index.js';
import { neutraliseWorkflowCommands } from './escape/github.js';
import { escapeTerminal as t } from './escape/terminal.js';
import { painter, type ReportOptions } from './style.js';

/** One commitment's mappings with the evidence behind each, as readable text; `sourcePath` is where the source is from here. */
export function formatExplanation(
  commitment: Commitment,
  document: CommitmentDocument,
  framework: Framework,
  options: ReportOptions & { sourcePath: string },
): string {
  const paint = painter(options);
  const titles = new Map<string, string>([
    ...framework.pillars.map((pillar): [string, string] => [pillar.id, `${pillar.title} (pillar)`]),
    ...frameworkActions(framework).map((action): [string, string] => [action.id, action.title]),
  ]);
  const lines = [
    `${paint.bold(t(commitment.id))}  ${t(options.sourcePath)}:${commitment.position.line}:${commitment.position.column}${commitment.position.page === undefined ? '' : ` (page ${commitment.position.page})`}`,
    `  "${t(commitment.text)}"`,
    `  section: ${commitment.section.length > 0 ? t(commitment.section.join(' > ')) : '(none)'}`,
    `  strength: ${t(commitment.strength)}${commitment.by === 'analyst' ? ' (set by an analyst)' : ''}`,
  ];
  if (commitment.initiatives?.length) lines.push(`  initiatives: ${t(commitment.initiatives.join(', '))}`);
  if (commitment.powers?.length) lines.push(`  powers: ${t(commitment.powers.join(', '))}`);
  if (commitment.note) lines.push(`  note: ${t(commitment.note)}`);
  lines.push('');
  if (commitment.actions.length === 0) lines.push('  Not mapped: no indicator phrase of the framework reached the threshold.');
  for (const match of commitment.actions) {
    lines.push(`  ${paint.bold(t(match.id))}  ${t(titles.get(match.id) ?? '')}`);
    lines.push(`    confidence ${match.confidence.toFixed(2)}, mapped by ${t(match.by)}${match.note ? `: ${t(match.note)}` : ''}`);
    const evidence = match.evidence ?? [];
    const total = evidence.reduce((sum, item) => sum + item.weight, 0);
    for (const item of evidence) {
      const where = item.in === 'text' ? 'in the text' : item.in === 'section' ? 'in a heading above' : 'in the lead-in';
      lines.push(`    + ${item.weight.toFixed(2)}  "${t(item.phrase)}" ${where}`);
    }
    if (evidence.length > 0) lines.push(`    = ${total.toFixed(2)} score`);
  }
  for (const rejected of commitment.rejected ?? []) {
    lines.push(`  ${paint.strikethrough(t(rejected.id))}  rejected by an analyst${rejected.note ? `: ${t(rejected.note)}` : ''}`);
  }
  return neutraliseWorkflowCommands(`${lines.join('\n')}\n`);
}
