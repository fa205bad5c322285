import { CommanderError } from 'commander';
import { describeError, EXIT, VawgError } from '../io/errors.js';
import { createContext, type CliContext, type CliIo } from './context.js';
import { buildProgram } from './program.js';
import { escapeTerminal } from '../report/escape/terminal.js';

/**
 * Runs the CLI with the given arguments (without `node` and the script) against the given io, and
 * returns the exit code: 0 success, 1 input judged failing, 2 the command could not do its job.
 */
export async function main(argv: string[] = process.argv.slice(2), io: Partial<CliIo> = {}): Promise<number> {
  const context = createContext(io);
  const debug = argv.includes('--debug');
  const program = buildProgram(context).exitOverride();
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    if (debug && error instanceof Error) context.stderr.write(`${error.stack ?? error.message}\n`);
    else context.stderr.write(`${escapeTerminal(errorLine(error, context))}\n`);
    return error instanceof VawgError ? error.exitCode : EXIT.unusable;
  }
}

/** The one line printed for an error: `file:line:col: message` with the file as the user reads it, or `vawg: message`. */
function errorLine(error: unknown, context: CliContext): string {
  if (error instanceof VawgError && error.location) {
    return describeError(new VawgError(error.message, { ...error.location, file: context.display(error.location.file) }));
  }
  return `vawg: ${describeError(error)}`;
}

function commanderExitCode(error: CommanderError): number {
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
}
