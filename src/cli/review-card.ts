import { Chalk } from 'chalk';
import { frameworkActions, type Commitment, type Framework } from '../model/index.js';
import type { ReviewReason } from './review-queue.js';

/** Text from a document made safe for a terminal: control characters become spaces. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** What `vawg review` shows of one commitment: place, progress, text, strength, mappings with their evidence, and why it is shown. */
export function reviewCard(
  commitment: Commitment,
  progress: { index: number; total: number },
  context: { framework: Framework; reasons: ReviewReason[]; color: boolean },
): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const titles = new Map<string, string>([
    ...context.framework.pillars.map((pillar) => [pillar.id, pillar.title] as const),
    ...frameworkActions(context.framework).map((action) => [action.id, action.title] as const),
  ]);
  const where = [`line ${commitment.position.line}`, ...(commitment.position.page ? [`page ${commitment.position.page}`] : [])];
  const lines = [
    chalk.bold(`${progress.index} of ${progress.total}`) + chalk.dim(`  ${commitment.id}  ${where.join(', ')}`),
    `  ${chalk.dim('section:')} ${plain(commitment.section.join(' › ')) || '(none)'}`,
    ...(commitment.leadIn ? [`  ${chalk.dim('lead-in:')} ${plain(commitment.leadIn)}`] : []),
    `  ${chalk.bold(plain(commitment.text))}`,
    `  ${chalk.dim('strength:')} ${commitment.strength}${commitment.by === 'analyst' ? chalk.dim(' (analyst)') : ''}`,
    `  ${chalk.dim('mappings:')}${commitment.actions.length === 0 ? ' none' : ''}`,
    ...commitment.actions.flatMap((match, index) => [
      `    ${index + 1}. ${match.id}  ${plain(titles.get(match.id) ?? '')}  ${match.confidence.toFixed(2)} ${match.by}${match.review ? chalk.yellow(' review') : ''}`,
      ...(match.evidence?.length
        ? [
            `       ${chalk.dim('evidence:')} ${match.evidence.map((item) => `${plain(item.phrase)} (${item.in}, ${item.weight})`).join('; ')}`,
          ]
        : []),
      ...(match.note ? [`       ${chalk.dim('note:')} ${plain(match.note)}`] : []),
    ]),
    ...(commitment.rejected?.length ? [`  ${chalk.dim('rejected:')} ${commitment.rejected.map((entry) => entry.id).join(', ')}`] : []),
    ...(commitment.note ? [`  ${chalk.dim('note:')} ${plain(commitment.note)}`] : []),
    ...(context.reasons.length > 0 ? [`  ${chalk.dim('to check:')} ${context.reasons.join(', ')}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
