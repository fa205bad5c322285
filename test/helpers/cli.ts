/**
 * Runs the CLI in-process through `main(argv, io)`: no child process, output collected from
 * in-memory streams, colour off unless a test asks for it.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';

/** The repository root, where the bundled strategies and fixtures live. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What one CLI run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Options of one in-process run. */
export interface CliRunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  /** Pretend stdout is a terminal of this many columns. */
  columns?: number;
  isTTY?: boolean;
  /** Pretend stderr is a terminal (where a progress bar may appear). */
  stderrTTY?: boolean;
  /** The clock the run reads, in milliseconds (for the progress bar's "will this take over a second"). */
  clock?: () => number;
}

/** Runs `vawg <args>` in-process, from the repository root unless `cwd` is given, with NO_COLOR and VAWG_NO_CACHE set unless `env` overrides them. */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: {
      write: (chunk: string) => (stdout += chunk),
      isTTY: options.isTTY ?? false,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
    },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.stderrTTY ?? false, columns: 100 },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? ROOT,
    // No cache of machine readings unless a test asks for one: every test parses what it reads.
    env: { NO_COLOR: '1', VAWG_NO_CACHE: '1', ...options.env },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return { status, stdout, stderr };
}
