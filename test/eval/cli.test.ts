import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvaluationReport } from '../../src/evaluate/index.ts';
import { ROOT, runCli } from '../helpers/cli.ts';

describe('vawg eval', () => {
  it('prints figures by split with 95% intervals, the baselines, per-action figures and the reliability table', async () => {
    const run = await runCli(['eval', '--split', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Accuracy by split against npcc-vawg-2021 \(classifier settings and calibration fitted on: seeds, dev\)/);
    expect(run.stdout).toMatch(/│ seeds │ 5 {4}│ 103 {2}│ \d+ +│ \d\.\d\d \[\d\.\d\d–\d\.\d\d\] │/);
    expect(run.stdout).toContain('│       │ naive  │');
    expect(run.stdout).toContain('│       │ tf-idf │');
    expect(run.stdout).toContain('Per action (seeds, paired commitments)');
    expect(run.stdout).toMatch(/│ pursuit\.police-powers +│ \d+ +│ \d+ +│ \d\.\d\d +│ \d\.\d\d +│ \d\.\d\d │/);
    expect(run.stdout).toContain('Reliability of confidence (seeds)');
    expect(run.stdout).toMatch(/│ 0\.9–1\.0 +│ \d+ +│/);
    expect(run.stdout).not.toContain('Errors');
  });

  it('writes the same figures as versioned JSON', async () => {
    const run = await runCli(['eval', '--split', 'seeds', '--format', 'json']);
    const report = JSON.parse(run.stdout) as EvaluationReport;
    expect(report.version).toBe(2);
    expect(report.tunedOn).toEqual(['seeds', 'dev']);
    const seeds = report.splits[0]!;
    expect(seeds.name).toBe('seeds');
    expect(seeds.documents.map((document) => document.slug)).toEqual(['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire']);
    expect(seeds.tool.gold).toBe(103);
    expect(seeds.perAction.map((action) => action.id)).toContain('trust.capability');
    expect(seeds.reliability.map((band) => band.from)).toEqual([0, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const mapped = seeds.perAction.reduce((sum, action) => sum + action.predicted, 0);
    expect(mapped).toBeGreaterThan(50);
    expect(seeds.reliability.reduce((sum, band) => sum + band.count, 0)).toBe(mapped);
  });

  it('lists missed and spurious units and wrong mappings with their evidence under --errors', async () => {
    const run = await runCli(['eval', '--split', 'seeds', '--errors']);
    expect(run.status).toBe(0);
    const errors = run.stdout.slice(run.stdout.indexOf('\nErrors\n'));
    expect(errors).toMatch(/^warwickshire \(seeds\)$/m);
    expect(errors).toMatch(/^ {2}wrong +\d+ {2}".+": mapped to [a-z.-]+ at \d\.\d\d by .+$/m);
    const json = JSON.parse((await runCli(['eval', '--split', 'seeds', '--errors', '--format', 'json'])).stdout) as EvaluationReport;
    const kinds = new Set(json.errors!.flatMap((document) => document.errors.map((error) => error.kind)));
    expect(kinds.has('wrong-action')).toBe(true);
    expect(
      json.errors!.flatMap((document) => document.errors).find((error) => error.kind === 'wrong-action')!.evidence!.length,
    ).toBeGreaterThan(0);
  });

  it('evaluates a folder of the user own gold labels as one split named after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vawg-gold-'));
    mkdirSync(path.join(dir, 'labels'));
    writeFileSync(
      path.join(dir, 'labels', 'kent.yaml'),
      `version: 1\nslug: kent\nforce: Kent Police\nsource: ${path.join(ROOT, 'strategies/sources/kent.txt')}\ncommitments:\n  - line: 25\n    text: "Kent Police is committed to supporting the NPCC framework."\n    actions: [trust, pursuit, spaces]\n    strength: firm\n`,
    );
    const report = JSON.parse((await runCli(['eval', '--gold', path.join(dir, 'labels'), '--format', 'json'])).stdout) as EvaluationReport;
    expect(report.splits.map((split) => [split.name, split.tool.gold])).toEqual([['labels', 1]]);
  });

  it('refuses, with exit 2 and the label file and line, to score labels of one framework against mappings to another', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vawg-gold-'));
    const file = path.join(dir, 'kent.yaml');
    writeFileSync(
      file,
      `version: 1\nslug: kent\nforce: Kent Police\nframework: npcc-vawg-2021\nsource: ${path.join(ROOT, 'strategies/sources/kent.txt')}\ncommitments: []\n`,
    );
    const run = await runCli(['eval', '--gold', dir, '--framework', 'npcc-vawg-2024']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`kent.yaml:4`);
    expect(run.stderr).toContain('labelled against npcc-vawg-2021, but the mappings are made to npcc-vawg-2024');
  });

  it('refuses an unknown split with exit 2', async () => {
    const run = await runCli(['eval', '--split', 'holdout']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown split "holdout" (expected seeds, dev, sealed)');
  });
});
