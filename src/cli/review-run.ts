import { documentProblems, loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { readForUpdate, writableTarget, writeFileSafely } from '../io/write-file.js';
import { parseYamlText } from '../io/yaml-file.js';
import { applyDecision, type ReviewDecision } from '../merge/decisions.js';
import { STRENGTHS, frameworkActions, type Commitment, type CommitmentDocument, type Framework, type Strength } from '../model/index.js';
import type { CliContext } from './context.js';
import { reviewCard } from './review-card.js';
import { createPrompter, type KeyChoice, type ReviewPrompter } from './review-prompter.js';
import { reviewQueue, reviewReasons, type ReviewScope } from './review-queue.js';
import { renderMerged } from './write-document.js';
import type { ReviewFlags } from './review.js';

/** Runs `vawg review` on one document, saving each decision as it is made. */
export async function reviewCommand(document: string, flags: ReviewFlags, context: CliContext): Promise<void> {
  if (document === '-')
    throw new VawgError('review edits a file in place and reads your answers from standard input: give the path of the document');
  await runReview(context.resolve(document), flags, context);
}

const KEYS: KeyChoice[] = [
  { key: 'a', label: 'accept: the commitment and its mappings are right (all become by: analyst)' },
  { key: 'r', label: 'reject a mapping (it moves to rejected and is never proposed again)' },
  { key: 'm', label: 'map to an action of the framework' },
  { key: 'c', label: 'change the strength' },
  { key: 'x', label: 'retire: not a commitment of the force, with a reason' },
  { key: 'n', label: 'add a note' },
  { key: 's', label: 'skip to the next commitment' },
  { key: 'q', label: 'quit (every decision so far is saved)' },
  { key: '?', label: 'help' },
];

/** What one review session decided. */
interface Tally {
  accepted: number;
  rejected: number;
  added: number;
  strengths: number;
  retired: number;
  notes: number;
}

async function runReview(file: string, flags: ReviewFlags, context: CliContext): Promise<void> {
  writableTarget(file, { followSymlinks: flags.followSymlinks === true });
  const loaded = loadValidDocument(file);
  const scope: ReviewScope = flags.only ?? 'needs-review';
  const queue = reviewQueue(loaded.document.commitments, loaded.framework, scope);
  const shown = context.display(file);
  if (queue.length === 0) {
    context.stdout.write(`nothing to review in ${shown}${scope === 'all' ? '' : ' (--only all visits every commitment)'}\n`);
    return;
  }
  const session = new ReviewSession(file, loaded.framework, flags, context);
  const prompter = createPrompter(context);
  try {
    await session.walk(queue, prompter);
  } finally {
    prompter.close();
  }
  const tally = session.tally;
  context.stdout.write(
    `reviewed ${session.visited} of ${queue.length} in ${shown}: ${tally.accepted} accepted, ${tally.rejected} mappings rejected, ` +
      `${tally.added} mappings added, ${tally.strengths} strengths changed, ${tally.retired} retired, ${tally.notes} notes\n`,
  );
}

/** One run of `vawg review`: shows each commitment, asks for decisions, and saves each at once. */
class ReviewSession {
  readonly tally: Tally = { accepted: 0, rejected: 0, added: 0, strengths: 0, retired: 0, notes: 0 };
  visited = 0;

  constructor(
    private readonly file: string,
    private readonly framework: Framework,
    private readonly flags: ReviewFlags,
    private readonly context: CliContext,
  ) {}

  async walk(queue: string[], prompter: ReviewPrompter): Promise<void> {
    for (const [index, id] of queue.entries()) {
      const outcome = await this.visit(id, { index: index + 1, total: queue.length }, prompter);
      if (outcome === 'quit') return;
      if (outcome !== 'gone') this.visited += 1;
    }
  }

  /** Shows one commitment and takes decisions on it until the analyst moves on. */
  private async visit(id: string, progress: { index: number; total: number }, prompter: ReviewPrompter): Promise<'next' | 'quit' | 'gone'> {
    for (;;) {
      const commitment = this.current(id);
      if (!commitment) return 'gone';
      const reasons = reviewReasons(commitment, this.framework);
      this.context.stdout.write(
        `\n${reviewCard(commitment, progress, { framework: this.framework, reasons, color: this.context.color() })}`,
      );
      const key = await prompter.key('Decision', KEYS);
      if (key === undefined || key === 'q') return 'quit';
      if (key === 's') return 'next';
      if (key === '?') {
        this.context.stdout.write(`${KEYS.map((choice) => `  ${choice.key}  ${choice.label}`).join('\n')}\n`);
        continue;
      }
      const decision = await this.ask(key, commitment, prompter);
      if (decision === undefined) continue;
      this.save(decision);
      if (decision.kind === 'accept' || decision.kind === 'retire') return 'next';
    }
  }

  /** Turns a key into a decision, asking what it needs; `undefined` when the analyst backs out. */
  private async ask(key: string, commitment: Commitment, prompter: ReviewPrompter): Promise<ReviewDecision | undefined> {
    const id = commitment.id;
    if (key === 'a') return { kind: 'accept', id };
    if (key === 'r') {
      if (commitment.actions.length === 0) {
        this.context.stdout.write('no mapping to reject\n');
        return undefined;
      }
      const action = await prompter.choose(
        'Reject which mapping?',
        commitment.actions.map((match) => ({ value: match.id, name: `${match.id} (${match.confidence.toFixed(2)} ${match.by})` })),
      );
      if (action === undefined) return undefined;
      const note = await prompter.text('Why? (Enter for no note)');
      return { kind: 'reject', id, action, ...(note ? { note } : {}) };
    }
    if (key === 'm') {
      const mapped = new Set(commitment.actions.map((match) => match.id));
      const choices = [
        ...frameworkActions(this.framework).map((action) => ({ value: action.id, name: `${action.id}  ${action.title}` })),
        ...this.framework.pillars.map((pillar) => ({ value: pillar.id, name: `${pillar.id}  ${pillar.title} (the pillar as a whole)` })),
      ].filter(
        (choice) => !mapped.has(choice.value) || commitment.actions.some((match) => match.id === choice.value && match.by === 'auto'),
      );
      const action = await prompter.choose('Map to which action?', choices, true);
      if (action === undefined) return undefined;
      const note = await prompter.text('Why? (Enter for no note)');
      return { kind: 'add', id, action, ...(note ? { note } : {}) };
    }
    if (key === 'c') {
      const strength = await prompter.choose(
        `Strength (now ${commitment.strength})?`,
        STRENGTHS.map((value) => ({ value, name: value })),
      );
      return strength === undefined ? undefined : { kind: 'strength', id, strength: strength as Strength };
    }
    if (key === 'x') {
      const reason = await prompter.text('Reason for retiring it:');
      return reason ? { kind: 'retire', id, reason } : undefined;
    }
    const note = await prompter.text('Note:');
    return note ? { kind: 'note', id, note } : undefined;
  }

  /** The commitment as the file holds it now (someone may have edited the file between decisions). */
  private current(id: string): Commitment | undefined {
    const document = parseYamlText(readForUpdate(this.file).text, this.file).value as CommitmentDocument;
    return document.commitments.find((commitment) => commitment.id === id);
  }

  /** Writes one decision through the safe write path: read, apply, check, write only if the file is unchanged. */
  private save(decision: ReviewDecision): void {
    const read = readForUpdate(this.file);
    const yaml = parseYamlText(read.text, this.file);
    applyDecision(yaml.document, decision);
    const text = renderMerged(yaml.document, { file: this.file, format: /^\s*[{[]/.test(read.text) ? 'json' : 'yaml' });
    const problem = documentProblems(parseYamlText(text, this.file), this.framework)[0];
    if (problem) throw new VawgError(`the decision would make the document invalid (${problem.message}): nothing was written`, problem);
    writeFileSafely(this.file, text, { expectedSha256: read.sha256, followSymlinks: this.flags.followSymlinks === true });
    const counts: Record<ReviewDecision['kind'], keyof Tally> = {
      accept: 'accepted',
      reject: 'rejected',
      add: 'added',
      strength: 'strengths',
      retire: 'retired',
      note: 'notes',
    };
    this.tally[counts[decision.kind]] += 1;
  }
}
