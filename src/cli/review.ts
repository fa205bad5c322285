import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { addExitCodes, oneOf } from './options.js';

/** The flags the command receives. */
export interface ReviewFlags {
  only?: 'low-confidence' | 'unmapped' | 'all';
  followSymlinks?: boolean;
}

/** Registers `vawg review`. */
export function registerReview(program: Command, context: CliContext): void {
  const command = program
    .command('review')
    .description('walk the commitments that need a human, one key per decision, saving each as by: analyst')
    .argument('<document>', 'commitment document (YAML) to review')
    .option(
      '--only <which>',
      'low-confidence, unmapped, or all (default: every commitment not yet reviewed)',
      oneOf(['low-confidence', 'unmapped', 'all']),
    )
    .option('--follow-symlinks', 'when the document is a symbolic link, write to the file it points to (otherwise refused)')
    .addHelpText(
      'after',
      '\nKeys: a accept, r reject a mapping, m map to an action, c change strength, x retire, n note, s skip, q quit, ? help.\n' +
        'On a terminal one keypress decides; from a pipe, one answer per line.\n\nExamples:\n  $ vawg review strategies/kent.yaml\n  $ vawg review strategies/dorset.yaml --only low-confidence',
    )
    .action(async (document: string, flags: ReviewFlags) => {
      const { reviewCommand } = await import('./review-run.js');
      await reviewCommand(document, flags, context);
    });
  addExitCodes(command, {
    0: 'the review ended (each decision was saved as it was made)',
    2: 'it could not run: missing, unreadable or invalid document, or a document changed on disk meanwhile',
  });
}
