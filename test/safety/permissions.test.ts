/**
 * A file the user may not read gives one located line and exit 2. The file system is mocked to
 * refuse the read, so the test holds when run as root too (root reads any file).
 */
import type * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { vawg } from './helpers.ts';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const refuse = (file: unknown): void => {
    if (String(file).endsWith(`${path.sep}locked${path.sep}secret.txt`)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
    }
  };
  return {
    ...actual,
    statSync: ((file: fs.PathLike, ...rest: unknown[]) => {
      if (String(file).endsWith(`${path.sep}locked${path.sep}secret.txt`))
        return actual.statSync(path.join(import.meta.dirname, 'permissions.test.ts'));
      return (actual.statSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.statSync,
    readFileSync: ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      refuse(file);
      return (actual.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync,
  };
});

describe('a file without read permission', () => {
  it('parse exits 2 with "permission denied" and the file, on one line', async () => {
    const target = 'test/safety/locked/secret.txt';
    const run = await vawg(['parse', target, '--force', 'Kent Police']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${target}: permission denied: cannot read this file\n`);
    expect(run.status).toBe(2);
  });
});
