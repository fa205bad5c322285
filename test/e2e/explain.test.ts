import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

/** A small commitment document with one commitment (one mapping flagged for review), one PCC statement and one retired commitment. */
const DOCUMENT = `version: 1
force: { name: Test Police, slug: test }
document: { title: Test strategy, source: test.md, sha256: ${'a'.repeat(64)}, format: markdown }
framework: npcc-vawg-2021
commitments:
  - id: test-11111111
    text: We will train every investigator in trauma-informed practice.
    section: [ Our plan ]
    position: { line: 3, column: 1 }
    strength: firm
    owner: Head of Crime
    actions:
      - id: trust.capability
        confidence: 0.55
        by: auto
        review: true
        evidence:
          - { in: text, phrase: investigator, weight: 0.5 }
statements:
  - id: test-22222222
    text: I will fund two more ISVAs.
    section: [ Foreword ]
    position: { line: 1, column: 1 }
    strength: firm
    speaker: Commissioner Jane Roe
    voice: pcc
    actions:
      - id: pursuit.victims-justice
        confidence: 0.9
        by: auto
warnings: []
retired:
  - id: test-33333333
    text: We will open a new hub.
    section: []
    position: { line: 9, column: 1 }
    strength: firm
    actions: []
    reason: no longer in the source
`;

const dir = mkdtempSync(path.join(tmpdir(), 'vawg-explain-'));
const file = path.join(dir, 'test.yaml');
writeFileSync(file, DOCUMENT);

describe('vawg explain', () => {
  it("explains a commitment in the force's voice, its fields and a mapping flagged for review", async () => {
    const run = await runCli(['explain', file, 'test-1111']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"We will train every investigator in trauma-informed practice."');
    expect(run.stdout).toContain("voice: the force's own; counted towards coverage");
    expect(run.stdout).toContain('owner: Head of Crime');
    expect(run.stdout).toContain('confidence 0.55, mapped by auto\n    flagged for review');
  });

  it('explains a statement in another voice, with its speaker, as not counted', async () => {
    const run = await runCli(['explain', file, 'test-2222']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('voice: the Police and Crime Commissioner (or mayor); kept under statements, not counted');
    expect(run.stdout).toContain('quoted: Commissioner Jane Roe');
    expect(run.stdout).not.toContain('flagged for review');
  });

  it('explains a retired commitment with the reason it was retired', async () => {
    const run = await runCli(['explain', file, 'test-3333']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('retired: no longer in the source');
    expect(run.stdout).toContain('Not mapped');
  });

  it('gives JSON of the item found', async () => {
    const run = await runCli(['explain', file, 'test-22222222', '--format', 'json']);
    expect(JSON.parse(run.stdout).commitment).toMatchObject({ id: 'test-22222222', voice: 'pcc' });
  });

  it('fails with exit 2 naming the file when the id is unknown or ambiguous', async () => {
    const unknown = await runCli(['explain', file, 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('test.yaml');
    expect(unknown.stderr).toContain('no commitment, statement or retired commitment "nope"');
    const ambiguous = await runCli(['explain', file, 'test-']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('"test-" matches 3 commitments and statements');
  });
});
