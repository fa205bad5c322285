import { describe, expect, it } from 'vitest';
import { assessCoverage } from '../../src/assess/coverage.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { frameworkActions, type Commitment, type CommitmentDocument, type Strength } from '../../src/model/index.ts';
import { FRAMEWORK_DETAIL_FORMATTERS } from '../../src/report/frameworks/detail.ts';
import { FRAMEWORK_LIST_FORMATTERS } from '../../src/report/frameworks/list.ts';
import { formatGapsCsv } from '../../src/report/gaps/csv.ts';
import { GAPS_FORMATTERS } from '../../src/report/gaps/index.ts';
import { formatGapsJson } from '../../src/report/gaps/json.ts';
import { formatGapsMarkdown } from '../../src/report/gaps/markdown.ts';
import { formatGapsTable } from '../../src/report/gaps/table.ts';
import { percent, shouldColor, statusLabel } from '../../src/report/style.ts';

const ANSI = /\u001b\[/;
/** The report every gaps formatter takes (named without depending on where its type lives). */
type GapsReport = Parameters<typeof formatGapsJson>[0];
const framework = loadFramework('npcc-vawg-2021');
const ACTION_IDS = frameworkActions(framework).map((action) => action.id);

function mapped(id: string, strength: Strength, action: string, confidence: number, review = false): Commitment {
  return {
    id,
    text: `Commitment ${id}.`,
    section: [],
    position: { line: 1, column: 1 },
    strength,
    actions: [{ id: action, confidence, by: 'auto', ...(review ? { review: true } : {}) }],
  };
}

function documentOf(name: string, slug: string, commitments: Commitment[]): CommitmentDocument {
  return {
    version: 1,
    force: { name, slug },
    document: { title: 't', source: `${slug}.md`, sha256: 'a'.repeat(64), format: 'markdown' },
    framework: framework.id,
    commitments,
    warnings: [],
  };
}

// Kent: one covered action with two pieces of evidence (one flagged for review), one partial, the rest gaps.
// The second force has a comma and quotes in its name to exercise CSV quoting.
const kent = documentOf('Kent Police', 'kent', [
  mapped('kent-1', 'firm', 'trust.police-perpetrated-abuse', 0.9),
  mapped('kent-2', 'ongoing', 'trust.police-perpetrated-abuse', 0.55, true),
  mapped('kent-3', 'aspirational', 'spaces.dangerous-places', 0.9),
]);
const odd = documentOf('Odd, "Quoted" Constabulary', 'odd', [mapped('odd-1', 'firm', 'pursuit.police-powers', 0.7)]);

const report: GapsReport = {
  framework,
  forces: [assessCoverage(kent, framework, 'strategies/kent.yaml'), assessCoverage(odd, framework, 'strategies/odd.yaml')],
};

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('gaps as CSV', () => {
  const rows = readCsv(formatGapsCsv(report));
  const [header, ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]])));

  it('has a header and one row per force and action', () => {
    expect(header).toEqual([
      'force',
      'force_name',
      'file',
      'framework',
      'pillar',
      'action',
      'status',
      'evidence_count',
      'weak_count',
      'evidence_ids',
      'weak_ids',
      'review_count',
      'review_ids',
      'through',
      'relations',
    ]);
    expect(body).toHaveLength(2 * 9);
    expect(body.every((row) => row.length === header!.length)).toBe(true);
    expect(records.map((record) => `${record.force}/${record.action}`)).toEqual([
      ...ACTION_IDS.map((id) => `kent/${id}`),
      ...ACTION_IDS.map((id) => `odd/${id}`),
    ]);
  });

  it('reads back with the statuses, counts and ids of the report', () => {
    const row = (force: string, action: string): Record<string, string | undefined> =>
      records.find((record) => record.force === force && record.action === action)!;
    expect(row('kent', 'trust.police-perpetrated-abuse')).toMatchObject({
      force_name: 'Kent Police',
      file: 'strategies/kent.yaml',
      framework: 'npcc-vawg-2021',
      pillar: 'trust',
      status: 'covered',
      evidence_count: '2',
      weak_count: '0',
      evidence_ids: 'kent-1 kent-2',
      weak_ids: '',
      review_count: '1',
      review_ids: 'kent-2',
    });
    expect(row('kent', 'spaces.dangerous-places')).toMatchObject({
      status: 'partial',
      evidence_count: '0',
      weak_count: '1',
      weak_ids: 'kent-3',
    });
    expect(row('kent', 'trust.capability')).toMatchObject({ status: 'gap', evidence_ids: '', weak_ids: '' });
    expect(row('odd', 'pursuit.police-powers')).toMatchObject({ status: 'covered', evidence_ids: 'odd-1' });
  });

  it('quotes a force name holding a comma and quotes, so it reads back whole', () => {
    expect(new Set(records.filter((record) => record.force === 'odd').map((record) => record.force_name))).toEqual(
      new Set(['Odd, "Quoted" Constabulary']),
    );
  });
});

