import { CommanderError } from 'commander';
import { describeError, EXIT, VawgError } from '../io/errors.js';
import { buildProgram } from './program.js';

/** Runs the CLI with the given arguments; sets the exit code instead of exiting, so output is flushed. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const debug = argv.includes('--debug');
  const program = buildProgram().exitOverride();
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
    if (error instanceof CommanderError) return;
    if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`);
    else process.stderr.write(`${error instanceof VawgError && error.location ? '' : 'vawg: '}${describeError(error)}\n`);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
  }
  if (error instanceof VawgError) return error.exitCode;
  return EXIT.unusable;
}
