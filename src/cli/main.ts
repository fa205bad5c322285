import type { Command } from 'commander';
import { EXIT, VawgError } from '../io/errors.js';
import type { CliIo } from './context.js';
import { packageVersion } from './program-version.js';

/**
 * Runs the CLI with the given arguments (without `node` and the script) against the given io, and
 * returns the exit code: 0 success, 1 input judged failing, 2 the command could not do its job.
 */
export async function main(argv: string[] = process.argv.slice(2), io: Partial<CliIo> = {}): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // What commander would print, without loading the commands first: the answer a script asks for most often.
    (io.stdout ?? process.stdout).write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const { CommanderError } = await import('commander');
  const { createContext } = await import('./context.js');
  const { errorLine } = await import('./error-line.js');
  const { writeFailureReport } = await import('./failure-report.js');
  const { buildProgram } = await import('./program.js');
  const context = createContext(io);
  const debug = argv.includes('--debug');
  const program = buildProgram(context).exitOverride();
  let running: Command | undefined;
  program.hook('preSubcommand', (_program, subcommand) => {
    running = subcommand;
  });
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError && commanderExitCode(error) === EXIT.ok) return EXIT.ok;
    await writeFailureReport(running, argv, error, context);
    if (error instanceof CommanderError) return EXIT.unusable;
    if (debug && error instanceof Error) context.stderr.write(`${error.stack ?? error.message}\n`);
    else context.stderr.write(`${errorLine(error, context)}\n`);
    return error instanceof VawgError ? error.exitCode : EXIT.unusable;
  }
}

function commanderExitCode(error: { code: string; exitCode: number }): number {
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
}
