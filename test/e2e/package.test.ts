/**
 * What an installed copy holds: `npm pack` must include every data file the code reads at run time
 * (src/<stage>/data/*.yaml), the catalogs, the schemas and the bundled strategies, or an installed
 * vawg cannot start.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

function packedFiles(): Set<string> {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return new Set((JSON.parse(run.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path));
}

/** Files under `folder` (relative to the repository) whose names end with one of `endings`, recursively. */
function filesUnder(folder: string, endings: string[]): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')));
}

describe('the package', () => {
  const packed = packedFiles();

  it('holds every data file of src, every catalog and schema, and the bundled strategies', () => {
    const dataFiles = filesUnder('src', ['.yaml']).filter((file) => file.split('/').includes('data'));
    expect(dataFiles.length).toBeGreaterThan(30);
    const needed = [
      ...dataFiles,
      ...filesUnder('frameworks', ['.yaml']),
      ...filesUnder('schemas', ['.json']),
      ...filesUnder('strategies', ['.yaml', '.txt']),
      'bin/vawg.js',
    ];
    expect(needed.filter((file) => !packed.has(file))).toEqual([]);
  });

  it('holds no tests, fixtures or corpus', () => {
    expect([...packed].filter((file) => file.startsWith('test/'))).toEqual([]);
  });
});
