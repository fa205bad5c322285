import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built CLI. */
export const BIN = path.join(ROOT, 'bin/vawg.js');
/** A draft missing actions, with a duplicate, a lost list, an aspirational-only and an unmeasurable commitment. */
export const GAPS_DRAFT = path.join(ROOT, 'test/fixtures/check/gaps-draft.md');
/** A draft that commits firmly and measurably to all nine actions. */
export const COMPLETE_DRAFT = path.join(ROOT, 'test/fixtures/check/complete-draft.md');

/** Runs the built CLI with colour off. */
export function vawg(args: string[], cwd: string = ROOT): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}
