/** A commitment whose table row names a lead and a date is measurable; the same words as a bare bullet are not. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCoverage } from '../../src/assess/coverage.js';
import { runChecks } from '../../src/assess/check/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { loadFramework } from '../../src/io/catalog.js';
import { documentFromIngested } from '../../src/pipeline.js';

const framework = loadFramework();

async function unmeasurable(markdown: string): Promise<string[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vawg-fields-')), 'draft.md');
  writeFileSync(file, markdown);
  const document = documentFromIngested(await ingestFile(file), { framework, force: 'Dorset Police' });
  const context = {
    document,
    coverage: assessCoverage(document, framework, file),
    framework,
    pillarHeadings: new Map<string, { line: number; column: number }>(),
    minCoverage: undefined,
    require: [],
  };
  return runChecks(context, 'draft.md', {})
    .filter((finding) => finding.rule === 'unmeasurable')
    .map((finding) => `${finding.line}: ${finding.message}`);
}

describe('unmeasurable and table fields', () => {
  it('does not flag a row with a lead and a date', async () => {
    const found = await unmeasurable(
      [
        '# Plan',
        '',
        '| Action | Lead | By when |',
        '| --- | --- | --- |',
        '| Manage the most dangerous perpetrators through offender management | Head of Crime | March 2026 |',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('flags the same action as a bullet with nothing to measure it by', async () => {
    const found = await unmeasurable(
      ['# Plan', '', 'We will:', '', '- Manage the most dangerous perpetrators through offender management', ''].join('\n'),
    );
    expect(found).toEqual([
      '5: firm commitment names no measure, date or owner: "Manage the most dangerous perpetrators through offender management"',
    ]);
  });
});
