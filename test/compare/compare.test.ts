import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';

/** Runs `vawg ARGS...` in-process from the repository root, colour off. */
function vawg(...args: string[]): Promise<CliRun> {
  return runCli(args);
}

describe('vawg compare', () => {
  it('prints the five-force matrix with pillar subtotals and overall coverage', async () => {
    const run = await vawg('compare');
    expect(run.status).toBe(0);
    const header = run.stdout.split('\n').find((line) => line.includes('Action'))!;
    for (const slug of ['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire']) expect(header).toContain(slug);
    expect(run.stdout).toMatch(/│ trust: Build trust and confidence\s+│ 0\/4 /);
    expect(run.stdout).toMatch(/│ {3}pursuit\.police-powers\s+│ ✘ 0 /);
    expect(run.stdout).toContain('Overall coverage');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('exports tidy CSV: one row per force and action, matching the JSON rows', async () => {
    const csv = parse((await vawg('compare', '--format', 'csv')).stdout, { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(5 * 9);
    expect(new Set(csv.map((row) => `${row.force}/${row.action}`)).size).toBe(45);
    expect(new Set(csv.map((row) => row.status))).toEqual(new Set(['covered', 'partial', 'gap']));
    const json = JSON.parse((await vawg('compare', '--format', 'json')).stdout) as {
      rows: { force: string; action: string; status: string; commitments: number }[];
    };
    expect(json.rows).toHaveLength(45);
    for (const row of json.rows) {
      const twin = csv.find((candidate) => candidate.force === row.force && candidate.action === row.action)!;
      expect(twin.status).toBe(row.status);
      expect(Number(twin.commitments)).toBe(row.commitments);
    }
  });

  it('accepts bundled slugs and rejects an unknown format with exit 2', async () => {
    const run = await vawg('compare', 'dorset', 'kent', '--format', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| Action | Dorset Police | Kent Police |');
    expect((await vawg('compare', '--format', 'xml')).status).toBe(2);
  });
});

describe('vawg diff', () => {
  for (const [a, b] of [
    ['dorset', 'warwickshire'],
    ['dorset', 'kent'],
  ]) {
    it(`lists shared, unique and aligned commitments per action for ${a} and ${b}`, async () => {
      const run = await vawg('diff', a!, b!);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^trust\.police-perpetrated-abuse {2}A /m);
      expect(run.stdout).toMatch(/only A {2}strategies\/sources\/dorset\.txt:\d+ "/);
      expect(run.stdout).toMatch(new RegExp(`only B {2}strategies/sources/${b!}\\.txt:\\d+ "`));
    });
  }

  it('exits 2 when a document is missing', async () => {
    const run = await vawg('diff', 'dorset', 'no-such-file.yaml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-file.yaml');
  });
});
