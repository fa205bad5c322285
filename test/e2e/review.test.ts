import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { createContext } from '../../src/cli/context.ts';
import { terminalPrompter } from '../../src/cli/review-prompter.ts';
import type { CommitmentDocument } from '../../src/model/index.ts';
import { ROOT, runCli } from '../helpers/cli.ts';

function copyOfDorset(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'vawg-review-'));
  const file = path.join(dir, 'dorset.yaml');
  copyFileSync(path.join(ROOT, 'strategies/dorset.yaml'), file);
  return { dir, file };
}

function read(file: string): CommitmentDocument {
  return parseDocument(readFileSync(file, 'utf8')).toJS() as CommitmentDocument;
}

const byAnalyst = (text: string): number => text.split('\n').filter((line) => /\bby: analyst\b/.test(line)).length;

describe('vawg review driven through piped input', () => {
  it('records accept, reject, add and retire as analyst work, exactly, and keeps the comments', async () => {
    const { dir, file } = copyOfDorset();
    const before = read(file);
    const queue = before.commitments.filter(
      (commitment) =>
        commitment.by !== 'analyst' && commitment.actions.every((match) => match.by === 'auto') && !commitment.rejected && !commitment.note,
    );
    const [a, r, m, x] = queue;
    expect([a, r, m, x].every(Boolean)).toBe(true);
    // Comments of the analyst's own, above a commitment and after a value.
    const commented = readFileSync(file, 'utf8')
      .replace(`  - id: ${r!.id}\n`, `  # checked with the force in March\n  - id: ${r!.id}\n`)
      .replace(`    text: ${m!.text}\n`, `    text: ${m!.text} # wording as published\n`);
    writeFileSync(file, commented);
    const rejectedAction = r!.actions[0]!.id;
    const added = ['trust.capability', 'spaces.behaviour-change'].find((id) => !m!.actions.some((match) => match.id === id))!;
    const answers = ['a', 'r', '1', 'wrong action', 's', 'm', added, '', 's', 'x', 'the PCC speaking, not the force', 'q'];
    const run = await runCli(['review', 'dorset.yaml'], { cwd: dir, stdin: `${answers.join('\n')}\n` });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`1 of ${queue.length}`);
    expect(run.stdout).toContain(`4 of ${queue.length}`);
    expect(run.stdout).toMatch(
      /reviewed 4 of \d+ in dorset\.yaml: 1 accepted, 1 mappings rejected, 1 mappings added, 0 strengths changed, 1 retired, 0 notes\n$/,
    );

    const text = readFileSync(file, 'utf8');
    const after = read(file);
    expect(text).toContain('  # checked with the force in March\n');
    expect(text).toContain(' # wording as published\n');
    for (const line of commented.split('\n').filter((candidate) => candidate.trimStart().startsWith('#'))) expect(text).toContain(line);

    const find = (id: string): CommitmentDocument['commitments'][number] | undefined =>
      after.commitments.find((commitment) => commitment.id === id);
    expect(find(a!.id)).toEqual({
      ...a,
      by: 'analyst',
      actions: a!.actions.map(({ review: _review, ...match }) => ({ ...match, confidence: 1, by: 'analyst' })),
    });
    expect(find(r!.id)).toEqual({ ...r, actions: r!.actions.slice(1), rejected: [{ id: rejectedAction, note: 'wrong action' }] });
    expect(find(m!.id)).toEqual({ ...m, actions: [...m!.actions, { id: added, confidence: 1, by: 'analyst' }] });
    expect(find(x!.id)).toBeUndefined();
    expect(after.retired).toContainEqual({ ...x, by: 'analyst', reason: 'the PCC speaking, not the force' });
    const untouched = (document: CommitmentDocument): unknown[] =>
      document.commitments.filter((commitment) => ![a, r, m, x].some((item) => item!.id === commitment.id));
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.retired!.slice(0, -1)).toEqual(before.retired ?? []);
    expect(byAnalyst(text) - byAnalyst(commented)).toBe(1 + a!.actions.length + 1 + 1);
    expect((await runCli(['validate', 'dorset.yaml'], { cwd: dir })).status).toBe(0);
  });

  it('visits only what --only asks for, and says when there is nothing to review', async () => {
    const { dir } = copyOfDorset();
    const all = await runCli(['review', 'dorset.yaml', '--only', 'all'], { cwd: dir, stdin: 'q\n' });
    const total = read(path.join(dir, 'dorset.yaml')).commitments.length;
    expect(all.stdout).toContain(`1 of ${total}`);
    const unmapped = await runCli(['review', 'dorset.yaml', '--only', 'unmapped'], { cwd: dir, stdin: '' });
    expect(unmapped.stdout).toMatch(/^(nothing to review in dorset\.yaml \(--only all visits every commitment\)\n|\n1 of \d+)/);
    const kent = mkdtempSync(path.join(tmpdir(), 'vawg-review-'));
    copyFileSync(path.join(ROOT, 'strategies/kent.yaml'), path.join(kent, 'kent.yaml'));
    const low = await runCli(['review', 'kent.yaml', '--only', 'low-confidence'], { cwd: kent, stdin: 's\n'.repeat(20) });
    expect(low.status).toBe(0);
  });

  it('changes a strength and adds a note, and stops cleanly when the input ends', async () => {
    const { dir, file } = copyOfDorset();
    const run = await runCli(['review', 'dorset.yaml'], { cwd: dir, stdin: 'c\n3\nn\nseen in the annual report\n' });
    expect(run.status).toBe(0);
    const id = /1 of \d+ {2}(dorset-[0-9a-f]{8})/.exec(run.stdout)![1];
    const after = read(file).commitments.find((commitment) => commitment.id === id)!;
    expect(after).toMatchObject({ strength: 'aspirational', by: 'analyst', note: 'seen in the annual report' });
    expect(run.stdout).toContain('0 retired, 1 notes');
  });

  it('refuses a document that is a symbolic link unless asked, before asking anything', async () => {
    const { dir } = copyOfDorset();
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(dir, 'dorset.yaml'), path.join(dir, 'link.yaml'));
    const run = await runCli(['review', 'link.yaml'], { cwd: dir, stdin: 'a\nq\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('link.yaml: is a symbolic link: vawg writes through a link only when asked (--follow-symlinks)\n');
    expect(run.stdout).toBe('');
  });
});

describe('the terminal prompter', () => {
  it('takes one keypress as the decision, without Enter', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    let screen = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        screen += chunk.toString();
        callback();
      },
    });
    const context = createContext({ stdin: input, stdout: output as never, env: { NO_COLOR: '1' } });
    const answer = terminalPrompter(context).key('Decision', [
      { key: 'a', label: 'accept' },
      { key: 'x', label: 'retire' },
    ]);
    input.write('z');
    input.write('x');
    expect(await answer).toBe('x');
    expect(screen).toContain('Decision [a,x]');
    expect(screen).toContain('  x  retire');
  });
});
