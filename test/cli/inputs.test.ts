/** Every command that takes files takes folders, globs and - for standard input; several sources never go into one output file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, UNNAMED_DRAFT, workspace } from './helpers.ts';

const KENT = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');
const DORSET = readFileSync(path.join(ROOT, 'strategies/dorset.yaml'), 'utf8');
const GAPS_DRAFT = readFileSync(path.join(ROOT, 'test/fixtures/check/gaps-draft.md'), 'utf8');

/** The force column of a gaps CSV, one entry per force. */
function forces(csv: string): string[] {
  return [
    ...new Set(
      csv
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]!),
    ),
  ];
}

describe('parse with several sources and one output file', () => {
  it('is a usage error that writes nothing (it once made a folder named like the file and merged one force into the other)', async () => {
    const dir = workspace({ 'old.md': GAPS_DRAFT, 'new.md': GAPS_DRAFT.replace('Exampleshire Police', 'Kent Police') });
    const run = await runCli(['parse', 'old.md', 'new.md', '-o', 'one.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'vawg: 2 sources and one output file one.yaml: each source needs its own document; write them into a folder with -o one.yaml/ (each as <slug>.yaml), or give one source\n',
    );
    expect(existsSync(path.join(dir, 'one.yaml'))).toBe(false);
  });

  it('writes each into a folder given with a trailing slash', async () => {
    const dir = workspace({ 'old.md': GAPS_DRAFT, 'new.md': GAPS_DRAFT.replace('Exampleshire Police', 'Kent Police') });
    const run = await runCli(['parse', 'old.md', 'new.md', '-o', 'out/', '--quiet'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['exampleshire-police.yaml', 'kent.yaml']);
  });
});

describe('folders and globs', () => {
  it('a folder given to gaps stands for the documents in it, and to check for the drafts in it', async () => {
    const dir = workspace({
      'forces/kent.yaml': KENT,
      'forces/dorset.yaml': DORSET,
      'forces/notes.txt': 'not a document',
      'drafts/strategy.md': GAPS_DRAFT,
    });
    const gaps = await runCli(['gaps', 'forces', '--format', 'csv'], { cwd: dir });
    expect(gaps.status).toBe(0);
    expect(forces(gaps.stdout)).toEqual(['dorset', 'kent']);
    const check = await runCli(['check', 'drafts/', '--require', 'pursuit', '--format', 'json'], { cwd: dir });
    expect(check.status).toBe(1);
    expect((JSON.parse(check.stdout) as { files: { file: string }[] }).files.map((file) => file.file)).toEqual(['drafts/strategy.md']);
  });

  it('a folder with nothing of its kind is a clear error', async () => {
    const dir = workspace({ 'empty/readme.txt': 'nothing here' });
    const run = await runCli(['validate', 'empty'], { cwd: dir });
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'empty: is a folder with no commitment documents (.yaml, .yml, .json) in it\n' });
  });

  it('skips the .source.yaml provenance files of a folder of sources', async () => {
    const run = await runCli(['parse', 'strategies/sources', '--format', 'json', '--quiet']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { force: { slug: string } }[]).map((document) => document.force.slug)).toEqual([
      'derbyshire',
      'dorset',
      'hampshire',
      'kent',
      'warwickshire',
    ]);
  });

  it('a quoted glob, expanded by vawg in sorted order', async () => {
    const run = await runCli(['compare', 'strategies/{kent,dorset}.yaml', '--format', 'csv']);
    expect(forces(run.stdout)).toEqual(['dorset', 'kent']);
  });
});

describe('- reads standard input', () => {
  it('check - --stdin-filename: the findings name the file given', async () => {
    const run = await runCli(['check', '-', '--stdin-filename', 'drafts/strategy.md', '--require', 'pursuit', '--format', 'github'], {
      stdin: GAPS_DRAFT,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=drafts\/strategy\.md,line=20,col=1,title=vawg required-action::/m);
  });

  it('validate, gaps and explain read a commitment document from it', async () => {
    const validate = await runCli(['validate', '-'], { stdin: KENT });
    expect(validate).toMatchObject({ status: 0, stdout: '1 valid, 0 invalid\n' });
    const gaps = await runCli(['gaps', '-', '--stdin-filename', 'strategies/kent.yaml', '--format', 'csv'], { stdin: KENT });
    expect(gaps.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,strategies\/kent\.yaml,/);
    const id = /- id: (kent-[0-9a-f]+)/.exec(KENT)![1]!;
    const explain = await runCli(['explain', '-', id, '--format', 'json'], { stdin: KENT });
    expect(JSON.parse(explain.stdout)).toMatchObject({ file: '<stdin>', commitment: { id } });
  });

  it('parse reads a source from it, named by --stdin-filename', async () => {
    const run = await runCli(['parse', '-', '--stdin-filename', 'northshire.md', '--force', 'Northshire Police', '--format', 'json'], {
      stdin: UNNAMED_DRAFT,
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      force: { slug: 'northshire-police' },
      document: { source: 'northshire.md', format: 'markdown' },
    });
  });

  it('- twice is a usage error, and so is - for a command that reads none', async () => {
    expect((await runCli(['gaps', '-', '-'], { stdin: KENT })).stderr).toBe('vawg: standard input can be read once: give - only once\n');
    expect((await runCli(['frameworks', 'check', '-'])).stderr).toBe('vawg: - reads standard input, which this command does not take\n');
  });
});

describe('a mistyped name', () => {
  it('a slug gets the nearest bundled strategy', async () => {
    const run = await runCli(['gaps', 'kentt']);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "kentt: no such file, and no strategy with this slug in ./strategies or the package's own (did you mean kent?)\n",
    });
  });

  it('a path gets the nearest file beside it', async () => {
    const run = await runCli(['validate', 'strategies/dorsett.yaml']);
    expect(run.stderr).toBe('strategies/dorsett.yaml: no such file (did you mean dorset.yaml?)\n');
  });
});

describe('an empty commitment document', () => {
  it('is named as empty, whether it has nothing or only comments', async () => {
    const dir = workspace({ 'empty.yaml': '', 'comments.yaml': '# nothing here yet\n' });
    for (const name of ['empty.yaml', 'comments.yaml']) {
      expect(await runCli(['gaps', name], { cwd: dir })).toEqual({
        status: 2,
        stdout: '',
        stderr: `${name}: is empty: a commitment document holds version, force, document, framework and commitments\n`,
      });
    }
  });
});
