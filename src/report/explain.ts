import {
  frameworkActions,
  type Commitment,
  type CommitmentDocument,
  type Framework,
  type RetiredCommitment,
  type Statement,
} from '../model/index.js';
import { termsIn } from '../classify/glossary.js';
import { stemsOf } from '../text/tokens.js';
import { neutraliseWorkflowCommands } from './escape/github.js';
import { escapeTerminal as t } from './escape/terminal.js';
import { painter, type ReportOptions } from './style.js';

/** What `vawg explain` can explain: a commitment, a statement in another voice, or a retired commitment. */
export type ExplainedItem = Commitment | Statement | RetiredCommitment;

const VOICE_NAMES: Record<Statement['voice'], string> = {
  pcc: 'the Police and Crime Commissioner (or mayor)',
  national: 'a national body (NPCC, College of Policing, the national lead)',
  partner: 'a partner organisation',
  government: 'the government',
  other: 'another voice, not the force',
};

/** Whose voice an item is in and whether it counts, as one line. */
function voiceLine(item: ExplainedItem): string {
  if ('voice' in item) {
    return `voice: ${VOICE_NAMES[item.voice]}; kept under statements, not counted towards the force's coverage`;
  }
  if ('reason' in item) return `retired: ${item.reason}`;
  return "voice: the force's own; counted towards coverage";
}

/** One commitment's (or statement's) mappings with the evidence behind each, as readable text; `sourcePath` is where the source is from here. */
export function formatExplanation(
  commitment: ExplainedItem,
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
    `  ${t(voiceLine(commitment))}`,
  ];
  if (commitment.speaker) lines.push(`  quoted: ${t(commitment.speaker)}`);
  if (commitment.leadIn) lines.push(`  lead-in: "${t(commitment.leadIn)}"`);
  if (commitment.owner) lines.push(`  owner: ${t(commitment.owner)}`);
  if (commitment.due) lines.push(`  due: ${t(commitment.due)}`);
  if (commitment.measure) lines.push(`  measure: ${t(commitment.measure)}`);
  if (commitment.initiatives?.length) lines.push(`  initiatives: ${t(commitment.initiatives.join(', '))}`);
  if (commitment.powers?.length) lines.push(`  powers: ${t(commitment.powers.join(', '))}`);
  if (commitment.note) lines.push(`  note: ${t(commitment.note)}`);
  lines.push('');
  if (commitment.actions.length === 0) lines.push('  Not mapped: no action or pillar of the framework stood out for it.');
  for (const match of commitment.actions) {
    lines.push(`  ${paint.bold(t(match.id))}  ${t(titles.get(match.id) ?? '')}`);
    lines.push(`    confidence ${match.confidence.toFixed(2)}, mapped by ${t(match.by)}${match.note ? `: ${t(match.note)}` : ''}`);
    if (match.review) lines.push(`    ${paint.bold('flagged for review')}: the confidence is under the review threshold`);
    const evidence = match.evidence ?? [];
    const total = evidence.reduce((sum, item) => sum + item.weight, 0);
    for (const item of evidence) {
      const where =
        item.in === 'text' ? textPlace(item.phrase, commitment.text) : item.in === 'section' ? 'in a heading above' : 'in the lead-in';
      lines.push(`    + ${item.weight.toFixed(2)}  "${t(item.phrase)}" ${t(where)}`);
    }
    if (evidence.length > 0) lines.push(`    = ${total.toFixed(2)} score`);
  }
  for (const rejected of commitment.rejected ?? []) {
    lines.push(`  ${paint.strikethrough(t(rejected.id))}  rejected by an analyst${rejected.note ? `: ${t(rejected.note)}` : ''}`);
  }
  return neutraliseWorkflowCommands(`${lines.join('\n')}\n`);
}

/**
 * Where a phrase counted "in the text" was found: in the words themselves, or in the expansion of a
 * glossary term the text uses ("training" through "Domestic Abuse Matters"), which the classifier reads too.
 */
function textPlace(phrase: string, text: string): string {
  const wanted = stemsOf(phrase);
  if (wanted.length === 0 || containsRun(stemsOf(text), wanted)) return 'in the text';
  const term = termsIn(text).find((candidate) => containsRun(stemsOf(candidate.expansion), wanted));
  return term === undefined ? 'in the text' : `through the glossary term "${term.term}" in the text`;
}

function containsRun(stems: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= stems.length; start += 1)
    if (run.every((stem, offset) => stems[start + offset] === stem)) return true;
  return false;
}
