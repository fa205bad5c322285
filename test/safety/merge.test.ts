import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/io/yaml-file.js';
import type { CommitmentDocument } from '../../src/model/index.js';
import { ROOT, runCli } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('vawg-safety-');

function read(file: string): CommitmentDocument {
  return parseYamlText(readFileSync(file, 'utf8'), file).value as CommitmentDocument;
}

const REWORDED_BEFORE = "Attain 'White Ribbon' status.";
const REWORDED_AFTER = "Attain and keep 'White Ribbon' accreditation status.";
const REMOVED = "Utilise 'Domestic Abuse Matters' specialist inputs to raise awareness across the force.";
const ADDED = 'Publish an annual report on street harassment in the night-time economy by March 2026.';

describe('re-parsing over a hand-edited commitment document', () => {
  const dir = scratch();
  const source = path.join(dir, 'warwickshire.txt');
  const output = path.join(dir, 'warwickshire.yaml');
  let before: CommitmentDocument;
  let after: CommitmentDocument;
  let afterText: string;
  let summary: string;
  let analystTarget: string;
  let rejectedTarget: { id: string; action: string };

  beforeAll(async () => {
    copyFileSync(path.join(ROOT, 'strategies/sources/warwickshire.txt'), source);
    copyFileSync(path.join(ROOT, 'strategies/sources/warwickshire.source.yaml'), path.join(dir, 'warwickshire.source.yaml'));
    expect((await runCli(['parse', source, '-o', output])).status).toBe(0);
    before = read(output);

    // The analyst's edits, made the way a person would: in the YAML text.
    let yaml = readFileSync(output, 'utf8');
    const white = before.commitments.find((commitment) => commitment.text === REWORDED_BEFORE)!;
    analystTarget = white.id;
    yaml = yaml.replace(
      new RegExp(`(  - id: ${white.id}\\n    text: .*\\n)`),
      '$1    note: accreditation was reached in 2024 # checked with the force\n',
    );
    expect(yaml).toContain('# checked with the force');
    yaml = yaml.replace(`  - id: ${white.id}\n`, `  # analyst: White Ribbon is culture, not capability\n  - id: ${white.id}\n`);
    const withAuto = before.commitments.find(
      (commitment) => commitment.id !== white.id && commitment.actions.filter((match) => match.by === 'auto').length > 0,
    )!;
    const dropped = withAuto.actions[0]!.id;
    rejectedTarget = { id: withAuto.id, action: dropped };
    const document = parseYamlText(yaml, output).document;
    const commitments = document.get('commitments', true) as unknown as {
      items: { get(key: string, keep?: boolean): unknown; set(key: string, value: unknown): void }[];
    };
    for (const item of commitments.items) {
      if (item.get('id') === white.id) {
        item.set('strength', 'ongoing');
        item.set('by', 'analyst');
        (item.get('actions', true) as { add(value: unknown): void }).add(
          document.createNode({ id: 'trust.sexism-misogyny', confidence: 1, by: 'analyst', note: 'accreditation is about culture' }),
        );
      }
      if (item.get('id') === withAuto.id) {
        const actions = item.get('actions', true) as { items: { get(key: string): unknown }[] };
        actions.items = actions.items.filter((match) => match.get('id') !== dropped);
        item.set('rejected', document.createNode([{ id: dropped, note: 'not what this commits to' }]));
      }
    }
    writeFileSync(output, document.toString({ lineWidth: 0 }));

    // The source changes: one commitment reworded, one removed, one added.
    let text = readFileSync(source, 'utf8');
    expect(text).toContain(REMOVED);
    text = text
      .replace(REWORDED_BEFORE, REWORDED_AFTER)
      .replace(` - ${REMOVED}\n`, '')
      .replace('- Attain', '- Attain')
      .replace(' - Target activity at high-risk', ` - ${ADDED}\n - Target activity at high-risk`);
    writeFileSync(source, text);

    const run = await runCli(['parse', source, '-o', output]);
    expect(run.status).toBe(0);
    summary = run.stderr;
    afterText = readFileSync(output, 'utf8');
    after = read(output);
  });

  it('keeps the analyst mapping, strength and note on the reworded commitment, under its old id', async () => {
    const white = after.commitments.find((commitment) => commitment.id === analystTarget)!;
    expect(white.text).toBe(REWORDED_BEFORE);
    expect(white.strength).toBe('ongoing');
    expect(white.by).toBe('analyst');
    expect(white.note).toBe('accreditation was reached in 2024');
    expect(white.actions).toContainEqual({
      id: 'trust.sexism-misogyny',
      confidence: 1,
      by: 'analyst',
      note: 'accreditation is about culture',
    });
    expect(white.position.line).toBe(82);
  });

  it('does not bring back an automatic mapping the analyst deleted', async () => {
    const commitment = after.commitments.find((candidate) => candidate.id === rejectedTarget.id)!;
    expect(commitment.actions.map((match) => match.id)).not.toContain(rejectedTarget.action);
    expect(commitment.rejected).toEqual([{ id: rejectedTarget.action, note: 'not what this commits to' }]);
  });

  it('keeps the comments the analyst wrote', async () => {
    expect(afterText).toContain('# analyst: White Ribbon is culture, not capability');
    expect(afterText).toContain('# checked with the force');
  });

  it('retires the removed commitment with a reason instead of dropping it', async () => {
    expect(after.commitments.some((commitment) => commitment.text === REMOVED)).toBe(false);
    expect(after.retired).toHaveLength(1);
    expect(after.retired![0]).toMatchObject({ text: REMOVED, reason: expect.stringContaining('not found in the source any more') });
  });

  it('adds the new commitment as automatic, in source order', async () => {
    const added = after.commitments.find((commitment) => commitment.text === ADDED)!;
    expect(added.by).toBeUndefined();
    expect(added.actions.every((match) => match.by === 'auto')).toBe(true);
    const lines = after.commitments.map((commitment) => commitment.position.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports what it kept, added and retired', async () => {
    expect(summary).toMatch(
      /^merged into .*warwickshire\.yaml: \d+ commitments and \d+ statements of other voices; of the items before, kept \d+, updated \d+ \(1 reworded in the source\), retired 1; added 1; 2 carry analyst edits\n/,
    );
    const counts = /kept (\d+), updated (\d+)/.exec(summary)!;
    expect(Number(counts[1]) + Number(counts[2]) + 1).toBe(before.commitments.length);
    expect(after.commitments).toHaveLength(before.commitments.length);
  });

  it('stays valid, and gives the same bytes when run again on the same source', async () => {
    expect((await runCli(['validate', output])).status).toBe(0);
    expect((await runCli(['parse', source, '-o', output])).status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(afterText);
  });
});

describe('what parse will not overwrite', () => {
  it('refuses a file that is not a commitment document, and replaces it only with --overwrite', async () => {
    const dir = scratch();
    const target = path.join(dir, 'notes.yaml');
    writeFileSync(target, 'shopping: [milk, eggs]\n');
    const run = await runCli(['parse', 'strategies/sources/kent.txt', '-o', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `${target}: exists and is not a commitment document: vawg parse will not overwrite it (use --overwrite to replace it)\n`,
    );
    expect(readFileSync(target, 'utf8')).toBe('shopping: [milk, eggs]\n');
    expect((await runCli(['parse', 'strategies/sources/kent.txt', '-o', target, '--overwrite'])).status).toBe(0);
    expect(read(target).force.slug).toBe('kent');
  });

  it("refuses to merge one force into another force's document", async () => {
    const dir = scratch();
    const target = path.join(dir, 'doc.yaml');
    expect((await runCli(['parse', 'strategies/sources/kent.txt', '-o', target])).status).toBe(0);
    const before = readFileSync(target, 'utf8');
    const run = await runCli(['parse', 'strategies/sources/dorset.txt', '-o', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("holds Kent Police's commitments, not Dorset Police's");
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});

describe('commitments an analyst retired', () => {
  it('are not added back by a re-parse while their text is still in the source', async () => {
    const dir = scratch();
    copyFileSync(path.join(ROOT, 'strategies/sources/derbyshire.txt'), path.join(dir, 'derbyshire.txt'));
    copyFileSync(path.join(ROOT, 'strategies/sources/derbyshire.source.yaml'), path.join(dir, 'derbyshire.source.yaml'));
    const target = path.join(dir, 'derbyshire.yaml');
    writeFileSync(
      target,
      readFileSync(path.join(ROOT, 'strategies/derbyshire.yaml'), 'utf8').replace(
        'source: sources/derbyshire.txt',
        'source: derbyshire.txt',
      ),
    );
    const run = await runCli(['parse', path.join(dir, 'derbyshire.txt'), '-o', target]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('retired 0;');
    const after = read(target) as ReturnType<typeof read> & { statements?: { id: string; text: string; voice: string }[] };
    expect(after.commitments).toEqual([]);
    expect(after.retired?.map((commitment) => commitment.id)).toHaveLength(3);
    // The national lead's other words come in as national statements; the three the analyst retired stay retired.
    const retiredTexts = new Set(after.retired?.map((commitment) => commitment.text));
    expect(after.statements?.every((statement) => statement.voice === 'national' && !retiredTexts.has(statement.text))).toBe(true);
  });
});
