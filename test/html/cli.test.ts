import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.ts';
import { FIXTURES, temporaryFolder } from './helpers.ts';

describe('vawg report', () => {
  it('writes report.html from ./strategies by default and says where', async () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'strategies', 'sources'), { recursive: true });
    copyFileSync(path.join(FIXTURES, 'northvale.yaml'), path.join(folder, 'strategies', 'northvale.yaml'));
    copyFileSync(path.join(FIXTURES, 'sources', 'northvale.md'), path.join(folder, 'strategies', 'sources', 'northvale.md'));
    const run = await runCli(['report'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wrote report\.html \(\d+ KB\)\n$/);
    const html = readFileSync(path.join(folder, 'report.html'), 'utf8');
    expect(html).toContain('<h2 id="northvale-title">Northvale Police</h2>');
    expect(html).not.toContain('Kent Police');
  });

  it('prints the same page for report -o -, gaps --format html and compare --format html', async () => {
    const args = ['dorset', 'kent'];
    const report = await runCli(['report', ...args, '-o', '-']);
    const gaps = await runCli(['gaps', ...args, '--format', 'html']);
    const compare = await runCli(['compare', ...args, '--format', 'html']);
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/^<!doctype html>/);
    expect(gaps.stdout).toBe(report.stdout);
    expect(compare.stdout).toBe(report.stdout);
  });

  it('takes a title, and lists itself in the help', async () => {
    const run = await runCli(['report', 'kent', '-o', '-', '--title', 'Kent & partners <draft>']);
    expect(run.stdout).toContain('<title>Kent &#x26; partners &#x3C;draft></title>');
    expect(run.stdout).toContain('<h1>Kent &#x26; partners &#x3C;draft></h1>');
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/^ {2}report \[options\] \[files\.\.\.\]/m);
    expect((await runCli(['gaps', '--help'], { columns: 200 })).stdout).toContain(
      '(choices: "table", "json", "markdown", "csv", "html", default: "table")',
    );
  });

  it('replaces its own earlier report, but never a file it did not write', async () => {
    const folder = temporaryFolder();
    const target = path.join(folder, 'out.html');
    expect((await runCli(['report', 'kent', '-o', target])).status).toBe(0);
    expect((await runCli(['report', 'dorset', '-o', target])).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('Dorset Police');
    const notes = path.join(folder, 'notes.html');
    writeFileSync(notes, '<p>my own notes</p>\n');
    const refused = await runCli(['report', 'kent', '-o', notes]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`${notes}: exists and is not a report written by vawg: give another -o, or move the file away\n`);
    expect(readFileSync(notes, 'utf8')).toBe('<p>my own notes</p>\n');
  });

  it('stops with one located line on a bad document, and writes nothing', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'bad.yaml'), 'version: 1\nforce: [\n');
    const run = await runCli(['report', 'bad.yaml', '-o', 'out.html'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bad\.yaml:\d+:\d+: /);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(path.join(folder, 'out.html'))).toBe(false);
  });
});

describe('the README', () => {
  it('has a Report section showing the screenshot of the overview, and the screenshot is a PNG', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Report: `vawg report`'));
    expect(section.indexOf('![The overview of the report of the five bundled forces](docs/report-overview.png)')).toBeGreaterThan(0);
    const png = readFileSync(path.join(ROOT, 'docs', 'report-overview.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});
