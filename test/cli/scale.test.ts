/** Reports that fit a screen and a pipeline: compare fits the terminal, gaps on many forces leads with its summary, long runs show progress on a terminal only. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace } from './helpers.ts';

const KENT = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');
const FORCES = (
  parse(readFileSync(path.join(ROOT, 'src/extract/data/forces.yaml'), 'utf8')) as { forces: { name: string; slug: string }[] }
).forces;

/** A folder of 43 commitment documents, one per territorial force of England and Wales, each Kent's commitments under another name. */
function fortyThreeForces(): string {
  const files = Object.fromEntries(
    FORCES.slice(0, 43).map((force) => [
      `strategies/${force.slug}.yaml`,
      KENT.replace('force: { name: Kent Police, slug: kent }', `force: { name: ${JSON.stringify(force.name)}, slug: ${force.slug} }`),
    ]),
  );
  return workspace(files);
}

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe('compare fits the terminal', () => {
  const dir = fortyThreeForces();

  it('43 forces fit 100 columns: forces as rows, actions numbered, with a key', async () => {
    const run = await runCli(['compare'], { cwd: dir, columns: 100 });
    expect(run.status).toBe(0);
    expect(widest(run.stdout)).toBeLessThanOrEqual(100);
    expect(run.stdout.split('\n')[0]).toBe('Coverage of npcc-vawg-2021 by force (forces as rows, to fit 100 columns)');
    const rows = run.stdout.split('\n').filter((line) => /^│ [a-z-]+ +│/.test(line) && !line.startsWith('│ Force'));
    expect(rows.map((line) => line.split('│')[1]!.trim())).toEqual(
      FORCES.slice(0, 43)
        .map((force) => force.slug)
        .sort(),
    );
    expect(rows[0]).toMatch(/^│ avon-and-somerset +│ ✘ 0 +│ ✘ 0 +│ ✘ 0 +│ ✔ 2 +│ ✔ 1 +│ ✘ 0 +│ ✔ 1 +│ ✘ 0 +│ ✘ 0 +│ 33% \(3\/9\) +│$/);
    expect(run.stdout).toContain('\n1 trust.police-perpetrated-abuse\n');
    expect(run.stdout).toContain('\n9 spaces.dangerous-places\n');
  });

  it('narrower still, the turned matrix is split into tables that each fit, repeating the force column', async () => {
    const run = await runCli(['compare'], { cwd: dir, columns: 60 });
    const tables = run.stdout.split('\n').filter((line) => /^[┌│└]/.test(line));
    expect(tables.length).toBeGreaterThan(2 * 43);
    expect(widest(tables.join('\n'))).toBeLessThanOrEqual(60);
    const heads = run.stdout.split('\n').filter((line) => line.startsWith('│ Force'));
    expect(heads.length).toBeGreaterThan(1);
    const numbered = heads.flatMap((head) =>
      head
        .split('│')
        .slice(2, -1)
        .map((cell) => cell.trim()),
    );
    expect(numbered).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Overall']);
  });

  it('the matrix as it was when it fits, and when the width is unknown (a pipe or a file)', async () => {
    const five = await runCli(['compare'], { columns: 200 });
    expect(five.stdout.split('\n')[0]).toBe('Coverage of npcc-vawg-2021 by force');
    expect(five.stdout).toMatch(/^│ Action +│ derbyshire +│ dorset +│ hampshire +│ kent +│ warwickshire +│$/m);
    const piped = await runCli(['compare'], { cwd: dir });
    expect(piped.stdout.split('\n')[0]).toBe('Coverage of npcc-vawg-2021 by force');
    expect(widest(piped.stdout)).toBeGreaterThan(300);
    const columnsVariable = await runCli(['compare'], { cwd: dir, env: { COLUMNS: '100' } });
    expect(widest(columnsVariable.stdout)).toBeLessThanOrEqual(100);
  });
});

describe('gaps on many forces', () => {
  it('prints the summary first, one line per force, and the per-force tables only with --detail', async () => {
    const dir = fortyThreeForces();
    const summary = await runCli(['gaps'], { cwd: dir });
    expect(summary.status).toBe(0);
    const lines = summary.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Summary against npcc-vawg-2021');
    expect(lines.filter((line) => line.includes('│ 3       │ 0       │ 6   │ 33%'))).toHaveLength(43);
    expect(lines.at(-1)).toBe("each force's actions and what would close its gaps: add --detail, or name one force");
    expect(lines.length).toBeLessThan(43 + 10);
    const detail = await runCli(['gaps', '--detail'], { cwd: dir });
    expect(detail.stdout.startsWith(summary.stdout.split('\neach force')[0]!)).toBe(true);
    expect(detail.stdout.match(/^To close:$/gm)).toHaveLength(43);
  });

  it('one force: its table, as before', async () => {
    const run = await runCli(['gaps', 'kent']);
    expect(run.stdout).toMatch(/^Kent Police {2}strategies\/kent\.yaml\ncoverage 3\/9/);
    expect(run.stdout).not.toContain('Summary against');
  });
});

describe('a progress bar on standard error', () => {
  /** A clock that moves `step` milliseconds each time it is read. */
  const ticking = (step: number): (() => number) => {
    let now = 0;
    return () => (now += step);
  };

  it('shows on a terminal when the run will take over a second, and clears itself', async () => {
    const run = await runCli(['export', '--bundled', '--format', 'jsonl'], { cwd: workspace(), stderrTTY: true, clock: ticking(400) });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/\u001b\[1Gexporting \[=+-+\] 1\/5 \S*strategies\/derbyshire\.yaml/);
    expect(run.stderr).toMatch(/\u001b\[1Gexporting \[=+\] 5\/5 \S*strategies\/warwickshire\.yaml/);
    expect(run.stderr.endsWith('\u001b[1G\u001b[2K')).toBe(true);
    expect(run.stdout.trimEnd().split('\n').length).toBeGreaterThan(5);
  });

  it('stays away from a run that will be quick, from a stderr that is not a terminal, and from --quiet', async () => {
    const quick = await runCli(['export', '--bundled'], { cwd: workspace(), stderrTTY: true, clock: ticking(1) });
    expect(quick.stderr).toBe('');
    const piped = await runCli(['export', '--bundled'], { cwd: workspace(), clock: ticking(400) });
    expect(piped.stderr).toBe('');
    const quiet = await runCli(['export', '--bundled', '--quiet'], { cwd: workspace(), stderrTTY: true, clock: ticking(400) });
    expect(quiet.stderr).toBe('');
  });
});
