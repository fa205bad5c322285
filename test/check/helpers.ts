import path from 'node:path';
import { ROOT, runCli, type CliRun } from '../helpers/cli.ts';

export { ROOT };
/** The built CLI, for the few tests that run a documented shell command as written. */
export const BIN = path.join(ROOT, 'bin/vawg.js');
/** A draft missing actions, with a duplicate, a lost list, an aspirational-only and an unmeasurable commitment. */
export const GAPS_DRAFT = path.join(ROOT, 'test/fixtures/check/gaps-draft.md');
/** A draft that commits firmly and measurably to all nine actions. */
export const COMPLETE_DRAFT = path.join(ROOT, 'test/fixtures/check/complete-draft.md');

/** Runs the CLI in-process with colour off, from `cwd` (the repository root by default). */
export function vawg(args: string[], cwd: string = ROOT): Promise<CliRun> {
  return runCli(args, { cwd });
}
