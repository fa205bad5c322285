/** Temporary folders for tests: each one new and unique, all removed when the test file ends. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Returns a maker of fresh temporary folders (never shared between tests, files or parallel runs),
 * and removes every folder it made after the calling test file has run.
 */
export function scratchFolders(prefix = 'vawg-test-'): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
