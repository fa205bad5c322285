import { describe, expect, it } from 'vitest';
import { assessCoverage, assessCoverageThrough } from '../../src/assess/coverage.ts';
import { carryAcross, crosswalkCeiling } from '../../src/assess/crosswalk.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { bundledCrosswalkFiles, findCrosswalk, loadCrosswalk } from '../../src/io/crosswalk.ts';
import { reverseCrosswalk, type Commitment, type CommitmentDocument, type Strength } from '../../src/model/index.ts';
import { writeFixtureSet } from './helpers.ts';

const fixture = writeFixtureSet('crosswalk-unit');
const source = loadFramework(fixture.source);
const target = loadFramework(fixture.target);
const crosswalk = loadCrosswalk(fixture.crosswalk);

function mapped(id: string, strength: Strength, ...matches: [string, number][]): Commitment {
  return {
    id,
    text: `Commitment ${id}.`,
    section: [],
    position: { line: 1, column: 1 },
    strength,
    actions: matches.map(([action, confidence]) => ({ id: action, confidence, by: 'auto' as const })),
  };
}

function documentOf(commitments: Commitment[]): CommitmentDocument {
  return {
    version: 1,
    force: { name: 'Test Police', slug: 'test' },
    document: { title: 'Test', source: 'test.md', sha256: '0'.repeat(64), format: 'markdown' },
    framework: 'src-fw',
    commitments,
    warnings: [],
  };
}

const document = documentOf([
  mapped('c1', 'firm', ['p.a', 0.9]),
  mapped('c2', 'firm', ['p.b', 0.9]),
  mapped('c3', 'firm', ['p.c', 0.9]),
  mapped('c4', 'ongoing', ['p.d', 1]),
  mapped('c5', 'firm', ['p.e', 1]),
  mapped('c6', 'firm', ['p', 1]),
  mapped('c7', 'aspirational', ['p.a', 0.9]),
  mapped('c8', 'firm', ['p.b', 0.3]),
]);
const coverage = assessCoverageThrough(document, crosswalk, { source, target }, 'test.yaml');
const byId = new Map(coverage.actions.map((action) => [action.id, action]));

