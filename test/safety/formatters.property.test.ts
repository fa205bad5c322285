/**
 * Every formatter, fed arbitrary strings (controls, line breaks, `::` workflow commands, `|`,
 * `<script>`, `=cmd`) wherever document or user text reaches it, still writes output that parses
 * in its own format, and no line starts with `::` unless the formatter put it there. The
 * formatters are called directly, 1,000 runs per format.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import type { Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/assess/diff.ts';
import type {
  CarryingRelation,
  Commitment,
  CommitmentDocument,
  CoverageStatus,
  CoverageThrough,
  Crosswalk,
  ForceCoverage,
  Framework,
  MappingRelation,
} from '../../src/model/index.ts';
import { CHECK_FORMATTERS, type CheckReport } from '../../src/report/check/index.ts';
import { COMPARE_FORMATTERS } from '../../src/report/compare/index.ts';
import type { CoverageReport } from '../../src/report/coverage-report.ts';
import { DIFF_FORMATTERS } from '../../src/report/diff/index.ts';
import { formatExplanation } from '../../src/report/explain.ts';
import { FRAMEWORK_CHECK_FORMATTERS, type CheckedFile } from '../../src/report/frameworks/check.ts';
import { CROSSWALK_FORMATTERS, type CrosswalkView } from '../../src/report/frameworks/crosswalk.ts';
import { FRAMEWORK_DETAIL_FORMATTERS } from '../../src/report/frameworks/detail.ts';
import { FRAMEWORK_LIST_FORMATTERS } from '../../src/report/frameworks/list.ts';
import { GAPS_FORMATTERS } from '../../src/report/gaps/index.ts';
import { sarifValidator } from '../helpers/sarif.ts';

const RUNS = { numRuns: 1000 };
/** A line GitHub's runner reads as a workflow command: `::` first after spaces (it trims them). */
const COMMAND_LINE = /^\s*::/m;
const options = { color: false };

const NASTY = [
  '\n::error file=x.md,line=1::injected',
  '\r\n::add-mask::secret',
  '::warning::at the start',
  '|',
  ' | a | b |',
  '<script>alert(1)</script>',
  '</style><img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '# heading',
  '\n## heading',
  '\u001b[31mred\u001b[0m',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u009b31m',
  '\u0000\u0008\u007f',
  '\ud800',
  '\ufffe',
  '`code`',
  '**bold**',
  '&amp;',
];

/** Arbitrary text, mixed with the strings that attack each format. */
const text = fc
  .array(fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...NASTY)), { maxLength: 3 })
  .map((parts) => parts.join(''));

const status = fc.constantFrom('covered', 'partial', 'gap' as const);
const carrying = fc.constantFrom<CarryingRelation>('equivalent-to', 'subset-of', 'superset-of', 'intersects-with');
const relation = fc.constantFrom<MappingRelation>('equivalent-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship');
const optional = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(value, { nil: undefined });

