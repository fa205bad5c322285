/**
 * Each case a review of the merge found losing or duplicating an analyst's work, reproduced through
 * the CLI: every test here failed before the merge became a stage of its own.
 */
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { STRATEGY, Workspace } from './merge-workspace.ts';

const PUBLISH = 'We will publish a quarterly report';
const TRAIN = 'We will train every officer';
const PATROL = 'Patrol the night-time economy';
const LIGHTING = 'We will work with councils';

describe('merging twice equals merging once', () => {
  it('a reworded commitment is not added again on the next re-parse', async () => {
    const workspace = new Workspace();
    expect((await workspace.parse()).status).toBe(0);
    const count = workspace.document().commitments.length;
    workspace.editSource('publish a quarterly report on misconduct cases', 'publish a quarterly public report on misconduct cases');
    const first = await workspace.parse();
    expect(first.stderr).toContain('1 reworded');
    const once = workspace.text();
    const second = await workspace.parse();
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('added 0');
    expect(workspace.document().commitments).toHaveLength(count);
    expect(workspace.text()).toBe(once);
  });
});

describe('commitments an analyst added', () => {
  const ANALYST_ITEM = (id: string, text: string, line: number): string =>
    `  - id: ${id}\n    text: ${text}\n    section: []\n    position: { line: ${line}, column: 1 }\n    strength: firm\n    by: analyst\n    actions: []\n`;

  it('are kept, with a warning, when their text is not verbatim in the source', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    workspace.edit('commitments:\n', `commitments:\n${ANALYST_ITEM('kent-analyst-1', 'Officers will meet residents every year.', 22)}`);
    const run = await workspace.parse();
    expect(run.status).toBe(0);
    expect(workspace.document().commitments.map((commitment) => commitment.id)).toContain('kent-analyst-1');
    expect(workspace.document().retired).toBeUndefined();
    expect(run.stderr).toMatch(/strategy\.md:22: warning: analyst commitment kent-analyst-1 no longer matches the source/);
  });

  for (const format of ['docx', 'pdf'] as const) {
    it(`are kept for a ${format.toUpperCase()} source whose text holds them verbatim`, async () => {
      const workspace = Workspace.copyOf(`test/fixtures/formats/dorset.${format}`, 'dorset.yaml');
      expect((await workspace.parse('--force', 'Dorset Police')).status).toBe(0);
      const sentence =
        'Our vision for policing in Dorset is a safe county for everyone: it is imperative that all women and girls are not only safe, but feel safe in Dorset.';
      workspace.edit('commitments:\n', `commitments:\n${ANALYST_ITEM('dorset-analyst-1', `"${sentence}"`, 10)}`);
      const run = await workspace.parse('--force', 'Dorset Police');
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('retired 0');
      expect(run.stderr).not.toContain('no longer matches the source');
      expect(workspace.document().commitments.find((commitment) => commitment.id === 'dorset-analyst-1')?.text).toBe(sentence);
    });
  }
});

