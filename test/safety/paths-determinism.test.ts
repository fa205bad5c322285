import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/extract/force.js';
import { scratchFolders } from '../helpers/scratch.ts';
import { vawg } from './helpers.ts';

const scratch = scratchFolders('vawg-safety-');

describe('output paths made from force names stay inside the output folder', () => {
  for (const [force, slug] of [
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con-force'],
    ['nul', 'nul-force'],
    ['..', 'force'],
    ['/absolute/path', 'absolute-path'],
    ['Dorset Police\n', 'dorset'],
  ] as const) {
    it(`--force ${JSON.stringify(force)} writes ${slug}.yaml`, async () => {
      const dir = scratch();
      const out = path.join(dir, 'out');
      const run = await vawg(['parse', 'strategies/sources/kent.txt', '--force', force, '-o', `${out}/`]);
      expect(run.status).toBe(0);
      expect(readdirSync(out)).toEqual([`${slug}.yaml`]);
      expect(readdirSync(dir)).toEqual(['out']);
    });
  }

  it('slugs are lower-case letters, digits and single hyphens, never a device name', () => {
    for (const name of ['../../etc/passwd', 'CON', 'COM1', 'lpt9', '  ', 'Ünïcödé Constabulary', 'a'.repeat(300)]) {
      const slug = slugify(name);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(66);
      expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
  });
});

describe('every command that writes files gives byte-identical output when run twice', () => {
  it('parse -o into a folder', async () => {
    const first = scratch();
    const second = scratch();
    for (const dir of [first, second])
      expect((await vawg(['parse', 'strategies/sources/warwickshire.txt', 'strategies/sources/dorset.txt', '-o', `${dir}/`])).status).toBe(
        0,
      );
    for (const name of ['warwickshire.yaml', 'dorset.yaml']) {
      expect(readFileSync(path.join(second, name), 'utf8')).toBe(readFileSync(path.join(first, name), 'utf8'));
    }
  });

  it('parse -o as JSON, and a merge over it', async () => {
    const dir = scratch();
    const target = path.join(dir, 'kent.json');
    expect((await vawg(['parse', 'strategies/sources/kent.txt', '--format', 'json', '-o', target])).status).toBe(0);
    const written = readFileSync(target, 'utf8');
    expect((await vawg(['parse', 'strategies/sources/kent.txt', '--format', 'json', '-o', target])).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(written);
  });

  it('the reports print the same bytes twice', async () => {
    for (const args of [
      ['gaps', '--format', 'json'],
      ['compare', '--format', 'csv'],
      ['diff', 'dorset', 'kent', '--format', 'json'],
      ['check', 'strategies/dorset.yaml', '--format', 'sarif'],
    ]) {
      expect((await vawg(args)).stdout).toBe((await vawg(args)).stdout);
    }
  });
});
