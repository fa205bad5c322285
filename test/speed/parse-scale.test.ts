import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/io/paths.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('vawg-scale-');
const SLUGS = ['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire'];

/** A project folder holding the bundled sources (with their provenance files) under sources/. */
function project(): string {
  const dir = scratch();
  cpSync(path.join(ROOT, 'strategies', 'sources'), path.join(dir, 'sources'), { recursive: true });
  return dir;
}

/** Every file of a folder, by name, with its bytes. */
function filesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

/** The entries of a cache folder (a reading and the text written from it for each source), counted from its files. */
function cacheEntries(folder: string): number {
  const readings = path.join(folder, 'readings');
  if (!existsSync(readings)) return 0;
  return readdirSync(readings).reduce((count, shard) => count + readdirSync(path.join(readings, shard)).length, 0);
}

const withCache = { VAWG_NO_CACHE: undefined };

describe('vawg parse over many sources', () => {
  it('gives the same bytes from two worker threads as from one thread, in the same order', async () => {
    expect(existsSync(packagePath('dist', 'cli', 'parse-worker.js'))).toBe(true);
    const dir = project();
    const serial = await runCli(['parse', 'sources/', '-o', 'serial/', '--jobs', '1'], { cwd: dir });
    const parallel = await runCli(['parse', 'sources/', '-o', 'parallel/', '--jobs', '2'], { cwd: dir });
    expect(serial.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(Object.keys(filesOf(path.join(dir, 'serial')))).toEqual(SLUGS.map((slug) => `${slug}.yaml`));
    expect(filesOf(path.join(dir, 'parallel'))).toEqual(filesOf(path.join(dir, 'serial')));
    expect(parallel.stderr.replaceAll('parallel/', 'serial/')).toBe(serial.stderr);
    const toStdout = await runCli(['parse', 'sources/', '--jobs', '2', '--format', 'json'], { cwd: dir });
    expect(toStdout.stdout).toBe((await runCli(['parse', 'sources/', '--jobs', '1', '--format', 'json'], { cwd: dir })).stdout);
  });

  it('reports the error of the first source in input order, whichever thread fails first, and writes nothing', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'sources', 'aaa-unnamed.md'), '# A plan\n\nWe will do more.\n');
    writeFileSync(path.join(dir, 'sources', 'zzz-unnamed.md'), '# Another plan\n\nWe will do less.\n');
    const run = await runCli(['parse', 'sources/', '-o', 'out/', '--jobs', '2'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^sources\/aaa-unnamed\.md: cannot tell which force/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('parses nothing on a rerun over unchanged sources, and only the changed one after an edit', async () => {
    const dir = project();
    const cold = await runCli(['parse', 'sources/', '-o', 'cold/'], { cwd: dir, env: withCache });
    expect(cold.status).toBe(0);
    expect(cold.stderr.match(/\(read from the cache\)/g)).toBeNull();
    expect(cacheEntries(path.join(dir, '.vawg-cache'))).toBe(10);
    expect(readFileSync(path.join(dir, '.vawg-cache', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(existsSync(path.join(dir, '.vawg-cache', 'CACHEDIR.TAG'))).toBe(true);

    const warm = await runCli(['parse', 'sources/', '-o', 'warm/'], { cwd: dir, env: withCache });
    expect(warm.stderr.match(/\(read from the cache\)/g)).toHaveLength(5);
    expect(filesOf(path.join(dir, 'warm'))).toEqual(filesOf(path.join(dir, 'cold')));

    const kent = path.join(dir, 'sources', 'kent.txt');
    writeFileSync(kent, `${readFileSync(kent, 'utf8')}\nWe will publish a yearly report on our progress.\n`);
    const edited = await runCli(['parse', 'sources/', '-o', 'edited/'], { cwd: dir, env: withCache });
    expect(edited.stderr.match(/\(read from the cache\)/g)).toHaveLength(4);
    expect(edited.stderr).toMatch(/edited\/kent\.yaml: [^\n]*commitments[^\n(]*\n/);
    expect(cacheEntries(path.join(dir, '.vawg-cache'))).toBe(12);
  });

  it('bypasses the cache with --no-cache or VAWG_NO_CACHE, and never writes one then', async () => {
    const dir = project();
    await runCli(['parse', 'sources/', '-o', 'first/'], { cwd: dir, env: withCache });
    const bypassed = await runCli(['parse', 'sources/', '-o', 'second/', '--no-cache'], { cwd: dir, env: withCache });
    expect(bypassed.stderr).not.toMatch(/read from the cache/);
    const other = scratch();
    cpSync(path.join(dir, 'sources'), path.join(other, 'sources'), { recursive: true });
    await runCli(['parse', 'sources/', '-o', 'out/'], { cwd: other });
    expect(existsSync(path.join(other, '.vawg-cache'))).toBe(false);
  });

  it("merges a cached reading into the analyst's file as it merges a fresh one: their edits stay", async () => {
    const dir = project();
    await runCli(['parse', 'sources/kent.txt', '-o', 'kent.yaml'], { cwd: dir, env: withCache });
    const file = path.join(dir, 'kent.yaml');
    const edited = readFileSync(file, 'utf8').replace(/^commitments:\n/m, '# Checked against the published PDF.\ncommitments:\n');
    expect(edited).toContain('# Checked against the published PDF.');
    writeFileSync(file, edited);
    const rerun = await runCli(['parse', 'sources/kent.txt', '-o', 'kent.yaml'], { cwd: dir, env: withCache });
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(/^merged into kent\.yaml: .*\(read from the cache\)$/m);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});
