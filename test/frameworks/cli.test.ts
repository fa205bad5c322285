/**
 * The framework commands end to end, in-process: coverage through a crosswalk on the bundled strategies,
 * direct mapping to another catalog, and `vawg frameworks` (show, new, check, map).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CoverageStatus, ForceCoverage } from '../../src/model/index.ts';
import { runCli } from '../helpers/cli.ts';
import { columnOf, CROSSWALK, lineOf, SOURCE_CATALOG, TARGET_CATALOG, tempFolder, writeFixtureSet, writeIn } from './helpers.ts';

interface GapsJson {
  framework: { id: string };
  forces: ForceCoverage[];
}

async function gapsJson(args: string[]): Promise<GapsJson> {
  const run = await runCli(['gaps', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as GapsJson;
}

function statuses(force: ForceCoverage): Record<string, CoverageStatus> {
  return Object.fromEntries(force.actions.map((action) => [action.id, action.status]));
}

const c = 'covered';
const p = 'partial';
const g = 'gap';

describe('vawg gaps --framework npcc-vawg-2024 on the five bundled strategies (mapped to 2021)', async () => {
  const report = await gapsJson(['--framework', 'npcc-vawg-2024']);
  const force = (slug: string): ForceCoverage => report.forces.find((candidate) => candidate.force.slug === slug)!;

  it('reads every force through the 2021 to 2024 crosswalk', () => {
    expect(report.framework.id).toBe('npcc-vawg-2024');
    expect(report.forces.map((entry) => entry.force.slug)).toEqual(['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire']);
    for (const entry of report.forces) {
      expect(entry.through).toEqual({ framework: 'npcc-vawg-2021', crosswalk: 'npcc-vawg-2021--npcc-vawg-2024', reversed: false });
    }
  });

  it('gives the statuses that follow from the crosswalk rules', () => {
    const areas = (prepare: string, protect: string, pursue: string, prevent: string, trust: string): Record<string, string> => ({
      prepare,
      protect,
      pursue,
      prevent,
      trust,
    });
    expect(statuses(force('derbyshire'))).toEqual(areas(g, g, g, g, g));
    expect(statuses(force('dorset'))).toEqual(areas(p, p, c, c, c));
    expect(statuses(force('hampshire'))).toEqual(areas(p, p, c, g, c));
    expect(statuses(force('kent'))).toEqual(areas(p, p, c, p, p));
    expect(statuses(force('warwickshire'))).toEqual(areas(p, p, c, c, c));
  });

  it('Prepare, reached only through intersects-with, is partial even where every 2021 action is covered (Warwickshire)', () => {
    const prepare = force('warwickshire').actions.find((action) => action.id === 'prepare')!;
    expect(prepare).toMatchObject({ status: 'partial', evidence: [], ceiling: 'partial' });
    expect(new Set(prepare.carried!.map((mapping) => mapping.relation))).toEqual(new Set(['intersects-with']));
    expect(prepare.weak.length).toBeGreaterThan(10);
  });

  it("Kent: firm, fully confident commitments reach Prepare only as partial; subset-of covers Pursue; no-relationship carries nothing to Trust", () => {
    const kent = new Map(force('kent').actions.map((action) => [action.id, action]));
    expect(kent.get('prepare')).toMatchObject({ status: 'partial', evidence: [], weak: ['kent-8be1c012', 'kent-53d22e8a', 'kent-24267034'] });
    expect(kent.get('prepare')!.carried).toEqual([
      { commitment: 'kent-8be1c012', from: 'trust.capability', relation: 'intersects-with', covers: false },
      { commitment: 'kent-53d22e8a', from: 'trust.capability', relation: 'intersects-with', covers: false },
      { commitment: 'kent-24267034', from: 'trust', relation: 'intersects-with', covers: false },
    ]);
    expect(kent.get('pursue')).toMatchObject({ status: 'covered', evidence: ['kent-53d22e8a'], weak: ['kent-25737d32', 'kent-24267034'] });
    expect(kent.get('pursue')!.carried).toContainEqual({
      commitment: 'kent-53d22e8a',
      from: 'pursuit.dangerous-perpetrators',
      relation: 'subset-of',
      covers: true,
    });
    // trust.capability is no-relationship to trust: only the pillar-only commitment reaches it.
    expect(kent.get('trust')).toMatchObject({ status: 'partial', evidence: [], weak: ['kent-24267034'] });
    expect(kent.get('prevent')).toMatchObject({ status: 'partial', weak: ['kent-24267034'] });
  });

  it('the table shows the relation each area was reached through, and why a capped area can only be partial', async () => {
    const run = await runCli(['gaps', 'kent', '--framework', 'npcc-vawg-2024']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('mapped to npcc-vawg-2021, read through the crosswalk npcc-vawg-2021--npcc-vawg-2024');
    expect(run.stdout).toMatch(/│ Action\s+│ Status\s+│ Evidence\s+│ Through\s+│/);
    expect(run.stdout).toMatch(/│ {3}pursue\s+│ ✔ covered\s+│ kent-53d22e8a\s+│ subset-of pursuit\.dangerous-perpetrators\s+│/);
    expect(run.stdout).toMatch(/│ {3}prepare\s+│ ◐ partial \(1 of 3 to review\)\s+│ kent-8be1c012 \(\+2\)\s+│ intersects-with trust\.capability \(\+1\)\s+│/);
    expect(run.stdout).toContain('no mapping that can cover it reaches it from npcc-vawg-2021, so through the crosswalk it is partial at best');
  });

  it('the CSV ends with the framework the commitments were mapped to and the relations they came through', async () => {
    const run = await runCli(['gaps', 'kent', '--framework', 'npcc-vawg-2024', '--format', 'csv']);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => `${row.action} ${row.status} ${row.through} [${row.relations}]`)).toEqual([
      'prepare partial npcc-vawg-2021 [intersects-with]',
      'protect partial npcc-vawg-2021 [intersects-with]',
      'pursue covered npcc-vawg-2021 [subset-of intersects-with]',
      'prevent partial npcc-vawg-2021 [intersects-with]',
      'trust partial npcc-vawg-2021 [intersects-with]',
    ]);
  });
});

describe('vawg gaps --framework hmicfrs-vawg-2021 on the five bundled strategies', async () => {
  const report = await gapsJson(['--framework', 'hmicfrs-vawg-2021']);
  const force = (slug: string): ForceCoverage => report.forces.find((candidate) => candidate.force.slug === slug)!;

  it('gives the statuses that follow from the crosswalk rules: only r2 can be covered', () => {
    const recommendations = (r1: string, r2: string, r3: string, r4: string, r5: string): Record<string, string> => ({ r1, r2, r3, r4, r5 });
    expect(statuses(force('derbyshire'))).toEqual(recommendations(g, g, g, g, g));
    expect(statuses(force('dorset'))).toEqual(recommendations(p, c, p, p, p));
    expect(statuses(force('hampshire'))).toEqual(recommendations(p, c, p, g, p));
    expect(statuses(force('kent'))).toEqual(recommendations(p, c, p, p, p));
    expect(statuses(force('warwickshire'))).toEqual(recommendations(p, c, p, p, p));
  });

  it('superset-of gives partial: a firm victims-and-justice commitment reaches r5 only partly', () => {
    const r5 = force('kent').actions.find((action) => action.id === 'r5')!;
    expect(r5).toMatchObject({ status: 'partial', evidence: [], weak: ['kent-25737d32'], ceiling: 'partial' });
    expect(r5.carried).toEqual([{ commitment: 'kent-25737d32', from: 'pursuit.victims-justice', relation: 'superset-of', covers: false }]);
  });

  it('the one-level catalog shows as one group row named by the catalog', async () => {
    const run = await runCli(['gaps', 'dorset', '--framework', 'hmicfrs-vawg-2021', '--format', 'markdown']);
    expect(run.stdout).toContain('| **hmicfrs-vawg-2021: HMICFRS VAWG recommendations 2021** | 1/5 covered |');
    expect(run.stdout).toContain('| `r2` | ✔ covered |');
    expect(run.stdout).toContain('Commitments mapped to npcc-vawg-2021, read through the crosswalk npcc-vawg-2021--hmicfrs-vawg-2021.');
  });
});

describe('vawg compare through a crosswalk', () => {
  it('gives the same statuses as gaps, and says how each force was read', async () => {
    const run = await runCli(['compare', '--framework', 'npcc-vawg-2024']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/│ {3}prepare\s+│ ✘ 0\s+│ ◐ 9\s+│ ◐ 5\s+│ ◐ 3\s+│ ◐ 23\s+│/);
    expect(run.stdout).toContain('superset-of and intersects-with give at most partial');
    expect(run.stdout).toContain('kent: Kent Police (strategies/kent.yaml), mapped to npcc-vawg-2021, read through the crosswalk npcc-vawg-2021--npcc-vawg-2024');
    const json = JSON.parse((await runCli(['compare', '--framework', 'hmicfrs-vawg-2021', '--format', 'json'])).stdout) as {
      rows: { force: string; action: string; status: string; through: string | null; relations: string[] }[];
    };
    expect(json.rows.find((row) => row.force === 'kent' && row.action === 'r5')).toMatchObject({
      status: 'partial',
      through: 'npcc-vawg-2021',
      relations: ['superset-of'],
    });
  });

  it('a document mapped directly to the framework shows no crosswalk columns', async () => {
    const json = JSON.parse((await runCli(['compare', 'kent', '--format', 'json'])).stdout) as { rows: { through: string | null; relations: string[] }[] };
    expect(json.rows.every((row) => row.through === null && row.relations.length === 0)).toBe(true);
  });
});

describe('direct mapping to another catalog', () => {
  const folder = tempFolder('direct');

  it('vawg parse --framework npcc-vawg-2024 maps straight to the five areas, and gaps reads the result directly', async () => {
    const output = path.join(folder, 'dorset-2024.yaml');
    const run = await runCli(['parse', 'strategies/sources/dorset.txt', '--framework', 'npcc-vawg-2024', '-o', output]);
    expect(run.status).toBe(0);
    const document = parseYaml(readFileSync(output, 'utf8')) as { framework: string; commitments: { actions: { id: string }[] }[] };
    expect(document.framework).toBe('npcc-vawg-2024');
    const ids = new Set(document.commitments.flatMap((commitment) => commitment.actions.map((action) => action.id)));
    expect(ids.size).toBeGreaterThan(2);
    for (const id of ids) expect(['npcc-vawg-2024', 'prepare', 'protect', 'pursue', 'prevent', 'trust']).toContain(id);
    const direct = await gapsJson([output]);
    expect(direct.framework.id).toBe('npcc-vawg-2024');
    expect(direct.forces[0]!.through).toBeUndefined();
  });

  it('a document mapped to 2024 is read against 2021 through the crosswalk backwards, where nothing can be covered', async () => {
    const output = path.join(folder, 'warwickshire-2024.yaml');
    expect((await runCli(['parse', 'strategies/sources/warwickshire.txt', '--framework', 'npcc-vawg-2024', '-o', output])).status).toBe(0);
    const report = await gapsJson([output, '--framework', 'npcc-vawg-2021']);
    const force = report.forces[0]!;
    expect(force.through).toEqual({ framework: 'npcc-vawg-2024', crosswalk: 'npcc-vawg-2021--npcc-vawg-2024', reversed: true });
    expect(force.overall.covered).toBe(0);
    expect(force.overall.partial).toBeGreaterThan(5);
    const relations = new Set(force.actions.flatMap((action) => (action.carried ?? []).map((mapping) => mapping.relation)));
    expect(relations).toEqual(new Set(['superset-of', 'intersects-with']));
  });

  it('without --framework, documents of different frameworks are refused with a hint', async () => {
    const output = path.join(folder, 'kent-hmicfrs.yaml');
    expect((await runCli(['parse', 'strategies/sources/kent.txt', '--framework', 'hmicfrs-vawg-2021', '-o', output])).status).toBe(0);
    const run = await runCli(['gaps', output, 'strategies/kent.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/strategies\/kent\.yaml:\d+:12: maps to npcc-vawg-2021, not hmicfrs-vawg-2021: give --framework/);
  });
});

describe('vawg frameworks', () => {
  it('lists every catalog with status, version and hash, and the crosswalks', async () => {
    const run = await runCli(['frameworks']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/│ npcc-vawg-2024\s+│ NPCC VAWG framework 2024\s+│ 2024-03-13 │ reconstructed │ 1\.1\.0\s+│ 5 items\s+│ [0-9a-f]{12} │/);
    expect(run.stdout).toMatch(/│ npcc-vawg-2021\s+│ NPCC VAWG framework 2021\s+│ 2021-12-15 │ published\s+│ 1\.1\.0\s+│ 3 pillars, 9 actions │ [0-9a-f]{12} │/);
    expect(run.stdout).toMatch(/│ hmicfrs-vawg-2021\s+│ .* │ 5 items\s+│/);
    expect(run.stdout).toMatch(/│ npcc-vawg-2021--npcc-vawg-2024\s+│ npcc-vawg-2021 │ npcc-vawg-2024\s+│ 1\.0\.0\s+│ 22\s+│ [0-9a-f]{12} │/);
    const json = JSON.parse((await runCli(['frameworks', '--format', 'json'])).stdout) as {
      catalogs: { id: string; sha256: string; shape: string }[];
      crosswalks: { id: string }[];
    };
    expect(json.catalogs.map((catalog) => `${catalog.id}:${catalog.shape}`)).toEqual(['hmicfrs-vawg-2021:items', 'npcc-vawg-2021:pillars', 'npcc-vawg-2024:items']);
    expect(json.catalogs.every((catalog) => /^[0-9a-f]{64}$/.test(catalog.sha256))).toBe(true);
    expect(json.crosswalks.map((crosswalk) => crosswalk.id)).toEqual(['npcc-vawg-2021--hmicfrs-vawg-2021', 'npcc-vawg-2021--npcc-vawg-2024']);
  });

  it('shows a reconstructed catalog with its provenance and what is not public', async () => {
    const run = await runCli(['frameworks', 'npcc-vawg-2024', '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('National Police Chiefs\' Council, 2024-03-13; reconstructed; version 1.1.0; sha256 ');
    expect(run.stdout).toContain('Not public:');
    expect(run.stdout).toContain('- The national self-assessment template');
    expect(run.stdout).toContain('| `prepare` | Prepare: policing is well prepared |');
    expect(run.stdout).not.toContain('## `npcc-vawg-2024`');
  });

  it('map prints a crosswalk, what each target can reach, and reads it backwards on request', async () => {
    const forward = await runCli(['frameworks', 'map', 'npcc-vawg-2021', 'hmicfrs-vawg-2021', '--format', 'json']);
    expect(forward.status).toBe(0);
    const body = JSON.parse(forward.stdout) as { crosswalk: { reversed: boolean }; mappings: { source: string; relation: string; target: string }[]; reach: Record<string, string> };
    expect(body.crosswalk.reversed).toBe(false);
    expect(body.reach).toEqual({ r1: p, r2: c, r3: p, r4: p, r5: p });
    expect(body.mappings).toContainEqual(expect.objectContaining({ source: 'pursuit.victims-justice', relation: 'superset-of', target: 'r5' }));
    const backward = JSON.parse((await runCli(['frameworks', 'map', 'hmicfrs-vawg-2021', 'npcc-vawg-2021', '--format', 'json'])).stdout) as typeof body;
    expect(backward.crosswalk.reversed).toBe(true);
    expect(backward.mappings).toContainEqual(expect.objectContaining({ source: 'r5', relation: 'subset-of', target: 'pursuit.victims-justice' }));
    const table = await runCli(['frameworks', 'map', 'npcc-vawg-2021', 'npcc-vawg-2024']);
    expect(table.stdout).toMatch(/│ spaces\.behaviour-change\s+│ subset-of\s+│ prevent\s+│/);
    expect(table.stdout).toMatch(/│ prepare\s+│ partial at best\s+│/);
  });

  it('gaps says so when the --crosswalk given joins other catalogs', async () => {
    const fixture = writeFixtureSet('gaps-other');
    const run = await runCli(['gaps', 'kent', '--framework', fixture.target, '--crosswalk', fixture.crosswalk]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^strategies\/kent\.yaml:\d+:12: maps to npcc-vawg-2021, and no crosswalk joins it to tgt-fw: the --crosswalk given join src-fw--tgt-fw\n$/);
  });

  it('map exits 2 when no crosswalk joins the two catalogs', async () => {
    const fixture = writeFixtureSet('map-none');
    const run = await runCli(['frameworks', 'map', 'npcc-vawg-2021', fixture.target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vawg: no crosswalk joins npcc-vawg-2021 and tgt-fw: write one (see vawg frameworks check --help) and give it with --crosswalk\n');
  });
});

describe('vawg frameworks new', () => {
  it('scaffolds a catalog that passes check once its date is given, and never overwrites', async () => {
    const cwd = tempFolder('new');
    const created = await runCli(['frameworks', 'new', 'pcc-plan', '--title', 'Police and Crime Plan', '--published', '2025-04-01'], { cwd });
    expect(created.status).toBe(0);
    expect(created.stderr).toBe('wrote pcc-plan.yaml: replace its TODO placeholders, then run vawg frameworks check pcc-plan.yaml\n');
    const text = readFileSync(path.join(cwd, 'pcc-plan.yaml'), 'utf8');
    expect(text).toContain('title: Police and Crime Plan\n');
    const check = await runCli(['frameworks', 'check', 'pcc-plan.yaml'], { cwd });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`pcc-plan.yaml:${lineOf(text, 'short:')}:8: warning: TODO placeholder left`);
    expect(check.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 valid, 0 invalid, \d+ warnings$/);
    const again = await runCli(['frameworks', 'new', 'pcc-plan'], { cwd });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('pcc-plan.yaml: already exists: choose another -o, or remove it first (it is never overwritten)\n');
    expect(readFileSync(path.join(cwd, 'pcc-plan.yaml'), 'utf8')).toBe(text);
  });

  it('prints to stdout with -o -, and refuses an id the schema would refuse', async () => {
    const cwd = tempFolder('new-stdout');
    const printed = await runCli(['frameworks', 'new', 'plan', '--pillars', '-o', '-'], { cwd });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('  - id: pillar-1.action-1\n');
    expect(existsSync(path.join(cwd, 'plan.yaml'))).toBe(false);
    const bad = await runCli(['frameworks', 'new', 'Bad Id'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected lower-case letters, digits, dots and hyphens');
  });
});

describe('vawg frameworks check', () => {
  it('passes the bundled catalogs and crosswalks with no warning', async () => {
    const run = await runCli(['frameworks', 'check', 'frameworks/*.yaml', 'frameworks/crosswalks/*.yaml']);
    expect(run.stdout).toBe('5 valid, 0 invalid\n');
    expect(run.status).toBe(0);
  });

  it('checks a crosswalk to a catalog named on the same command line by its id', async () => {
    const fixture = writeFixtureSet('check-by-id');
    const crosswalk = writeIn(fixture.folder, 'by-id.yaml', CROSSWALK.replace('source: src.yaml', 'source: src-fw').replace('target: tgt.yaml', 'target: tgt-fw'));
    expect((await runCli(['frameworks', 'check', crosswalk])).status).toBe(2);
    const run = await runCli(['frameworks', 'check', fixture.source, fixture.target, crosswalk]);
    expect(run.stdout).toBe('3 valid, 0 invalid\n');
    expect(run.status).toBe(0);
  });

  describe('a catalog', () => {
    const folder = tempFolder('check-catalog');
    it('with an unknown id gives a positioned error and exit 2', async () => {
      const text = TARGET_CATALOG.replace('    - { id: none, builtFrom: [notes] }', '    - { id: non, builtFrom: [notes] }');
      const file = writeIn(folder, 'unknown.yaml', text);
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(`${file}:${lineOf(text, 'id: non,')}:13: provenance for unknown id "non" (unknown-id)\n`);
    });

    it('with a duplicate id gives a positioned error and exit 2', async () => {
      const text = SOURCE_CATALOG.replace('- id: p.c', '- id: p.b');
      const file = writeIn(folder, 'duplicate.yaml', text);
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      const line = text.split('\n').findIndex((candidate, index) => candidate.includes('- id: p.b') && index > lineOf(text, '- id: p.b') - 1) + 1;
      expect(run.stdout).toBe(`${file}:${line}:13: duplicate id "p.b" (duplicate-id)\n0 valid, 1 invalid\n`);
    });

    it('with a bad value gives a positioned schema error and exit 2, and gaps refuses it the same way', async () => {
      const text = TARGET_CATALOG.replace('status: reconstructed', 'status: rebuilt');
      const file = writeIn(folder, 'status.yaml', text);
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(`${file}:${lineOf(text, 'status: rebuilt')}:9: status: unknown value "rebuilt" (expected one of: published, reconstructed) (schema)\n`);
      const gaps = await runCli(['gaps', 'kent', '--framework', file]);
      expect(gaps.status).toBe(2);
      expect(gaps.stderr).toBe(`${file}:${lineOf(text, 'status: rebuilt')}:9: invalid framework catalog: status: unknown value "rebuilt" (expected one of: published, reconstructed)\n`);
    });
  });

  describe('a crosswalk', () => {
    const fixture = writeFixtureSet('check-crosswalk');
    const variant = (name: string, from: string, to: string): { file: string; text: string } => {
      const text = CROSSWALK.replace(from, to);
      expect(text).not.toBe(CROSSWALK);
      return { file: writeIn(fixture.folder, name, text), text };
    };

    it('with an unknown id on either side gives positioned errors and exit 2', async () => {
      const { file, text } = variant('unknown.yaml', '{ source: p.d, relation: intersects-with, target: inter,', '{ source: p.z, relation: intersects-with, target: outer,');
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      const line = lineOf(text, 'p.z');
      expect(run.stdout).toBe(
        `${file}:${lineOf(text, 'mappings:') + 1}:3: warning: no entry for src-fw "p.d": map it, or say no-relationship with a rationale (unmapped)\n` +
          `${file}:${line}:${columnOf(text, 'p.z')}: unknown id "p.z": not an id of src-fw (unknown-id)\n` +
          `${file}:${line}:${columnOf(text, 'outer')}: unknown id "outer": not an id of tgt-fw (unknown-id)\n` +
          '0 valid, 1 invalid, 1 warning\n',
      );
    });

    it('with a duplicate mapping gives a positioned error and exit 2', async () => {
      const { file, text } = variant('duplicate.yaml', '{ source: p.e, relation: no-relationship, target: none,', '{ source: p.a, relation: intersects-with, target: eq,');
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      const second = lineOf(text, 'source: p.a, relation: intersects-with');
      const column = columnOf(text, 'p.a, relation: intersects-with');
      expect(run.stdout).toContain(`${file}:${second}:${column}: duplicate mapping "p.a" to "eq" (first at line ${lineOf(text, 'source: p.a')}) (duplicate-id)\n`);
    });

    it('with a bad relation gives a positioned error and exit 2, and gaps --crosswalk refuses it the same way', async () => {
      const { file, text } = variant('relation.yaml', 'relation: intersects-with', 'relation: overlaps');
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      const line = lineOf(text, 'overlaps');
      expect(run.stdout).toBe(
        `${file}:${line}:${columnOf(text, 'overlaps')}: mappings[3].relation: unknown value "overlaps" (expected one of: equivalent-to, subset-of, superset-of, intersects-with, no-relationship) (bad-relation)\n0 valid, 1 invalid\n`,
      );
      const copyText = text.replace('source: src.yaml', 'source: npcc-vawg-2021').replace('p.d', 'trust.capability');
      const copy = writeIn(fixture.folder, 'relation-2021.yaml', copyText);
      const gaps = await runCli(['gaps', 'kent', '--framework', fixture.target, '--crosswalk', copy]);
      expect(gaps.status).toBe(2);
      expect(gaps.stderr).toMatch(new RegExp(`^${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:${columnOf(copyText, 'overlaps')}: invalid crosswalk: mappings\\[3\\]\\.relation: unknown value "overlaps"`));
    });

    it('naming a catalog it cannot load points at that line', async () => {
      const { file, text } = variant('missing.yaml', 'target: tgt.yaml', 'target: nowhere.yaml');
      const run = await runCli(['frameworks', 'check', file]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(`${file}:${lineOf(text, 'target: nowhere')}:9: catalog "nowhere.yaml": `);
    });
  });
});

describe('a PCC office checks a force against its own police and crime plan (the README example)', () => {
  const plan = 'docs/examples/pcc-plan-2025.yaml';
  const crosswalk = 'docs/examples/npcc-vawg-2021--pcc-plan-2025.yaml';

  it('the example catalog and crosswalk pass check', async () => {
    const run = await runCli(['frameworks', 'check', plan, crosswalk]);
    expect(run.stdout).toBe('2 valid, 0 invalid\n');
  });

  it('reads a bundled force against the plan through the crosswalk', async () => {
    const report = await gapsJson(['kent', '--framework', plan, '--crosswalk', crosswalk]);
    expect(report.framework.id).toBe('pcc-plan-2025');
    expect(statuses(report.forces[0]!)).toEqual({ 'safer-streets': g, 'victims-first': p, perpetrators: c, 'trusted-police': g });
    const dorset = await gapsJson(['dorset', '--framework', plan, '--crosswalk', crosswalk]);
    // spaces.dangerous-places is equivalent-to safer-streets, and Dorset covers it firmly.
    expect(statuses(dorset.forces[0]!)['safer-streets']).toBe(c);
  });

  it('or maps the force straight to the plan', async () => {
    const output = path.join(tempFolder('pcc-direct'), 'warwickshire.yaml');
    expect((await runCli(['parse', 'strategies/sources/warwickshire.txt', '--framework', plan, '-o', output])).status).toBe(0);
    const report = await gapsJson([output, '--framework', plan]);
    expect(report.forces[0]!.through).toBeUndefined();
    expect(report.forces[0]!.overall.covered).toBeGreaterThan(0);
  });
});
