import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.ts';

describe('main(argv, io) in-process', () => {
  it('returns 0 and writes the report to the given stdout', async () => {
    const run = await runCli(['gaps', 'kent']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Kent Police  strategies/kent.yaml');
    expect(run.stderr).toBe('');
  });

  it('resolves arguments against the given working directory and shows paths relative to it', async () => {
    const run = await runCli(['gaps', 'kent.yaml'], { cwd: `${ROOT}/strategies` });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Kent Police  kent.yaml');
  });

  it('returns 2 with one located line for a missing file', async () => {
    const run = await runCli(['validate', 'missing.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('missing.yaml: no such file\n');
  });

  it('returns 2 for an unknown command and 0 for --version', async () => {
    expect((await runCli(['no-such-command'])).status).toBe(2);
    const version = await runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
