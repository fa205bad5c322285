/**
 * What the input-format tests share: paths, normalising text, running the CLI. The CLI tests
 * spawn the built `vawg`; run `npx tsc -p .` before running vitest by hand.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FORMATS = path.join(root, 'test', 'fixtures', 'formats');

/** A fixture's path, relative to the package root (as the CLI is run from there). */
export function fixture(name: string): string {
  return path.join('test', 'fixtures', 'formats', name);
}

/** Whitespace collapsed, so texts from different formats compare equal. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The result of one CLI run. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the package root with colour off. */
export function vawg(args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'vawg.js'), ...args], { cwd: root, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
