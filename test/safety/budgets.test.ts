/**
 * Every hostile case of the resource budget, generated here (nothing large is committed) and run
 * through the CLI in-process: each ends with exit 2 and one line naming the file and the limit,
 * and the flag named in that line lets a real document through.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileCases } from '../../scripts/hostile-inputs.mjs';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'vawg-budget-'));
const cases = hostileCases();

function write(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

/** Each case of the table, the line and column it is refused at (when it has one) and the message. */
const REFUSED: { name: string; place: string; message: RegExp }[] = [
  {
    name: 'docx-bomb-315k.docx',
    place: '',
    message: /^its parts inflate to 320\.0 MB, over the 64\.0 MB limit \(raise it with --max-decompressed\)$/,
  },
  {
    name: 'docx-bomb-519k.docx',
    place: '',
    message: /^its parts inflate to 530\.0 MB, over the 64\.0 MB limit \(raise it with --max-decompressed\)$/,
  },
  {
    name: 'docx-bomb-lying.docx',
    place: '',
    message:
      /^part "word\/document\.xml" inflates to more than the 4\.0 KB its archive states: the file is damaged or built to exhaust memory$/,
  },
  {
    name: 'pdf-stream-1gb.pdf',
    place: '',
    message: /^its streams inflate to more than 64\.0 MB, over the 64\.0 MB limit \(raise it with --max-decompressed\)$/,
  },
  {
    name: 'pdf-3m-operators.pdf',
    place: '',
    message:
      /^its content streams hold more than 1,000,000 operators, over the 1,000,000 operators limit \(raise it with --max-operators\)$/,
  },
  { name: 'pdf-20k-pages.pdf', place: '', message: /^it has 20,000 pages, over the 1,000 pages limit \(raise it with --max-pages\)$/ },
  {
    name: 'bullets-in-one-line.md',
    place: ':1:1',
    message: /^lists or quotes nested 8,000 levels deep, over the 10 levels limit \(raise it with --max-nesting\)$/,
  },
  {
    name: 'quoted-bullets-in-one-line.md',
    place: ':1:1',
    message: /^lists or quotes nested 8,000 levels deep, over the 10 levels limit \(raise it with --max-nesting\)$/,
  },
  {
    name: 'numbers-in-one-line.md',
    place: ':1:1',
    message: /^lists or quotes nested 8,000 levels deep, over the 10 levels limit \(raise it with --max-nesting\)$/,
  },
  {
    name: 'link-openers.md',
    place: ':1:1',
    message: /^line is 80,000 characters long, over the 10,000 characters limit \(raise it with --max-line\)$/,
  },
  {
    name: 'long-paragraph.md',
    place: ':1:1',
    message: /^paragraph is 200,019 characters long, over the 10,000 characters limit \(raise it with --max-paragraph\)$/,
  },
  {
    name: 'list-items-100k.md',
    place: ':66667:1',
    message: /^makes at least 300,001 tree nodes, over the 200,000 nodes limit \(raise it with --max-nodes\)$/,
  },
  {
    name: 'html-100k-li.html',
    place: ':1:\\d+',
    message: /^the document tree has too many nodes, over the 200,000 nodes limit \(raise it with --max-nodes\)$/,
  },
  {
    name: 'html-100k-nested.html',
    place: ':1:\\d+',
    message: /^elements are nested too deeply, over the 256 levels limit \(raise it with --max-depth\)$/,
  },
  {
    name: 'lone-cr-nested.md',
    place: ':11:1',
    message: /^lists or quotes nested 11 levels deep, over the 10 levels limit \(raise it with --max-nesting\)$/,
  },
];

