/** The format fixtures are made by scripts/make-fixtures.mjs; running it again gives the same bytes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS, root } from './support.ts';

const out = mkdtempSync(path.join(tmpdir(), 'vawg-fixtures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('node scripts/make-fixtures.mjs', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'make-fixtures.mjs'), out], { cwd: root, encoding: 'utf8' });
  const made = run.status === 0 ? readdirSync(out).sort() : [];

  it('runs and writes the markdown, HTML, PDF and Word versions and the error cases', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of ['warwickshire', 'dorset'])
      for (const extension of ['md', 'html', 'pdf', 'docx']) expect(made).toContain(`${name}.${extension}`);
    expect(made).toEqual(expect.arrayContaining(['encrypted.pdf', 'scanned.pdf', 'damaged.pdf', 'chart.png', 'archive.docx']));
    for (const name of [
      'action-plan.md',
      'action-plan.html',
      'action-plan.docx',
      'action-plan-columns.docx',
      'action-plan.pdf',
      'action-plan-tagged.pdf',
      'action-plan-columns.pdf',
    ])
      expect(made).toContain(name);
  });

  it('regenerates every committed fixture byte for byte', () => {
    expect(made.length).toBeGreaterThan(0);
    for (const name of made) expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(FORMATS, name))), name).toBe(true);
  });

  it('leaves only the hand-written page in the folder besides what it makes', () => {
    expect(readdirSync(FORMATS).filter((name) => !made.includes(name))).toEqual(['real-world-page.html']);
  });
});
