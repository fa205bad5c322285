import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCoverage } from '../../src/assess/coverage.js';
import { CHECK_RULES, runChecks } from '../../src/assess/check/index.js';
import { findPillarHeadings } from '../../src/assess/check/pillar-headings.js';
import { ingestFile } from '../../src/ingest/index.js';
import { loadFramework } from '../../src/io/catalog.js';
import type { Finding, RuleSetting } from '../../src/model/index.js';
import { documentFromIngested } from '../../src/pipeline.js';
import { COMPLETE_DRAFT, GAPS_DRAFT } from './helpers.js';

const framework = loadFramework();

async function check(file: string, settings: Record<string, RuleSetting> = {}): Promise<Finding[]> {
  const ingested = await ingestFile(file);
  const document = documentFromIngested(ingested, { framework });
  const context = {
    document,
    coverage: assessCoverage(document, framework, file),
    framework,
    pillarHeadings: findPillarHeadings(ingested.tree, framework),
    minCoverage: 0.9,
    require: ['trust', 'pursuit', 'spaces'],
  };
  return runChecks(context, path.basename(file), settings);
}

const gaps = await check(GAPS_DRAFT);
const clean = await check(COMPLETE_DRAFT);

describe('each rule fires on the draft with gaps, at the right place', () => {
  const at = (rule: string): string[] =>
    gaps.filter((finding) => finding.rule === rule).map((finding) => `${finding.line}:${finding.column} ${finding.message}`);

  it('min-coverage: overall at line 1 and each short pillar at its heading', () => {
    const found = at('min-coverage');
    expect(found[0]).toMatch(/^1:1 overall coverage 33% \(3 of 9 actions\) is under the minimum 90%/);
    expect(found.some((text) => text.startsWith('8:1 pillar trust'))).toBe(true);
    expect(found.some((text) => text.startsWith('26:1 pillar spaces'))).toBe(true);
  });

  it('required-action: names each missing action at its pillar heading', () => {
    const found = at('required-action');
    expect(found).toContain(
      '20:1 required action pursuit.police-powers ("Make better use of police powers to protect women and girls and to manage and disrupt perpetrators") has no firm commitment (nothing maps to it)',
    );
    expect(found.filter((text) => text.startsWith('26:1')).map((text) => text.split(' ')[3])).toEqual([
      'spaces.behaviour-change',
      'spaces.dangerous-places',
    ]);
  });

  it('aspirational-only: points at the "Explore the feasibility" commitment', () => {
    expect(at('aspirational-only')).toEqual([
      '30:3 spaces.behaviour-change is evidenced only by aspirational commitments: "Explore the feasibility of a schools campaign for young men and boys on consent."',
    ]);
  });

  it('unmeasurable: a firm commitment with no measure, date or owner', () => {
    expect(at('unmeasurable')).toEqual([
      '24:3 firm commitment names no measure, date or owner: "Manage the most dangerous perpetrators through integrated offender management."',
    ]);
  });

  it('lost-list: the "We will:" followed by prose', () => {
    expect(at('lost-list')).toEqual([
      '16:1 lead-in "We will:" is not followed by a list: the source may have lost the items it introduced',
    ]);
  });

  it('duplicate-commitment: the second statement, naming the first line', () => {
    expect(at('duplicate-commitment')).toEqual([
      '14:3 repeats the commitment on line 13: "Complete an urgent review of all allegations of police-perpetrated abuse against officers by March 2026."',
    ]);
  });

  it('uses the configured severity, and defaults otherwise', async () => {
    expect(new Set(gaps.filter((finding) => finding.rule === 'required-action').map((finding) => finding.severity))).toEqual(
      new Set(['error']),
    );
    expect(new Set(gaps.filter((finding) => finding.rule === 'unmeasurable').map((finding) => finding.severity))).toEqual(
      new Set(['warning']),
    );
    const raised = await check(GAPS_DRAFT, { unmeasurable: 'error', 'lost-list': 'off' });
    expect(raised.find((finding) => finding.rule === 'unmeasurable')?.severity).toBe('error');
    expect(raised.some((finding) => finding.rule === 'lost-list')).toBe(false);
  });
});

describe('every rule stays quiet on a complete draft', () => {
  for (const rule of CHECK_RULES) {
    it(`${rule.id} finds nothing`, () => {
      expect(clean.filter((finding) => finding.rule === rule.id)).toEqual([]);
    });
  }
});