describe('gaps as JSON', () => {
  const json = JSON.parse(formatGapsJson(report)) as {
    version: number;
    framework: { id: string; title: string };
    forces: {
      force: { slug: string };
      overall: { covered: number; partial: number; gap: number; total: number };
      actions: { id: string; status: string; evidence: string[] }[];
    }[];
  };

  it('is versioned and names the framework', () => {
    expect(json.version).toBe(1);
    expect(json.framework).toEqual({ id: 'npcc-vawg-2021', title: framework.title });
  });

  it('holds every force with all nine actions and the tallies', () => {
    expect(json.forces.map((force) => force.force.slug)).toEqual(['kent', 'odd']);
    expect(json.forces[0]!.actions.map((action) => action.id)).toEqual(ACTION_IDS);
    expect(json.forces[0]!.overall).toMatchObject({ covered: 1, partial: 1, gap: 7, total: 9 });
    expect(json.forces[0]!.actions[0]).toMatchObject({
      id: 'trust.police-perpetrated-abuse',
      status: 'covered',
      evidence: ['kent-1', 'kent-2'],
    });
  });

  it("does not leak the catalog's file path", () => {
    expect(formatGapsJson(report)).not.toContain(framework.path);
  });
});

describe('gaps as a table', () => {
  it('has no ANSI codes without colour, and text marks for every status', () => {
    const table = formatGapsTable(report, { color: false, detail: true });
    expect(table).not.toMatch(ANSI);
    expect(table).toContain('✔ covered');
    expect(table).toContain('◐ partial');
    expect(table).toContain('✘ gap');
  });

  it('names each force and its coverage, and lists what to close with guidance', () => {
    const table = formatGapsTable(report, { color: false, detail: true });
    expect(table).toContain('Kent Police');
    expect(table).toContain('coverage 1/9 (11%)');
    expect(table).toContain('To close:');
    const capability = frameworkActions(framework).find((action) => action.id === 'trust.capability')!;
    expect(table).toContain(`✘ gap trust.capability: ${capability.title}`);
    expect(table).toContain(capability.summary.trim());
    expect(table).not.toMatch(/✔ covered trust\.police-perpetrated-abuse:/);
    expect(table).toContain('kent-1 (+1)');
  });

  it('shows how many flagged mappings each status rests on, per action and per force', () => {
    const table = formatGapsTable(report, { color: false, detail: true });
    expect(table).toContain('✔ covered (1 of 2 to review)');
    expect(table).toContain('to review: 1 behind covered, 0 behind partial');
    expect(table).toContain('no mapping to review');
  });

  it('colours statuses when colour is on', () => {
    const table = formatGapsTable(report, { color: true });
    expect(table).toMatch(ANSI);
    expect(table.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatGapsTable(report, { color: false }));
  });
});

describe('gaps as markdown', () => {
  const markdown = formatGapsMarkdown(report);

  it('has a section per force, a row per action and the open actions to close', () => {
    expect(markdown.startsWith(`# Coverage against ${framework.title} (npcc-vawg-2021)\n`)).toBe(true);
    expect(markdown).toContain('## Kent Police');
    expect(markdown).toContain('| `trust.police-perpetrated-abuse` | ✔ covered (1 of 2 to review) | kent-1 (+1) |');
    expect(markdown).toContain('to review: 1 behind covered, 0 behind partial.');
    expect(markdown).toContain('| `spaces.dangerous-places` | ◐ partial | kent-3 |');
    expect(markdown).toContain('### To close');
    expect(markdown).not.toMatch(ANSI);
    for (const id of ACTION_IDS) expect(markdown.split(`| \`${id}\` |`).length - 1, id).toBe(2);
  });
});

describe('formatter registry and helpers', () => {
  it('offers table, json, markdown and csv', () => {
    expect(Object.keys(GAPS_FORMATTERS).sort()).toEqual(['csv', 'json', 'markdown', 'table']);
  });

  it('statusLabel and percent', () => {
    expect(statusLabel('partial', { color: false })).toBe('◐ partial');
    expect(statusLabel('gap', { color: true })).toMatch(ANSI);
    expect(percent(0.5556)).toBe('56%');
    expect(percent(0)).toBe('0%');
  });

  it("shouldColor follows Node's detection: NO_COLOR, FORCE_COLOR, TERM, and a terminal otherwise", () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(shouldColor(tty, { TERM: 'xterm-256color' })).toBe(true);
    expect(shouldColor(tty, { TERM: 'xterm-256color', NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(pipe, { TERM: 'xterm-256color' })).toBe(false);
    expect(shouldColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(tty, { TERM: 'xterm-256color', FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(shouldColor(tty, { TERM: 'xterm-256color', NODE_DISABLE_COLORS: '1' })).toBe(false);
  });
});

describe('framework formatters', () => {
  it('list as JSON: one summary per catalog with shape, counts, version and hash', () => {
    expect(JSON.parse(FRAMEWORK_LIST_FORMATTERS.json!({ catalogs: [framework], crosswalks: [] }, { color: false }))).toEqual({
      version: 1,
      catalogs: [
        {
          id: 'npcc-vawg-2021',
          title: framework.title,
          publisher: framework.publisher,
          published: '2021-12-15',
          status: framework.status,
          version: framework.version,
          shape: 'pillars',
          pillars: 3,
          actions: 9,
          sha256: framework.sha256,
        },
      ],
      crosswalks: [],
    });
  });

  it('detail as JSON: the catalog without its file path', () => {
    const detail = JSON.parse(FRAMEWORK_DETAIL_FORMATTERS.json!(framework, { color: false })) as {
      id: string;
      path?: string;
      pillars: unknown[];
    };
    expect(detail.id).toBe('npcc-vawg-2021');
    expect(detail).not.toHaveProperty('path');
    expect(detail.pillars).toHaveLength(3);
  });

  it('detail as a table lists every action without colour codes', () => {
    const table = FRAMEWORK_DETAIL_FORMATTERS.table!(framework, { color: false });
    expect(table).not.toMatch(ANSI);
    for (const id of ACTION_IDS) expect(table).toContain(id);
  });
});
