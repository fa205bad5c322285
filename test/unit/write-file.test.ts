import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VawgError } from '../../src/io/errors.ts';
import { readForUpdate, sha256Hex, writeFileSafely } from '../../src/io/write-file.ts';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'vawg-write-'));
}

function thrown(action: () => void): VawgError {
  try {
    action();
  } catch (error) {
    if (error instanceof VawgError) return error;
    throw error;
  }
  throw new Error('expected a VawgError');
}

describe('writeFileSafely', () => {
  it('refuses a file saved by someone else after it was read, keeping their save and leaving no temporary file', () => {
    const dir = folder();
    const file = path.join(dir, 'doc.yaml');
    writeFileSync(file, 'version: 1 # first\n');
    const read = readForUpdate(file);
    writeFileSync(file, 'version: 1 # the analyst saved this meanwhile\n');
    const error = thrown(() => writeFileSafely(file, 'version: 1 # merged\n', { expectedSha256: read.sha256 }));
    expect(error.message).toBe(
      'changed on disk while vawg was working (saved in an editor?): nothing was written and the saved version is kept; run the command again',
    );
    expect(error.exitCode).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('version: 1 # the analyst saved this meanwhile\n');
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });

  it('writes when the file is as it was read', () => {
    const dir = folder();
    const file = path.join(dir, 'doc.yaml');
    writeFileSync(file, 'a: 1\n');
    writeFileSafely(file, 'a: 2\n', { expectedSha256: sha256Hex('a: 1\n') });
    expect(readFileSync(file, 'utf8')).toBe('a: 2\n');
  });

  it('refuses a new file that appeared meanwhile, and a file deleted meanwhile', () => {
    const dir = folder();
    const file = path.join(dir, 'doc.yaml');
    writeFileSync(file, 'someone else\n');
    expect(thrown(() => writeFileSafely(file, 'mine\n', { expectedSha256: null })).message).toMatch(/^was created by someone else/);
    const gone = path.join(dir, 'gone.yaml');
    expect(thrown(() => writeFileSafely(gone, 'mine\n', { expectedSha256: sha256Hex('old') })).message).toMatch(/^changed on disk/);
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });

  it('says when a folder on the path is a file', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'plain'), 'x');
    expect(thrown(() => writeFileSafely(path.join(dir, 'plain', 'doc.yaml'), 'y')).message).toBe('a folder on this path is a file');
  });
});
