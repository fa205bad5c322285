/** What the input-format tests share: paths, normalising text, running the CLI in-process. */
import path from 'node:path';
import { runCli, type CliRun } from '../helpers/cli.ts';
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

/** Runs the CLI in-process from the package root with colour off. */
export function vawg(args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: root });
}