describe('loadCrosswalk', () => {
  it('reads the file as written, with its id, catalogs, version and a sha256 of its bytes', () => {
    expect(crosswalk).toMatchObject({ id: 'src-fw--tgt-fw', source: 'src-fw', target: 'tgt-fw', version: '1', reversed: false });
    expect(crosswalk.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(crosswalk.entries).toHaveLength(6);
  });

  it('every bundled crosswalk loads against its two catalogs', () => {
    const ids = bundledCrosswalkFiles().map((file) => loadCrosswalk(file).id);
    expect(ids).toEqual(['npcc-vawg-2021--hmicfrs-vawg-2021', 'npcc-vawg-2021--npcc-vawg-2024']);
  });
});

describe('carryAcross', () => {
  it('gives each carried id with its relation and origin, in the order asked, and carries nothing through no-relationship', () => {
    expect(carryAcross(crosswalk, ['p.d', 'p.e', 'p.a'])).toEqual([
      { id: 'inter', relation: 'intersects-with', from: 'p.d' },
      { id: 'eq', relation: 'equivalent-to', from: 'p.a' },
    ]);
  });

  it('gives nothing for an id the crosswalk does not mention', () => {
    expect(carryAcross(crosswalk, ['p.unknown'])).toEqual([]);
  });

  it('carries a 2021 action to every 2024 area the bundled crosswalk relates it to', () => {
    const bundled = loadCrosswalk(bundledCrosswalkFiles()[1]!);
    expect(carryAcross(bundled, ['trust.police-perpetrated-abuse', 'trust.capability'])).toEqual([
      { id: 'trust', relation: 'subset-of', from: 'trust.police-perpetrated-abuse' },
      { id: 'prepare', relation: 'intersects-with', from: 'trust.police-perpetrated-abuse' },
      { id: 'prepare', relation: 'intersects-with', from: 'trust.capability' },
    ]);
  });
});

describe('coverage through a crosswalk', () => {
  it('equivalent-to and subset-of carry a covering commitment to covered', () => {
    expect(byId.get('eq')).toMatchObject({ status: 'covered', evidence: ['c1'], weak: ['c7'] });
    expect(byId.get('sub')).toMatchObject({ status: 'covered', evidence: ['c2'], weak: ['c8'] });
  });

  it('superset-of and intersects-with give partial, even for a firm commitment at full confidence', () => {
    expect(byId.get('sup')).toMatchObject({ status: 'partial', evidence: [], weak: ['c3'] });
    expect(byId.get('inter')).toMatchObject({ status: 'partial', evidence: [], weak: ['c4'] });
  });

  it('no-relationship carries nothing', () => {
    expect(byId.get('none')).toMatchObject({ status: 'gap', evidence: [], weak: [], carried: [] });
  });

  it('a commitment mapped to a pillar alone gives partial, even through subset-of', () => {
    expect(byId.get('general')).toMatchObject({ status: 'partial', evidence: [], weak: ['c6'] });
  });

  it('records each carried mapping with the relation it came through and whether it covers', () => {
    expect(byId.get('eq')!.carried).toEqual([
      { commitment: 'c1', from: 'p.a', relation: 'equivalent-to', covers: true },
      { commitment: 'c7', from: 'p.a', relation: 'equivalent-to', covers: false },
    ]);
    expect(byId.get('inter')!.carried).toEqual([{ commitment: 'c4', from: 'p.d', relation: 'intersects-with', covers: false }]);
  });

  it('says how the force was read and the best status the crosswalk allows each item', () => {
    expect(coverage.through).toEqual({ framework: 'src-fw', crosswalk: 'src-fw--tgt-fw', reversed: false });
    expect(Object.fromEntries(coverage.actions.map((action) => [action.id, action.ceiling]))).toEqual({
      eq: 'covered',
      sub: 'covered',
      sup: 'partial',
      inter: 'partial',
      none: 'gap',
      general: 'partial',
    });
    expect(coverage.overall).toEqual({ covered: 2, partial: 3, gap: 1, total: 6, ratio: 0.3333 });
  });

  it('a one-level catalog sits in one implicit group named by the catalog id, whose tally is the overall one', () => {
    expect(coverage.pillars).toEqual([
      { id: 'tgt-fw', title: 'Target framework', covered: 2, partial: 3, gap: 1, total: 6, ratio: 0.3333, pillarOnly: [], implicit: true },
    ]);
    expect(coverage.actions.every((action) => action.pillar === 'tgt-fw')).toBe(true);
  });

  it('direct coverage of a one-level catalog puts mappings to the catalog id under the group, never under an item', () => {
    const direct = assessCoverage({ ...document, framework: 'tgt-fw', commitments: [mapped('d1', 'firm', ['tgt-fw', 0.9], ['sup', 0.9])] }, target, 'x');
    expect(direct.pillars[0]).toMatchObject({ id: 'tgt-fw', pillarOnly: ['d1'], covered: 1 });
    expect(direct.actions.find((action) => action.id === 'sup')).toMatchObject({ status: 'covered', evidence: ['d1'] });
    expect(direct.through).toBeUndefined();
    expect(direct.actions[0]!.carried).toBeUndefined();
  });
});

describe('reading a crosswalk backwards', () => {
  it('swaps the catalogs and inverts subset-of and superset-of, keeping the symmetric relations', () => {
    const reversed = reverseCrosswalk(crosswalk);
    expect(reversed).toMatchObject({ source: 'tgt-fw', target: 'src-fw', reversed: true });
    expect(reversed.entries.map((entry) => `${entry.source} ${entry.relation} ${entry.target}`)).toEqual([
      'eq equivalent-to p.a',
      'sub superset-of p.b',
      'sup subset-of p.c',
      'inter intersects-with p.d',
      'none no-relationship p.e',
      'general superset-of p',
    ]);
  });

  it('findCrosswalk reads the file either way round between the two catalogs', () => {
    expect(findCrosswalk(source, target, [crosswalk])).toMatchObject({ source: 'src-fw', reversed: false });
    expect(findCrosswalk(target, source, [crosswalk])).toMatchObject({ source: 'tgt-fw', reversed: true });
    expect(findCrosswalk(source, target)).toBeUndefined();
  });

  it('through a reversed crosswalk, what was superset-of becomes subset-of and may cover', () => {
    const reversed = reverseCrosswalk(crosswalk);
    const back = assessCoverageThrough(
      { ...document, framework: 'tgt-fw', commitments: [mapped('t1', 'firm', ['sup', 1]), mapped('t2', 'firm', ['sub', 1])] },
      reversed,
      { source: target, target: source },
      'x',
    );
    const status = Object.fromEntries(back.actions.map((action) => [action.id, action.status]));
    expect(status).toEqual({ 'p.a': 'gap', 'p.b': 'partial', 'p.c': 'covered', 'p.d': 'gap', 'p.e': 'gap' });
    expect(back.through).toEqual({ framework: 'tgt-fw', crosswalk: 'src-fw--tgt-fw', reversed: true });
  });
});

describe('the bundled crosswalks: what each target can reach', () => {
  const npcc2021 = loadFramework('npcc-vawg-2021');

  it('2021 to 2024: Prepare and Protect are reached only through intersects-with, so partial at best', () => {
    const npcc2024 = loadFramework('npcc-vawg-2024');
    const bundled = findCrosswalk(npcc2021, npcc2024)!;
    expect(Object.fromEntries(crosswalkCeiling(bundled, npcc2021, npcc2024))).toEqual({
      prepare: 'partial',
      protect: 'partial',
      pursue: 'covered',
      prevent: 'covered',
      trust: 'covered',
    });
  });

  it('2021 to the inspectorate: only r2 can be covered', () => {
    const hmicfrs = loadFramework('hmicfrs-vawg-2021');
    const bundled = findCrosswalk(npcc2021, hmicfrs)!;
    expect(Object.fromEntries(crosswalkCeiling(bundled, npcc2021, hmicfrs))).toEqual({
      r1: 'partial',
      r2: 'covered',
      r3: 'partial',
      r4: 'partial',
      r5: 'partial',
    });
  });

  it('holds the relations the framework notes state', () => {
    const bundled = findCrosswalk(npcc2021, loadFramework('npcc-vawg-2024'))!;
    const stated = bundled.entries.filter((entry) => entry.basis === 'framework-notes').map((entry) => `${entry.source} ${entry.relation} ${entry.target}`);
    expect(stated).toEqual(
      expect.arrayContaining([
        'trust.police-perpetrated-abuse subset-of trust',
        'trust.police-perpetrated-abuse intersects-with prepare',
        'pursuit.police-powers intersects-with pursue',
        'pursuit.police-powers intersects-with protect',
        'spaces.behaviour-change subset-of prevent',
        'spaces.dangerous-places intersects-with protect',
        'spaces.dangerous-places intersects-with prevent',
        'trust.capability intersects-with prepare',
      ]),
    );
  });
});
