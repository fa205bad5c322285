/** vawg export: one row per (commitment, action), every field a researcher needs, in CSV, JSON, JSON lines and parquet. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CommitmentDocument } from '../../src/model/index.ts';
import { ROOT, runCli, workspace } from './helpers.ts';

const SLUGS = ['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire'];
const documents = SLUGS.map((slug) => parse(readFileSync(path.join(ROOT, 'strategies', `${slug}.yaml`), 'utf8')) as CommitmentDocument);
/** Rows the export must have: each commitment and statement once per action it maps to, and once when it maps to none. */
const expectedRows = documents.flatMap((document) =>
  [...document.commitments, ...(document.statements ?? [])].flatMap((item) =>
    item.actions.length === 0 ? [`${item.id} `] : item.actions.map((match) => `${item.id} ${match.id}`),
  ),
);

const COLUMNS =
  'force,force_name,file,source,framework,kind,id,text,line,column,page,section,lead_in,strength,voice,speaker,owner,due,measure,action,pillar,confidence,mapped_by,review';

/** Loads CSV with Python's own csv module and returns what it read, as JSON. */
function readWithPython(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const script =
    'import csv, json, sys\nreader = csv.DictReader(sys.stdin)\nrows = list(reader)\nprint(json.dumps({"header": reader.fieldnames, "rows": rows}))';
  const result = spawnSync('python3', ['-c', script], { input: csv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { header: string[]; rows: Record<string, string>[] };
}

describe('vawg export --format csv', () => {
  it("loads in Python's csv module with one row per (commitment, action) and every column", async () => {
    const run = await runCli(['export']);
    expect(run.status).toBe(0);
    const { header, rows } = readWithPython(run.stdout);
    expect(header.join(',')).toBe(COLUMNS);
    expect(rows.map((row) => `${row.id} ${row.action}`)).toEqual(expectedRows);
    const kent = documents[3]!.commitments[0]!;
    const first = rows.find((row) => row.id === kent.id)!;
    expect(first).toMatchObject({
      force: 'kent',
      force_name: 'Kent Police',
      file: 'strategies/kent.yaml',
      source: 'strategies/sources/kent.txt',
      framework: 'npcc-vawg-2021',
      kind: 'commitment',
      text: kent.text,
      line: String(kent.position.line),
      column: String(kent.position.column),
      section: kent.section.join(' > '),
      strength: kent.strength,
      voice: 'force',
      action: kent.actions[0]!.id,
      confidence: String(kent.actions[0]!.confidence),
      mapped_by: kent.actions[0]!.by,
      review: kent.actions[0]!.review === true ? 'true' : 'false',
    });
  });

  it('exports statements of other voices too, with their voice, and fields a commitment lacks as empty cells', async () => {
    const dir = workspace({
      'northshire.yaml': readFileSync(path.join(ROOT, 'strategies/hampshire.yaml'), 'utf8').replace(
        /\nwarnings:/,
        '\nstatements:\n  - id: hampshire-pcc-1\n    text: "=HYPERLINK(\\"x\\") I will hold the force to account, said the Commissioner."\n    section: []\n    position: { line: 3, column: 1 }\n    strength: firm\n    voice: pcc\n    speaker: Police and Crime Commissioner\n    actions: []\nwarnings:',
      ),
    });
    const run = await runCli(['export', 'northshire.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    const statement = readWithPython(run.stdout).rows.find((row) => row.kind === 'statement')!;
    expect(statement).toMatchObject({
      id: 'hampshire-pcc-1',
      voice: 'pcc',
      speaker: 'Police and Crime Commissioner',
      action: '',
      confidence: '',
      review: '',
      page: '',
      owner: '',
    });
    expect(statement.text!.startsWith("'=HYPERLINK")).toBe(true);
    const trusted = readWithPython((await runCli(['export', 'northshire.yaml', '--no-formula-guard'], { cwd: dir })).stdout);
    expect(trusted.rows.find((row) => row.kind === 'statement')!.text!.startsWith('=HYPERLINK')).toBe(true);
  });
});

describe('vawg export, other formats', () => {
  it('json and jsonl hold the same rows, with typed values', async () => {
    const json = JSON.parse((await runCli(['export', 'kent', '--format', 'json'])).stdout) as {
      version: number;
      rows: Record<string, unknown>[];
    };
    const lines = (await runCli(['export', 'kent', '--format', 'jsonl'])).stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(json.version).toBe(1);
    expect(lines).toEqual(json.rows);
    expect(json.rows.map((row) => `${String(row.id)} ${row.action === null ? '' : String(row.action)}`)).toEqual(
      expectedRows.filter((row) => row.startsWith('kent-')),
    );
    expect(json.rows[0]).toMatchObject({ line: expect.any(Number), section: expect.any(Array), page: null, review: expect.any(Boolean) });
  });

  it('parquet, written with -o and read back by another reader with the same rows and typed columns', async () => {
    const dir = workspace();
    expect((await runCli(['export', '--bundled', '--format', 'parquet'], { cwd: dir })).stderr).toBe(
      'vawg: parquet is binary: write it to a file with -o FILE\n',
    );
    const run = await runCli(['export', '--bundled', '--format', 'parquet', '-o', 'commitments.parquet'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    const bytes = readFileSync(path.join(dir, 'commitments.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows.map((row) => `${String(row.id)} ${row.action === null || row.action === undefined ? '' : String(row.action)}`)).toEqual(
      expectedRows,
    );
    const types = Object.fromEntries(
      parquetMetadata(file)
        .schema.slice(1)
        .map((element) => [element.name, element.type]),
    );
    expect(types).toMatchObject({ line: 'INT32', confidence: 'DOUBLE', review: 'BOOLEAN', text: 'BYTE_ARRAY' });
    const again = await runCli(['export', '--bundled', '--format', 'parquet', '-o', 'again.parquet'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(dir, 'again.parquet')).equals(bytes)).toBe(true);
  });

  it('-o never writes over one of its own inputs', async () => {
    const dir = workspace({ 'kent.yaml': readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8') });
    const run = await runCli(['export', 'kent.yaml', '-o', 'kent.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kent.yaml: is one of the inputs: give -o another file, the report would replace it\n');
    expect(readFileSync(path.join(dir, 'kent.yaml'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8'));
  });
});

describe('CSV wherever a table makes sense', () => {
  it('diff, frameworks and frameworks map print tidy CSV that Python reads', async () => {
    const diff = readWithPython((await runCli(['diff', 'dorset', 'kent', '--format', 'csv'])).stdout);
    expect(diff.header).toEqual([
      'action',
      'status_a',
      'status_b',
      'kind',
      'similarity',
      'a_id',
      'a_source',
      'a_line',
      'a_text',
      'b_id',
      'b_source',
      'b_line',
      'b_text',
    ]);
    expect(
      diff.rows.some((row) => row.kind === 'only-a' && row.a_source === 'strategies/sources/dorset.txt' && /^\d+$/.test(row.a_line!)),
    ).toBe(true);
    const list = readWithPython((await runCli(['frameworks', '--format', 'csv'])).stdout);
    expect(list.rows.map((row) => `${row.kind} ${row.id}`)).toContain('catalog npcc-vawg-2021');
    const detail = readWithPython((await runCli(['frameworks', 'show', 'npcc-vawg-2021', '--format', 'csv'])).stdout);
    expect(detail.rows.map((row) => row.action)).toHaveLength(9);
    const map = readWithPython((await runCli(['frameworks', 'map', 'npcc-vawg-2021', 'npcc-vawg-2024', '--format', 'csv'])).stdout);
    expect(map.rows.every((row) => row.source_framework === 'npcc-vawg-2021' && row.relation !== '')).toBe(true);
  });
});