describe('hostile inputs end with exit 2 and one line naming the file and the limit', () => {
  for (const testCase of REFUSED) {
    it(testCase.name, async () => {
      const target = write(testCase.name, (cases[testCase.name] as () => string | Buffer)());
      for (const command of ['parse', 'check']) {
        const args = command === 'parse' ? ['parse', target, '--force', 'Kent Police'] : ['check', target];
        const run = await runCli(args, { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        const [line, ...rest] = run.stderr.split('\n');
        expect(rest).toEqual(['']);
        expect(line).toMatch(new RegExp(`^${testCase.name.replace(/\./g, '\\.')}${testCase.place}: `));
        expect(line?.replace(/^[^:]+(:\d+:\d+)?: /, '')).toMatch(testCase.message);
      }
    });
  }
});

describe('the flag a refusal names raises the limit', () => {
  const nested = (depth: number): string =>
    `# Plan\n\nWe will:\n\n${Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- We will act on level ${level}.`).join('\n')}\n`;

  it('--max-nesting', async () => {
    const target = write('nested-12.md', nested(12));
    expect((await runCli(['parse', target, '--force', 'Kent Police'], { cwd: dir })).stderr).toMatch(/--max-nesting/);
    const raised = await runCli(['parse', target, '--force', 'Kent Police', '--max-nesting', '12'], { cwd: dir });
    expect(raised.stderr).toBe('');
    expect(raised.status).toBe(0);
    expect(raised.stdout).toContain('We will act on level 11.');
  });

  it('--max-line and --max-paragraph, on parse and on check', async () => {
    const target = write(
      'long-line.md',
      `# Kent Police plan\n\nWe will act on every report. ${'We will listen to victims. '.repeat(400)}\n`,
    );
    const refused = await runCli(['check', target], { cwd: dir });
    expect(refused.stderr).toMatch(
      /^long-line\.md:3:1: line is 10,829 characters long, over the 10,000 characters limit \(raise it with --max-line\)\n$/,
    );
    const raised = await runCli(['check', target, '--max-line', '11000', '--max-paragraph', '11000'], { cwd: dir });
    expect(raised.stderr).toBe('');
    expect(raised.status).toBe(0);
    expect(raised.stdout).toMatch(/in 1 draft\n$/);
  });

  it('--max-pages lets a long PDF through, page by page', async () => {
    const target = write('pages.pdf', (cases['pdf-repeated-line.pdf'] as () => Buffer)());
    const refused = await runCli(['parse', target, '--force', 'Kent Police', '--max-pages', '4'], { cwd: dir });
    expect(refused.stderr).toBe('pages.pdf: it has 5 pages, over the 4 pages limit (raise it with --max-pages)\n');
    expect(refused.status).toBe(2);
  });

  it('rejects a limit that is not a positive number', async () => {
    const run = await runCli(['parse', 'x.md', '--max-nodes', '0'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--max-nodes <nodes>' argument '0' is invalid\. expected a whole number of nodes greater than 0/);
  });
});

describe('a PDF that repeats its only line on every page', () => {
  it('is read once, not reported as empty', async () => {
    const target = write('repeated.pdf', (cases['pdf-repeated-line.pdf'] as () => Buffer)());
    const run = await runCli(['parse', target, '--force', 'Kent Police', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const document = JSON.parse(run.stdout) as { commitments: { text: string; position: { page: number; line: number } }[] };
    expect(document.commitments.map((commitment) => [commitment.text, commitment.position.page])).toEqual([
      ['We will act on every report of violence against women and girls.', 1],
    ]);
  });
});

describe('a lone CR is a line break everywhere', () => {
  it('positions count lines ended by CR alone, and a long CR file is not one long line', async () => {
    const target = write('lone-cr.txt', (cases['lone-cr.txt'] as () => string)());
    const run = await runCli(['parse', target, '--force', 'Kent Police', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const document = JSON.parse(run.stdout) as { commitments: { text: string; position: { line: number; column: number } }[] };
    expect(document.commitments.map((commitment) => [commitment.text, commitment.position.line, commitment.position.column])).toEqual([
      ['We will act on every report.', 3, 1],
      ['We will publish our progress.', 5005, 1],
    ]);
  });
});
