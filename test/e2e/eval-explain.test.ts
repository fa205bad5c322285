/** `vawg eval` and `vawg explain` run in-process, checked against the gold files and documents they read. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli as vawg } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('vawg-eval-');
const GOLD = 'test/gold';

/** The gold files as written by hand: slug, force and how many commitments each labels. */
const gold = readdirSync(path.join(ROOT, GOLD))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => parseYaml(readFileSync(path.join(ROOT, GOLD, name), 'utf8')) as { slug: string; force: string; commitments: unknown[] });

interface Figures {
  gold: number;
  predicted: number;
  extraction: { precision: number | null; recall: number | null; f1: number | null };
}

describe('vawg eval', () => {
  it('--format json: the seeds split holds one entry per gold file, with its number of gold commitments', async () => {
    const run = await vawg(['eval', '--split', 'seeds', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      framework: string;
      splits: {
        name: string;
        documents: { slug: string; force: string; tool: Figures; baseline: Figures; holdout?: unknown }[];
        tool: Figures;
        holdout?: unknown;
      }[];
    };
    expect(report.framework).toBe('npcc-vawg-2021');
    const [seeds] = report.splits;
    expect(seeds!.name).toBe('seeds');
    expect(seeds!.documents.map((document) => [document.slug, document.force, document.tool.gold, document.baseline.gold])).toEqual(
      gold.map((file) => [file.slug, file.force, file.commitments.length, file.commitments.length]),
    );
    expect(seeds!.tool.gold).toBe(gold.reduce((sum, file) => sum + file.commitments.length, 0));
    expect(seeds!.tool.predicted).toBe(seeds!.documents.reduce((sum, document) => sum + document.tool.predicted, 0));
    // Derbyshire labels no commitment: recall is undefined there, and anything found is a false positive.
    const derbyshire = seeds!.documents.find((document) => document.slug === 'derbyshire')!;
    expect(derbyshire.tool.extraction.recall).toBeNull();
    expect(derbyshire.tool.extraction.precision).toBe(derbyshire.tool.predicted === 0 ? null : 0);
    expect(seeds!.holdout).toBeUndefined();
    expect(seeds!.documents.every((document) => document.holdout === undefined)).toBe(true);
  });

  it('prints a row for each gold document of the split', async () => {
    const run = await vawg(['eval', '--split', 'seeds']);
    expect(run.status).toBe(0);
    const byDocument = run.stdout.slice(run.stdout.indexOf('\nBy document\n'));
    const documents = byDocument
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) =>
        line
          .split('│')
          .map((cell) => cell.trim())
          .slice(1, 4),
      );
    expect(documents.slice(0, gold.length + 1)).toEqual([
      ['Document', 'Split', 'Gold'],
      ...gold.map((file) => [file.slug, 'seeds', String(file.commitments.length)]),
    ]);
    expect(run.stdout).not.toContain('Leave one document out');
  });

  it('exits 2 for a missing gold folder and for a folder with no gold files', async () => {
    expect(await vawg(['eval', '--gold', 'nowhere'])).toEqual({ status: 2, stdout: '', stderr: 'nowhere: no such gold folder\n' });
    const empty = scratch();
    const run = await vawg(['eval', '--gold', empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${empty}: no gold files (*.yaml) in this folder\n`);
  });

  it('exits 2 for an unknown --format', async () => {
    const run = await vawg(['eval', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('expected one of: table, json');
  });
});

interface Commitment {
  id: string;
  text: string;
  section: string[];
  position: { line: number; column: number };
  strength: string;
  actions: { id: string; confidence: number; by: string }[];
}

const warwickshire = parseYaml(readFileSync(path.join(ROOT, 'strategies/warwickshire.yaml'), 'utf8')) as {
  commitments: Commitment[];
  statements?: Commitment[];
};

describe('vawg explain', () => {
  const mapped = warwickshire.commitments.find((commitment) => commitment.actions.length > 0 && commitment.section.length > 0)!;

  it('shows a commitment by its id: place in the source, text, section, strength and each mapping', async () => {
    const run = await vawg(['explain', 'strategies/warwickshire.yaml', mapped.id]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `${mapped.id}  strategies/sources/warwickshire.txt:${mapped.position.line}:${mapped.position.column}`,
      `  "${mapped.text}"`,
      `  section: ${mapped.section.join(' > ')}`,
      `  strength: ${mapped.strength}`,
    ]);
    const shown = lines.filter((line) => /^ {2}[a-z]+(\.[a-z-]+)? {2}/.test(line)).map((line) => line.trim().split(' ')[0]);
    expect(shown).toEqual(mapped.actions.map((action) => action.id));
    for (const action of mapped.actions) expect(run.stdout).toContain(`confidence ${action.confidence.toFixed(2)}, mapped by ${action.by}`);
  });

  it('takes a bundled slug and a unique start of the id; --format json gives the commitment as stored', async () => {
    const run = await vawg(['explain', 'warwickshire', mapped.id.slice(0, -2), '--format', 'json']);
    expect(run.status).toBe(0);
    const shown = JSON.parse(run.stdout) as { file: string; source: string; commitment: Commitment };
    expect(shown).toEqual({ file: 'strategies/warwickshire.yaml', source: 'strategies/sources/warwickshire.txt', commitment: mapped });
  });

  it('exits 2 for an id that matches nothing, and lists how many an ambiguous start matches', async () => {
    const none = await vawg(['explain', 'warwickshire', 'warwickshire-zzzz']);
    expect(none).toEqual({
      status: 2,
      stdout: '',
      stderr: 'strategies/warwickshire.yaml: no commitment, statement or retired commitment "warwickshire-zzzz"\n',
    });
    const many = await vawg(['explain', 'warwickshire', 'warwickshire-']);
    expect(many.status).toBe(2);
    const ids = [...warwickshire.commitments, ...(warwickshire.statements ?? [])].map((item) => item.id).sort();
    expect(many.stderr).toBe(
      `strategies/warwickshire.yaml: "warwickshire-" matches ${ids.length} commitments and statements: give more of the id (${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more)
`,
    );
    const [first, second] = ids;
    let shared = 0;
    while (first![shared] === second![shared]) shared += 1;
    const two = ids.filter((id) => id.startsWith(first!.slice(0, shared)));
    const few = await vawg(['explain', 'warwickshire', first!.slice(0, shared)]);
    expect(few.stderr).toBe(
      `strategies/warwickshire.yaml: "${first!.slice(0, shared)}" matches ${two.length} commitments and statements: give more of the id (${two.join(', ')})\n`,
    );
    const typo = await vawg(['explain', 'warwickshire', `${first!.slice(0, -1)}x`]);
    expect(typo.stderr).toContain(`no commitment, statement or retired commitment "${first!.slice(0, -1)}x" (did you mean ${first}`);
  });

  it('exits 2 for a missing document', async () => {
    const run = await vawg(['explain', 'nowhere.yaml', 'x']);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'nowhere.yaml: no such file\n' });
  });
});
