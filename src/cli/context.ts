import path from 'node:path';
import { shouldColor } from '../report/style.js';

/** A stream the CLI writes to: process.stdout, or a test's collector. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What the CLI talks to: streams, working directory and environment. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Milliseconds from an arbitrary start, for deciding when a run is long enough to show progress (tests pass their own). */
  clock?: () => number;
}

/** Standard input as a command reads it when given `-`: its bytes, and the name `--stdin-filename` gave it. */
export interface StdinInput {
  content: Buffer;
  name: string | undefined;
}

/** The io of one CLI run, with helpers every command uses and the exit code it sets. */
export interface CliContext extends CliIo {
  /** Exit code a command sets when it judges its input (1) rather than failing (thrown errors give 2). */
  exitCode: number;
  /** An argument path made absolute against the run's working directory. */
  resolve(file: string): string;
  /** A path as a user reads it: relative to the working directory when inside it, with forward slashes. */
  display(file: string): string;
  /** Whether output to stdout (or stderr) should be coloured: `--color`/`--no-color` when given, else the stream and environment. */
  color(stream?: 'stdout' | 'stderr'): boolean;
  /** `true` for `--color`, `false` for `--no-color`, undefined to detect. */
  colorChoice: boolean | undefined;
  /** Standard input, read before a command that was given `-` runs. */
  stdinInput: StdinInput | undefined;
  /** Milliseconds from an arbitrary start. */
  now(): number;
}

/** The io of a real process: its streams, working directory and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** A context over the given io; anything missing is taken from the process. */
export function createContext(io: Partial<CliIo> = {}): CliContext {
  const full: CliIo = { ...processIo(), ...io };
  const cwd = path.resolve(full.cwd);
  const context: CliContext = {
    ...full,
    cwd,
    exitCode: 0,
    colorChoice: undefined,
    stdinInput: undefined,
    resolve: (file) => path.resolve(cwd, file),
    display: (file) => displayPath(file, cwd),
    color: (stream = 'stdout') => context.colorChoice ?? shouldColor(stream === 'stdout' ? full.stdout : full.stderr, full.env),
    now: full.clock ?? (() => performance.now()),
  };
  return context;
}

/** A path relative to `cwd` when it lies inside it (forward slashes), otherwise as given. */
export function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
  const relative = path.relative(cwd, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