/** A catalog of pillars holding actions, or (`items`) one level of items held as one implicit pillar. */
const framework = fc
  .record({
    id: text,
    title: text,
    short: optional(text),
    publisher: text,
    version: optional(text),
    provenance: optional(fc.record({ basis: text, notPublic: fc.array(text, { maxLength: 2 }) })),
    items: fc.boolean(),
    pillars: fc.array(
      fc.record({
        id: text,
        title: text,
        summary: text,
        actions: fc.array(fc.record({ id: text, title: text, summary: text }), { minLength: 1, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map((shape): Framework => {
    const pillars = shape.pillars.map((pillar, p) => ({
      id: `${pillar.id}${p}`,
      title: pillar.title,
      summary: pillar.summary,
      indicators: [],
      actions: pillar.actions.map((action, a) => ({
        id: `${pillar.id}${p}.${action.id}${a}`,
        pillar: `${pillar.id}${p}`,
        title: action.title,
        summary: action.summary,
        indicators: [],
      })),
    }));
    const items = {
      id: shape.id,
      title: shape.title,
      summary: '',
      indicators: [],
      implicit: true,
      actions: pillars.flatMap((pillar) => pillar.actions).map((action) => ({ ...action, pillar: shape.id })),
    };
    return {
      id: shape.id,
      title: shape.title,
      ...(shape.short === undefined ? {} : { short: shape.short }),
      publisher: shape.publisher,
      published: '2021',
      status: 'published',
      ...(shape.version === undefined ? {} : { version: shape.version }),
      ...(shape.provenance === undefined ? {} : { provenance: shape.provenance }),
      sources: [],
      path: '/x.yaml',
      shape: shape.items ? 'items' : 'pillars',
      pillars: shape.items ? [items] : pillars,
      sha256: 'ab'.repeat(32),
    };
  });

/** How a force read through a crosswalk got there: the framework and crosswalk ids come from files. */
const through = optional(fc.record({ framework: text, crosswalk: text, reversed: fc.boolean() }));

function forceCoverage(
  catalog: Framework,
  name: string,
  file: string,
  ids: string[],
  statuses: ('covered' | 'partial' | 'gap')[],
  guidance: string,
  via: CoverageThrough | undefined,
  relations: CarryingRelation[],
): ForceCoverage {
  const actions = catalog.pillars.flatMap((pillar) => pillar.actions.map((action) => ({ action, pillar })));
  const tally = { covered: 1, partial: 0, gap: 0, total: 1, ratio: 1 };
  return {
    force: { name, slug: name.slice(0, 6) },
    file,
    framework: catalog.id,
    commitments: ids.length,
    overall: tally,
    pillars: catalog.pillars.map((pillar) => ({
      ...tally,
      id: pillar.id,
      title: pillar.title,
      pillarOnly: ids.slice(0, 1),
      ...(pillar.implicit ? { implicit: true } : {}),
    })),
    actions: actions.map(({ action, pillar }, index) => ({
      id: action.id,
      pillar: pillar.id,
      title: action.title,
      status: statuses[index % statuses.length] ?? 'gap',
      evidence: ids,
      weak: ids.slice(1),
      review: ids.slice(0, 1),
      guidance,
      ...(via
        ? {
            carried: relations.map((relation, r) => ({
              commitment: ids[0] ?? '',
              from: ids[r % ids.length] ?? '',
              relation,
              covers: false,
            })),
            ceiling: statuses[(index + 1) % statuses.length] ?? 'partial',
          }
        : {}),
    })),
    warnings: 0,
    review: { covered: 1, partial: 0 },
    ...(via ? { through: via } : {}),
  };
}

const coverage = framework.chain((catalog) =>
  fc
    .array(
      fc.tuple(
        text,
        text,
        fc.array(text, { minLength: 1, maxLength: 2 }),
        fc.array(status, { minLength: 1, maxLength: 3 }),
        text,
        through,
        fc.array(carrying, { maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 2 },
    )
    .map((forces): CoverageReport => ({
      framework: catalog,
      forces: forces.map(([name, file, ids, statuses, guidance, via, relations]) =>
        forceCoverage(catalog, name, file, ids, statuses, guidance, via, relations),
      ),
    })),
);

const checkReport = fc
  .record({
    files: fc.array(
      fc.record({
        file: text,
        findings: fc.array(
          fc.record({
            rule: text,
            severity: fc.constantFrom('error', 'warning' as const),
            message: text,
            line: fc.integer({ min: 1, max: 10_000_000 }),
            column: fc.integer({ min: 1, max: 10_000_000 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    rules: fc.array(fc.record({ id: text, description: text, setting: fc.constantFrom('error', 'warning', 'off' as const) }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map((shape): CheckReport => {
    const rules = shape.rules.map((rule, index) => ({ ...rule, id: `${rule.id}${index}` }));
    return {
      failOn: 'error',
      toolVersion: '0.1.0',
      rules,
      files: shape.files.map((entry) => ({
        file: entry.file,
        findings: entry.findings.map((finding, index) => ({ ...finding, rule: rules[index % rules.length]!.id, file: entry.file })),
      })),
    };
  });

/** A crosswalk from one arbitrary catalog to another, with arbitrary ids and rationales, and a reach for each target action. */
const crosswalkView = fc
  .record({
    source: framework,
    target: framework,
    id: text,
    title: optional(text),
    version: optional(text),
    entries: fc.array(fc.record({ source: text, relation, target: text, rationale: text }), { maxLength: 3 }),
    reversed: fc.boolean(),
    reach: fc.array(status, { minLength: 1, maxLength: 3 }),
  })
  .map((shape): CrosswalkView => {
    const crosswalk: Crosswalk = {
      id: shape.id,
      ...(shape.title === undefined ? {} : { title: shape.title }),
      ...(shape.version === undefined ? {} : { version: shape.version }),
      source: shape.source.id,
      target: shape.target.id,
      entries: shape.entries,
      reversed: shape.reversed,
      path: '/c.yaml',
      sha256: 'cd'.repeat(32),
    };
    const ids = shape.target.pillars.flatMap((pillar) => pillar.actions.map((action) => action.id));
    const ceiling = new Map<string, CoverageStatus>(ids.map((id, index) => [id, shape.reach[index % shape.reach.length] ?? 'gap']));
    return { crosswalk, source: shape.source, target: shape.target, ceiling };
  });

/** What checking catalog and crosswalk files found: file names and messages quote the files. */
const checkedFiles = fc.array(
  fc.record({
    file: text,
    kind: fc.constantFrom('catalog', 'crosswalk', 'unreadable' as const),
    valid: fc.boolean(),
    findings: fc.array(
      fc.record({
        rule: text,
        severity: fc.constantFrom('error', 'warning' as const),
        message: text,
        file: text,
        line: fc.integer({ min: 1, max: 10_000_000 }),
        column: fc.integer({ min: 1, max: 10_000_000 }),
      }),
      { maxLength: 3 },
    ),
  }),
  { minLength: 1, maxLength: 3 },
);

const diffCommitment = fc.record({ id: text, line: fc.integer({ min: 1, max: 10_000_000 }), text });
const diffReport = fc
  .record({
    framework: fc.record({ id: text, title: text }),
    a: fc.record({ force: fc.record({ name: text, slug: text }), file: text }),
    b: fc.record({ force: fc.record({ name: text, slug: text }), file: text }),
    actions: fc.array(
      fc.record({
        id: text,
        pillar: text,
        title: text,
        statusA: status,
        statusB: status,
        aligned: fc.array(fc.record({ a: diffCommitment, b: diffCommitment, similarity: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 2,
        }),
        onlyA: fc.array(diffCommitment, { maxLength: 2 }),
        onlyB: fc.array(diffCommitment, { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    versions: fc.option(
      fc.record({
        unchanged: fc.nat(5),
        added: fc.array(diffCommitment, { maxLength: 2 }),
        removed: fc.array(diffCommitment, { maxLength: 2 }),
        reworded: fc.array(
          fc.record({
            a: diffCommitment,
            b: diffCommitment,
            similarity: fc.double({ min: 0, max: 1, noNaN: true }),
            words: fc.array(fc.record({ value: text, added: fc.boolean(), removed: fc.boolean() }), { maxLength: 3 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map((shape): DiffReport => {
    const { versions, ...rest } = shape;
    return versions === undefined ? rest : { ...rest, versions };
  });

const commitment = fc
  .record({
    id: text,
    text,
    section: fc.array(text, { maxLength: 2 }),
    note: text,
    phrase: text,
    matchId: text,
    matchNote: text,
    initiatives: fc.array(text, { maxLength: 2 }),
  })
  .map((shape): Commitment => ({
    id: shape.id,
    text: shape.text,
    section: shape.section,
    position: { line: 3, column: 1 },
    strength: 'firm',
    note: shape.note,
    initiatives: shape.initiatives,
    actions: [
      {
        id: shape.matchId,
        confidence: 0.5,
        by: 'auto',
        note: shape.matchNote,
        evidence: [{ in: 'text', phrase: shape.phrase, weight: 1 }],
      },
    ],
    rejected: [{ id: shape.matchId, note: shape.matchNote }],
  }));

/** Text output for people: no control character but the line feed, and no line that starts a workflow command. */
function expectSafeText(output: string): void {
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  expect(output).not.toMatch(COMMAND_LINE);
}

/** micromark and mdast extensions for GFM tables, made once. */
const GFM_TABLES = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/** Markdown output: the tables, headings and no raw HTML or links beyond what the formatter wrote. */
function markdownShape(output: string): { headings: number; tables: number[][]; html: number; links: number } {
  const tree: Root = fromMarkdown(output, GFM_TABLES);
  const shape = { headings: 0, tables: [] as number[][], html: 0, links: 0 };
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') shape.headings += 1;
    if (node.type === 'html') shape.html += 1;
    if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'definition') shape.links += 1;
    if (node.type === 'table') shape.tables.push((node as Table).children.map((row) => row.children.length));
    if ('children' in node) stack.push(...[...(node.children as RootContent[])].reverse());
  }
  expect(output).not.toMatch(COMMAND_LINE);
  return shape;
}

function expectCsv(output: string, rows: number, guarded: string[]): void {
  const records = parseCsv(output, { columns: true, relax_quotes: false }) as Record<string, string>[];
  expect(records).toHaveLength(rows);
  for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  for (const value of guarded) {
    const cells = records.flatMap((record) => Object.values(record));
    // As written to a UTF-8 file (a lone surrogate becomes U+FFFD), with no line a workflow command.
    const written = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    const guarded = /^[=+\-@\t\r]/.test(written) ? `'${written}` : written;
    // Inside a cell, a line break followed by `::` gets a word joiner before the `::`; so does the cell's start when it starts a row.
    const inner = guarded.replace(/([\n\r\u2028\u2029][^\S\n]*)::/g, '$1\u2060::');
    const forms = [guarded, inner, inner.replace(/^([^\S\n]*)::/, '$1\u2060::')];
    expect(forms.some((form) => cells.includes(form))).toBe(true);
  }
}

const actionCount = (report: CoverageReport): number => report.framework.pillars.reduce((sum, pillar) => sum + pillar.actions.length, 0);

describe('gaps formatters on arbitrary text', () => {
  it('table', () =>
    fc.assert(
      fc.property(coverage, (report) => void expectSafeText(GAPS_FORMATTERS.table!(report, options))),
      RUNS,
    ));
  it('json', () =>
    fc.assert(
      fc.property(coverage, (report) => {
        const parsed = JSON.parse(GAPS_FORMATTERS.json!(report, options)) as { forces: ForceCoverage[] };
        expect(parsed.forces.map((force) => force.force.name)).toEqual(report.forces.map((force) => force.force.name));
      }),
      RUNS,
    ));
  it('markdown', () =>
    fc.assert(
      fc.property(coverage, (report) => {
        const shape = markdownShape(GAPS_FORMATTERS.markdown!(report, options));
        const open = report.forces.filter((force) => force.actions.some((action) => action.status !== 'covered')).length;
        expect(shape).toEqual({
          headings: 1 + report.forces.length + open,
          tables: report.forces.map((force) =>
            Array(1 + report.framework.pillars.length + actionCount(report)).fill(force.through ? 4 : 3),
          ),
          html: 0,
          links: 0,
        });
      }),
      RUNS,
    ));
  it('csv', () =>
    fc.assert(
      fc.property(coverage, (report) =>
        expectCsv(
          GAPS_FORMATTERS.csv!(report, options),
          report.forces.length * actionCount(report),
          report.forces.flatMap((force) => [force.force.name, ...(force.through ? [force.through.framework] : [])]),
        ),
      ),
      RUNS,
    ));
});

describe('compare formatters on arbitrary text', () => {
  it('table', () =>
    fc.assert(
      fc.property(coverage, (report) => void expectSafeText(COMPARE_FORMATTERS.table!(report, options))),
      RUNS,
    ));
  it('json', () =>
    fc.assert(
      fc.property(coverage, (report) => {
        expect(() => JSON.parse(COMPARE_FORMATTERS.json!(report, options))).not.toThrow();
      }),
      RUNS,
    ));
  it('markdown', () =>
    fc.assert(
      fc.property(coverage, (report) => {
        const shape = markdownShape(COMPARE_FORMATTERS.markdown!(report, options));
        const rows = 2 + report.framework.pillars.length + actionCount(report);
        expect(shape).toEqual({ headings: 1, tables: [Array(rows).fill(1 + report.forces.length)], html: 0, links: 0 });
      }),
      RUNS,
    ));
  it('csv', () =>
    fc.assert(
      fc.property(coverage, (report) =>
        expectCsv(
          COMPARE_FORMATTERS.csv!(report, options),
          report.forces.length * actionCount(report),
          report.forces.map((force) => force.file),
        ),
      ),
      RUNS,
    ));
});

describe('diff formatters on arbitrary text', () => {
  it('table', () =>
    fc.assert(
      fc.property(diffReport, (report) => void expectSafeText(DIFF_FORMATTERS.table!(report, options))),
      RUNS,
    ));
  it('json', () =>
    fc.assert(
      fc.property(diffReport, (report) => {
        expect(() => JSON.parse(DIFF_FORMATTERS.json!(report, options))).not.toThrow();
      }),
      RUNS,
    ));
  it('markdown', () =>
    fc.assert(
      fc.property(diffReport, (report) => {
        const shape = markdownShape(DIFF_FORMATTERS.markdown!(report, options));
        const sections = report.actions.filter((action) => action.aligned.length + action.onlyA.length + action.onlyB.length > 0).length;
        expect(shape).toEqual({
          headings: 1 + sections + (report.versions ? 1 : 0),
          tables: [Array(1 + report.actions.length).fill(6)],
          html: 0,
          links: 0,
        });
      }),
      RUNS,
    ));
});

describe('check formatters on arbitrary text', () => {
  const validate = sarifValidator();
  it('stylish', () =>
    fc.assert(
      fc.property(checkReport, (report) => void expectSafeText(CHECK_FORMATTERS.stylish!(report, options))),
      RUNS,
    ));
  it('json', () =>
    fc.assert(
      fc.property(checkReport, (report) => {
        expect(() => JSON.parse(CHECK_FORMATTERS.json!(report, options))).not.toThrow();
      }),
      RUNS,
    ));
  it('sarif', () =>
    fc.assert(
      fc.property(checkReport, (report) => {
        const log: unknown = JSON.parse(CHECK_FORMATTERS.sarif!(report, options));
        expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      }),
      RUNS,
    ));
  it('junit', () =>
    fc.assert(
      fc.property(checkReport, (report) => {
        const output = CHECK_FORMATTERS.junit!(report, options);
        expect(XMLValidator.validate(output)).toBe(true);
        expect(output).not.toMatch(COMMAND_LINE);
      }),
      RUNS,
    ));
  it('github: one workflow command per finding, each on its own line', () =>
    fc.assert(
      fc.property(checkReport, (report) => {
        const lines = CHECK_FORMATTERS.github!(report, options)
          .split('\n')
          .filter((line) => line !== '');
        expect(lines).toHaveLength(report.files.reduce((sum, entry) => sum + entry.findings.length, 0));
        for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:]*,line=\d+,col=\d+,title=[^:]*::[^\r\n]*$/);
      }),
      RUNS,
    ));
});

describe('explain and frameworks formatters on arbitrary text', () => {
  const document = (name: string): CommitmentDocument => ({
    version: 1,
    force: { name, slug: 'x' },
    document: { title: name, source: 'x.md', sha256: '0'.repeat(64), format: 'markdown' },
    framework: 'x',
    commitments: [],
    warnings: [],
  });
  it('explain', () =>
    fc.assert(
      fc.property(commitment, framework, text, (item, catalog, source) =>
        expectSafeText(formatExplanation(item, document(source), catalog, { ...options, sourcePath: source })),
      ),
      RUNS,
    ));
  it('frameworks table', () =>
    fc.assert(
      fc.property(framework, crosswalkView, (catalog, view) => {
        expectSafeText(FRAMEWORK_DETAIL_FORMATTERS.table!(catalog, options));
        expectSafeText(FRAMEWORK_LIST_FORMATTERS.table!({ catalogs: [catalog], crosswalks: [view.crosswalk] }, options));
      }),
      RUNS,
    ));
  it('frameworks markdown', () =>
    fc.assert(
      fc.property(framework, crosswalkView, (catalog, view) => {
        const detail = markdownShape(FRAMEWORK_DETAIL_FORMATTERS.markdown!(catalog, options));
        expect(detail).toEqual({
          headings: 1 + catalog.pillars.filter((pillar) => !pillar.implicit).length,
          tables: catalog.pillars.map((pillar) => Array(1 + pillar.actions.length).fill(3)),
          html: 0,
          links: 0,
        });
        expect(markdownShape(FRAMEWORK_LIST_FORMATTERS.markdown!({ catalogs: [catalog], crosswalks: [view.crosswalk] }, options))).toEqual({
          headings: 0,
          tables: [
            [7, 7],
            [6, 6],
          ],
          html: 0,
          links: 0,
        });
      }),
      RUNS,
    ));
  it('frameworks json', () =>
    fc.assert(
      fc.property(framework, crosswalkView, (catalog, view) => {
        expect(() => JSON.parse(FRAMEWORK_DETAIL_FORMATTERS.json!(catalog, options))).not.toThrow();
        expect(() =>
          JSON.parse(FRAMEWORK_LIST_FORMATTERS.json!({ catalogs: [catalog], crosswalks: [view.crosswalk] }, options)),
        ).not.toThrow();
      }),
      RUNS,
    ));
});

describe('crosswalk and catalog check formatters on arbitrary text', () => {
  const targetActions = (view: CrosswalkView): number => view.target.pillars.reduce((sum, pillar) => sum + pillar.actions.length, 0);
  it('map table', () =>
    fc.assert(
      fc.property(crosswalkView, (view) => void expectSafeText(CROSSWALK_FORMATTERS.table!(view, options))),
      RUNS,
    ));
  it('map markdown', () =>
    fc.assert(
      fc.property(crosswalkView, (view) => {
        expect(markdownShape(CROSSWALK_FORMATTERS.markdown!(view, options))).toEqual({
          headings: 1,
          tables: [Array(1 + view.crosswalk.entries.length).fill(4), Array(1 + targetActions(view)).fill(2)],
          html: 0,
          links: 0,
        });
      }),
      RUNS,
    ));
  it('map json', () =>
    fc.assert(
      fc.property(crosswalkView, (view) => {
        const parsed = JSON.parse(CROSSWALK_FORMATTERS.json!(view, options)) as { mappings: unknown[] };
        expect(parsed.mappings).toEqual(view.crosswalk.entries);
      }),
      RUNS,
    ));
  it('check text: one line per finding and a summary', () =>
    fc.assert(
      fc.property(checkedFiles, (checked: CheckedFile[]) => {
        const output = FRAMEWORK_CHECK_FORMATTERS.text!(checked, options);
        expectSafeText(output);
        const findings = checked.reduce((sum, entry) => sum + entry.findings.length, 0);
        expect(output.split('\n')).toHaveLength(findings + 2);
      }),
      RUNS,
    ));
  it('check json', () =>
    fc.assert(
      fc.property(checkedFiles, (checked: CheckedFile[]) => {
        const parsed = JSON.parse(FRAMEWORK_CHECK_FORMATTERS.json!(checked, options)) as { files: CheckedFile[] };
        expect(parsed.files.map((entry) => entry.findings.length)).toEqual(checked.map((entry) => entry.findings.length));
      }),
      RUNS,
    ));
});
