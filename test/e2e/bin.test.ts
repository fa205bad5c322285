/**
 * The few tests that start the real `bin/vawg.js` (which loads the build in dist/: `npm test`
 * builds first): the shim passes arguments, the working directory and the exit code through, and
 * a reader that goes away early breaks nothing. Everything else runs in-process (test/e2e/cli.test.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const BIN = path.join(ROOT, 'bin', 'vawg.js');
const STACK_FRAME = /^\s+at /m;

interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node bin/vawg.js ARGS` with stdout and stderr on pipes; `closeStdout` closes the reading end at once; `input` is piped to stdin. */
function spawnVawg(args: string[], options: { cwd?: string; closeStdout?: boolean; input?: string } = {}): Promise<Spawned> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const stdin = options.input === undefined ? 'ignore' : 'pipe';
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: [stdin, 'pipe', 'pipe'] });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout!.destroy();
    else child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test builds first)');
  }
});

describe('bin/vawg.js', () => {
  it('--version prints the package version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await spawnVawg(['--version']);
    expect(run).toEqual({ status: 0, signal: null, stdout: `${version}\n`, stderr: '' });
  });

  it('--help prints the usage and the commands, exit 0', async () => {
    const run = await spawnVawg(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: vawg \[options\] \[command\]\n/);
    expect(run.stdout).toMatch(/^\s+explain \[options\] <file> <commitment-id>/m);
    expect(run.stderr).toBe('');
  });

  it('exit 0: a report written to a pipe, uncoloured because a pipe is not a terminal', async () => {
    const run = await spawnVawg(['gaps', 'kent', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'force,force_name,file,framework,pillar,action,status,evidence_count,weak_count,evidence_ids,weak_ids,review_count,review_ids,through,relations',
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(10);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('resolves paths against the working directory of the process', async () => {
    const run = await spawnVawg(['gaps', 'kent.yaml', '--format', 'csv'], { cwd: path.join(ROOT, 'strategies') });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,kent\.yaml,npcc-vawg-2021,/);
  });

  it('exit 1: a check that fails', async () => {
    const run = await spawnVawg(['check', 'test/fixtures/check/gaps-draft.md', '--require', 'pursuit']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('required action pursuit.police-powers');
    expect(run.stderr).toBe('');
  });

  it('exit 2: one line on stderr, no stack trace', async () => {
    const run = await spawnVawg(['parse', 'strategies/sources/nowhere.txt']);
    expect(run).toEqual({ status: 2, signal: null, stdout: '', stderr: 'strategies/sources/nowhere.txt: no such file\n' });
  });

  it('- reads the real standard input of the process', async () => {
    const kent = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');
    const run = await spawnVawg(['gaps', '-', '--stdin-filename', 'strategies/kent.yaml', '--format', 'csv'], { input: kent });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,strategies\/kent\.yaml,/);
  });

  it('a reader that closes the pipe first (EPIPE): no stack trace, and the exit code of the command', async () => {
    const passing = await spawnVawg(['parse', 'strategies/sources/kent.txt'], { closeStdout: true });
    expect(passing).toMatchObject({ status: 0, signal: null, stderr: '' });
    const failing = await spawnVawg(['check', 'test/fixtures/check/gaps-draft.md', '--require', 'pursuit'], { closeStdout: true });
    expect(failing).toMatchObject({ status: 1, signal: null, stderr: '' });
    expect(failing.stderr).not.toMatch(STACK_FRAME);
  });
});
