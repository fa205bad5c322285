import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/assess/diff.js';
import { textSimilarity } from '../../src/text/similarity.js';
import { loadFramework } from '../../src/io/catalog.js';
import { serializeDocument } from '../../src/io/commitment-document.js';
import { parseYamlText } from '../../src/io/yaml-file.js';
import type { CommitmentDocument } from '../../src/model/index.js';
import { ROOT, runCli } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('vawg-diff-');
const framework = loadFramework();

function bundled(slug: string): CommitmentDocument {
  const file = path.join(ROOT, 'strategies', `${slug}.yaml`);
  return parseYamlText(readFileSync(file, 'utf8'), file).value as CommitmentDocument;
}

/** A redraft of Warwickshire: one commitment removed, one added, one reworded. */
function redraft(): { before: CommitmentDocument; after: CommitmentDocument; removed: string; added: string; reworded: string } {
  const before = bundled('warwickshire');
  const after: CommitmentDocument = structuredClone(before);
  const removed = after.commitments.splice(10, 1)[0]!;
  const target = after.commitments.find((commitment) => commitment.text.startsWith('Attain'))!;
  target.text = "Attain and keep 'White Ribbon' accreditation.";
  const added = {
    ...structuredClone(after.commitments[0]!),
    id: 'warwickshire-new00001',
    text: 'Publish an annual report on street harassment in the night-time economy.',
    position: { line: 200, column: 1 },
  };
  after.commitments.push(added);
  return { before, after, removed: removed.id, added: added.id, reworded: target.id };
}

describe('diff between two versions of one strategy', () => {
  it('reports exactly the removed, added and reworded commitments', () => {
    const { before, after, removed, added, reworded } = redraft();
    const report = diffDocuments({ document: before, file: 'a.yaml' }, { document: after, file: 'b.yaml' }, framework);
    const versions = report.versions!;
    expect(versions.removed.map((item) => item.id)).toEqual([removed]);
    expect(versions.added.map((item) => item.id)).toEqual([added]);
    expect(versions.reworded.map((item) => item.a.id)).toEqual([reworded]);
    expect(versions.unchanged).toBe(before.commitments.length - 2);
    const words = versions.reworded[0]!.words;
    expect(
      words
        .filter((change) => change.added)
        .map((change) => change.value.trim())
        .join(' '),
    ).toContain('and keep');
    expect(
      words
        .filter((change) => change.removed)
        .map((change) => change.value.trim())
        .join(' '),
    ).toContain('status');
  });

  it('shows the same through the CLI, with line numbers', async () => {
    const { before, after } = redraft();
    const dir = scratch();
    writeFileSync(
      path.join(dir, 'v1.yaml'),
      serializeDocument({ ...before, document: { ...before.document, source: '../strategies/sources/warwickshire.txt' } }, 'yaml'),
    );
    writeFileSync(path.join(dir, 'v2.yaml'), serializeDocument(after, 'yaml'));
    const run = await runCli(['diff', path.join(dir, 'v1.yaml'), path.join(dir, 'v2.yaml'), '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      version: number;
      versions: { added: { line: number }[]; removed: unknown[]; reworded: unknown[] };
    };
    expect(report.version).toBe(1);
    expect(report.versions.added).toEqual([expect.objectContaining({ line: 200 })]);
    expect(report.versions.removed).toHaveLength(1);
    expect(report.versions.reworded).toHaveLength(1);
  });
});

describe('diff between two forces', () => {
  it('lists per action what only one side has, with lines, and no version changes', () => {
    const report = diffDocuments(
      { document: bundled('dorset'), file: 'dorset.yaml' },
      { document: bundled('kent'), file: 'kent.yaml' },
      framework,
    );
    expect(report.versions).toBeUndefined();
    expect(report.actions.map((action) => action.id)).toHaveLength(9);
    const powers = report.actions.find((action) => action.id === 'pursuit.police-powers')!;
    expect([powers.statusA, powers.statusB]).toEqual(['covered', 'gap']);
    expect(powers.onlyB).toEqual([]);
    expect(powers.aligned).toEqual([]);
    // Dorset's one commitment to police powers, at its line in the source.
    expect(powers.onlyA.map((item) => [item.id, item.line])).toEqual([['dorset-9cea739d', 29]]);
  });

  it('aligns commitments that say the same thing in different words', () => {
    const report = diffDocuments({ document: bundled('dorset'), file: 'd' }, { document: bundled('warwickshire'), file: 'w' }, framework);
    const pairs = report.actions.flatMap((action) =>
      action.aligned.map((pair) => [
        action.id,
        pair.a.text.split(' ').slice(0, 4).join(' '),
        pair.b.text.split(' ').slice(0, 4).join(' '),
        pair.similarity,
      ]),
    );
    // The three pairs a reader would also pair, with their similarity as measured (Dice of content stems).
    expect(pairs).toEqual([
      ['trust.police-perpetrated-abuse', 'We will continue to', 'We expect the highest', 0.38],
      ['pursuit.victims-justice', 'Through Operation bluestone /', 'Embed Operation Soteria within', 0.31],
      ['spaces.dangerous-places', 'Work with community safety', 'Work with Community Safety', 0.3],
    ]);
  });

  it('scores similarity on content words, ignoring stop words and inflection', () => {
    expect(textSimilarity('We will review the allegations', 'reviewing allegations')).toBe(1);
    expect(textSimilarity('Attain White Ribbon status', 'Patrol the night-time economy')).toBe(0);
    // {review, alleg, quickli} and {review, complaint}: one shared stem, 2 × 1 / (3 + 2).
    expect(textSimilarity('We will review allegations quickly', 'Reviews of complaints')).toBe(0.4);
    // Multisets: {patrol, patrol, park} and {patrol, park, street}: 2 × 2 / (3 + 3).
    expect(textSimilarity('Patrol, patrol the parks', 'patrols in parks and streets')).toBe(0.67);
  });
});
