import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A fresh temporary folder. */
export function scratch(prefix = 'vawg-safety-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs the built CLI with colour off. */
export function vawg(args: string[], cwd: string = ROOT): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/vawg.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}