describe('analyst edits the merge used to drop', () => {
  it('keeps section, leadIn, initiatives and powers of a by: analyst commitment', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    workspace.edit(
      /( {4}text: Patrol the night-time economy.*\n) {4}section: \[ Building trust \]\n {4}leadIn: "To do this we will:"\n/,
      '$1    section: [ Night-time economy ]\n    leadIn: Our patrol plan\n',
    );
    workspace.edit(/( {4}position: \{ line: 15, column: 3 \}\n {4}strength: firm\n)/, '$1    by: analyst\n');
    workspace.edit('      - Project Vigilant\n', '      - Project Vigilant\n      - Safer Nights\n    powers:\n      - Dispersal order\n');
    await workspace.parse();
    expect(workspace.commitment(PATROL)).toMatchObject({
      section: ['Night-time economy'],
      leadIn: 'Our patrol plan',
      initiatives: ['Project Vigilant', 'Safer Nights'],
      powers: ['Dispersal order'],
      by: 'analyst',
    });
  });

  it('keeps an analyst mapping reused through a YAML alias', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    workspace.edit(
      /( {4}text: We will publish a quarterly report.*\n(?:.*\n)*? {4}actions:\n)/,
      '$1      - &culture { id: trust.sexism-misogyny, confidence: 1, by: analyst, note: misconduct is culture }\n',
    );
    workspace.edit(/( {4}text: We will train every officer.*\n(?:.*\n)*? {4}actions:\n)/, '$1      - *culture\n');
    const before = workspace.document();
    expect(before.commitments[1]!.actions[0]).toMatchObject({ id: 'trust.sexism-misogyny', by: 'analyst' });
    workspace.editSource('Our officers met', 'Our officers happily met');
    expect((await workspace.parse()).status).toBe(0);
    expect(workspace.text()).toContain('      - *culture\n');
    expect(workspace.commitment(TRAIN).actions).toContainEqual({
      id: 'trust.sexism-misogyny',
      confidence: 1,
      by: 'analyst',
      note: 'misconduct is culture',
    });
  });

  it('keeps comments on and above position, section and automatic mappings while they are refreshed', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    workspace.edit(
      /( {4}text: We will train every officer.*\n) {4}section: \[ Building trust \]\n {4}position: (.*)\n/,
      '$1    section: [ Building trust ] # heading checked\n    # the line moves when the foreword grows\n    position: $2 # checked in print\n',
    );
    workspace.edit(/( {4}actions:\n)( {6}- id: pursuit\.victims-justice\n)/, '$1      # right action, weak evidence\n$2');
    workspace.editSource('# Safer streets strategy\n', '# Safer streets strategy\n\nA foreword of one line.\n');
    expect((await workspace.parse()).status).toBe(0);
    const text = workspace.text();
    expect(workspace.commitment(TRAIN).position.line).toBe(13);
    for (const comment of [
      '# heading checked',
      '# the line moves when the foreword grows',
      '# checked in print',
      '# right action, weak evidence',
    ]) {
      expect(text).toContain(comment);
    }
  });

  it('keeps a note written on an automatic mapping, even once the classifier no longer proposes it', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    workspace.edit(
      /( {6}- id: trust\.police-perpetrated-abuse\n {8}confidence: .*\n {8}by: auto\n)/,
      '$1        note: confirmed with the professional standards lead\n',
    );
    await workspace.parse();
    expect(workspace.commitment(PUBLISH).actions[0]).toMatchObject({
      id: 'trust.police-perpetrated-abuse',
      note: 'confirmed with the professional standards lead',
    });
    workspace.editSource('on misconduct cases involving', 'on cases involving');
    const run = await workspace.parse();
    expect(workspace.commitment(PUBLISH).actions.find((match) => match.id === 'trust.police-perpetrated-abuse')?.note).toBe(
      'confirmed with the professional standards lead',
    );
    expect(run.stderr).toContain('[noted-mapping-kept]');
  });

  it('does not turn a commented YAML document into JSON when asked for --format json', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    const before = workspace.text();
    const run = await workspace.parse('--format', 'json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('kept as YAML');
    expect(workspace.text()).toBe(before);
    expect(workspace.text()).toContain('# Commitments of Kent Police');
  });

  it('refuses a document holding one id twice, with the place of the second, and writes nothing', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    const id = workspace.commitment(TRAIN).id;
    workspace.edit(`  - id: ${workspace.commitment(LIGHTING).id}\n`, `  - id: ${id}\n`);
    const before = workspace.text();
    const line = before.split('\n').lastIndexOf(`  - id: ${id}`) + 1;
    const run = await workspace.parse();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^kent\\.yaml:${line}:9: is not a valid commitment document \\(commitments\\[4\\]\\.id: duplicate id "${id}"`),
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(workspace.text()).toBe(before);
  });
});

describe('writing the file', () => {
  it('keeps the mode of the file', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    chmodSync(workspace.output, 0o600);
    workspace.editSource('last year', 'this year');
    expect((await workspace.parse()).status).toBe(0);
    expect(statSync(workspace.output).mode & 0o777).toBe(0o600);
  });

  it('refuses to replace a file with other hard links, leaving both names as they were', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    const other = path.join(workspace.dir, 'backup.yaml');
    linkSync(workspace.output, other);
    const before = workspace.text();
    const run = await workspace.parse();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'kent.yaml: has 2 hard links: replacing it would leave the other links with the old content; copy it to a file of its own first\n',
    );
    expect(statSync(workspace.output).ino).toBe(statSync(other).ino);
    expect(readFileSync(other, 'utf8')).toBe(before);
  });

  it('writes through a symbolic link only with --follow-symlinks, and keeps the link', async () => {
    const workspace = new Workspace();
    const real = path.join(workspace.dir, 'real');
    mkdirSync(real);
    const target = path.join(real, 'kent.yaml');
    writeFileSync(target, '# placeholder\n');
    symlinkSync(target, workspace.output);
    const refused = await workspace.parse('--overwrite');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('kent.yaml: is a symbolic link: vawg writes through a link only when asked (--follow-symlinks)\n');
    expect(readFileSync(target, 'utf8')).toBe('# placeholder\n');
    expect((await workspace.parse('--overwrite', '--follow-symlinks')).status).toBe(0);
    expect(lstatSync(workspace.output).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('force: { name: Kent Police, slug: kent }');
    expect(readdirSync(real)).toEqual(['kent.yaml']);
  });

  it('never writes through a planted link at the old predictable temporary name', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    const victim = path.join(workspace.dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, path.join(workspace.dir, `.vawg-tmp-${process.pid}-kent.yaml`));
    workspace.editSource('last year', 'this year');
    expect((await workspace.parse()).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(lstatSync(workspace.output).isFile()).toBe(true);
  });

  it('removes a temporary file left by a run killed between write and rename', async () => {
    const workspace = new Workspace();
    const stale = path.join(workspace.dir, '.vawg-99999999-0123456789abcdef.tmp');
    writeFileSync(stale, 'half a document');
    expect((await workspace.parse()).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(workspace.dir).sort()).toEqual(['kent.yaml', 'strategy.md']);
  });

  it('writes a 244-character file name, and refuses one too long for the file system in one clear line', async () => {
    const workspace = new Workspace();
    const long = `${'k'.repeat(239)}.yaml`;
    const fits = await workspace.run('parse', workspace.source, '-o', long);
    expect(fits.status).toBe(0);
    expect(existsSync(path.join(workspace.dir, long))).toBe(true);
    const tooLong = `${'k'.repeat(300)}.yaml`;
    const run = await workspace.run('parse', workspace.source, '-o', tooLong);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `${tooLong}: the file name is 305 bytes long, over the 255-byte limit of the file system: choose a shorter name\n`,
    );
  });
});

describe('forces and file names', () => {
  it('gives two forces with Cyrillic names two files', async () => {
    const workspace = new Workspace();
    const folder = path.join(workspace.dir, 'out') + path.sep;
    expect((await workspace.run('parse', workspace.source, '--force', 'Полиция Москвы', '-o', folder)).status).toBe(0);
    expect((await workspace.run('parse', workspace.source, '--force', 'Полиция Киева', '-o', folder)).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['politsiya-kieva.yaml', 'politsiya-moskvy.yaml']);
  });

  it('refuses to merge a second force whose name makes the same file name', async () => {
    const workspace = new Workspace();
    const folder = path.join(workspace.dir, 'out') + path.sep;
    expect((await workspace.run('parse', workspace.source, '--force', 'Northshire Police', '-o', folder)).status).toBe(0);
    const before = readFileSync(path.join(folder, 'northshire-police.yaml'), 'utf8');
    const run = await workspace.run('parse', workspace.source, '--force', 'Northshire Police!', '-o', folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'out/northshire-police.yaml:5:8: holds the commitments of "Northshire Police"; "Northshire Police!" gets the same file name (northshire-police): two forces are never merged into one file; write to another file with -o\n',
    );
    expect(readFileSync(path.join(folder, 'northshire-police.yaml'), 'utf8')).toBe(before);
  });

  it('refuses two sources of one run that would go into one file, writing nothing', async () => {
    const workspace = new Workspace();
    writeFileSync(path.join(workspace.dir, 'plan.md'), STRATEGY.replace('Safer streets strategy', 'Delivery plan'));
    const run = await workspace.run('parse', 'strategy.md', 'plan.md', '-o', 'out/');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('strategy.md (Kent Police) and plan.md (Kent Police) would both be written to out/kent.yaml');
    expect(existsSync(path.join(workspace.dir, 'out'))).toBe(false);
  });

  it('updates the source path and title when they change', async () => {
    const workspace = new Workspace();
    await workspace.parse();
    const moved = path.join(workspace.dir, 'renamed.md');
    writeFileSync(moved, STRATEGY.replace('title: Safer streets strategy', 'title: Safer streets strategy 2025'));
    expect((await workspace.run('parse', moved, '-o', workspace.output)).status).toBe(0);
    expect(workspace.document().document).toMatchObject({ source: 'renamed.md', title: 'Safer streets strategy 2025' });
  });

  it('knows a force through zero-width spaces and fullwidth letters', async () => {
    const workspace = new Workspace();
    for (const name of ['Ke\u200bnt Police', 'Ｋｅｎｔ Police']) {
      const run = await workspace.run('parse', workspace.source, '--force', name);
      expect(run.stdout).toContain('force: { name: Kent Police, slug: kent }');
    }
    const hidden = new Workspace('news.txt', 'Officers in Ke\u200bnt will patrol parks.\nWe will keep Ｋｅｎｔ safe at night.\n');
    expect((await hidden.run('parse', hidden.source)).stdout).toContain('force: { name: Kent Police, slug: kent }');
  });
});

describe("a framework of the user's own", () => {
  it('is recorded with its path and hash, so a document parsed with it can be re-parsed and validated', async () => {
    const workspace = new Workspace();
    const catalog = readFileSync(path.join(ROOT, 'frameworks/npcc-vawg-2021.yaml'), 'utf8').replace(/^id: npcc-vawg-2021$/m, 'id: alt-fw');
    mkdirSync(path.join(workspace.dir, 'catalogs'));
    writeFileSync(path.join(workspace.dir, 'catalogs/alt.yaml'), catalog);
    expect((await workspace.parse('--framework', './catalogs/alt.yaml')).status).toBe(0);
    expect(workspace.document()).toMatchObject({ framework: 'alt-fw', frameworkSource: { path: 'catalogs/alt.yaml' } });
    expect(workspace.document().frameworkSource?.sha256).toMatch(/^[0-9a-f]{64}$/);
    workspace.editSource('last year', 'this year');
    const again = await workspace.parse();
    expect(again.stderr).toMatch(/^merged into kent\.yaml/);
    expect(again.status).toBe(0);
    expect((await workspace.run('validate', 'kent.yaml')).status).toBe(0);
  });
});
