import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledFrameworkIds, inspectCatalog, loadFramework, resolveFrameworkFile } from '../../src/io/catalog.ts';
import { scaffoldCatalog } from '../../src/io/catalog-scaffold.ts';
import { VawgError } from '../../src/io/errors.ts';
import { frameworkActions, mappableIds, type Framework, type Indicator } from '../../src/model/index.ts';
import { stemsOf } from '../../src/text/tokens.ts';
import { LATER_COINCIDENCES } from '../helpers/vocabulary-coincidences.ts';
import { ROOT } from '../helpers/cli.ts';
import { lineOf, SOURCE_CATALOG, TARGET_CATALOG, tempFolder, writeIn } from './helpers.ts';

const NEW_CATALOGS = ['npcc-vawg-2024', 'hmicfrs-vawg-2021'];

function vocabulary(framework: Framework): Indicator[] {
  return [
    ...(framework.indicators ?? []),
    ...framework.pillars.flatMap((pillar) => [...pillar.indicators, ...pillar.actions.flatMap((action) => action.indicators)]),
  ];
}

function thrown(action: () => unknown): VawgError {
  try {
    action();
  } catch (error) {
    if (error instanceof VawgError) return error;
    throw error;
  }
  throw new Error('expected a VawgError');
}

describe('the bundled catalogs', () => {
  it('are the 2021 and 2024 NPCC frameworks and the inspectorate recommendations', () => {
    expect(bundledFrameworkIds()).toEqual(['hmicfrs-vawg-2021', 'npcc-vawg-2021', 'npcc-vawg-2024']);
  });

  it('npcc-vawg-2024 holds the five areas with the ids of the framework notes, as one level', () => {
    const framework = loadFramework('npcc-vawg-2024');
    expect(framework.shape).toBe('items');
    expect(frameworkActions(framework).map((action) => action.id)).toEqual(['prepare', 'protect', 'pursue', 'prevent', 'trust']);
    expect(framework.pillars).toHaveLength(1);
    expect(framework.pillars[0]).toMatchObject({ id: 'npcc-vawg-2024', title: 'NPCC VAWG framework 2024', implicit: true });
  });

  it('npcc-vawg-2024 is reconstructed, says what each area is built from, and what is not public', () => {
    const framework = loadFramework('npcc-vawg-2024');
    expect(framework.status).toBe('reconstructed');
    expect(framework.version).toBe('1.1.0');
    expect(framework.provenance!.entries!.map((entry) => entry.id)).toEqual(['prepare', 'protect', 'pursue', 'prevent', 'trust']);
    expect(framework.provenance!.notPublic!.join(' ')).toMatch(/self-assessment template/);
    expect(framework.provenance!.notPublic!.join(' ')).toMatch(/outcome list/);
    for (const action of frameworkActions(framework)) {
      expect(action.summary.length).toBeGreaterThan(100);
      expect(action.scope!.length).toBeGreaterThan(100);
    }
  });

  it('hmicfrs-vawg-2021 holds r1 to r5 as one level, each recommendation cited to its report', () => {
    const framework = loadFramework('hmicfrs-vawg-2021');
    expect(frameworkActions(framework).map((action) => action.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(framework.provenance!.entries!.map((entry) => `${entry.id}:${entry.builtFrom.join(',')}`)).toEqual([
      'r1:hmicfrs-interim-2021',
      'r2:hmicfrs-interim-2021',
      'r3:hmicfrs-interim-2021',
      'r4:hmicfrs-final-2021',
      'r5:hmicfrs-final-2021',
    ]);
  });

  it('a one-level catalog maps to its items and to its implicit group (relevant to no single item)', () => {
    expect(mappableIds(loadFramework('hmicfrs-vawg-2021'))).toEqual(['hmicfrs-vawg-2021', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it.each(bundledFrameworkIds())('%s carries a version and the sha256 of its file bytes', (id) => {
    const framework = loadFramework(id);
    expect(framework.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(framework.sha256).toBe(createHash('sha256').update(readFileSync(resolveFrameworkFile(id))).digest('hex'));
    expect(inspectCatalog(resolveFrameworkFile(id)).findings).toEqual([]);
  });

  it.each(NEW_CATALOGS)('every vocabulary entry of %s says where it comes from', (id) => {
    const entries = vocabulary(loadFramework(id));
    expect(entries.length).toBeGreaterThan(60);
    expect(entries.filter((entry) => entry.source === undefined).map((entry) => entry.phrase)).toEqual([]);
  });

  it.each(NEW_CATALOGS)('no phrase of three or more words in %s is lifted from one force document', (id) => {
    const framework = loadFramework(id);
    const own = ` ${stemsOf(readFileSync(resolveFrameworkFile(id), 'utf8').replace(/^\s*- \{ phrase:.*$/gm, '')).join(' ')} `;
    const notes = ` ${stemsOf(readFileSync(path.join(ROOT, 'frameworks', 'framework-notes.md'), 'utf8')).join(' ')} `;
    const documents = [
      ...readdirSync(path.join(ROOT, 'strategies', 'sources')).filter((name) => name.endsWith('.txt')).map((name) => path.join(ROOT, 'strategies', 'sources', name)),
      ...readdirSync(path.join(ROOT, 'test', 'corpus', 'docs')).map((name) => path.join(ROOT, 'test', 'corpus', 'docs', name)),
    ].map((file) => ({ name: path.basename(file), text: ` ${stemsOf(readFileSync(file, 'utf8')).join(' ')} ` }));
    const lifted = vocabulary(framework)
      .map((entry) => ({ entry, stems: ` ${stemsOf(entry.phrase).join(' ')} ` }))
      .filter(({ entry, stems }) => {
        const holding = documents.filter((document) => document.text.includes(stems));
        return stems.trim().split(' ').length >= 3 && holding.length === 1 && holding[0]!.name !== LATER_COINCIDENCES.get(entry.phrase);
      })
      // A phrase found in one document is allowed only when it is the framework's own wording: labelled
      // framework-notes and written in the catalog's own title, summaries, scopes or notes, or in the framework notes.
      .filter(({ entry, stems }) => entry.source !== 'framework-notes' || !(own.includes(stems) || notes.includes(stems)))
      .map(({ entry }) => entry.phrase);
    expect(lifted).toEqual([]);
  });
});

describe('inspectCatalog', () => {
  const folder = tempFolder('catalogs');

  it('loads a one-level catalog with provenance and no findings', () => {
    const inspection = inspectCatalog(writeIn(folder, 'tgt.yaml', TARGET_CATALOG));
    expect(inspection.findings).toEqual([]);
    expect(inspection.framework).toMatchObject({ id: 'tgt-fw', shape: 'items', version: '2.1', status: 'reconstructed' });
  });

  it('a changed comment changes the hash', () => {
    const first = loadFramework(writeIn(folder, 'hash-a.yaml', SOURCE_CATALOG));
    const second = loadFramework(writeIn(folder, 'hash-b.yaml', `# a comment\n${SOURCE_CATALOG}`));
    expect(first.id).toBe(second.id);
    expect(first.sha256).not.toBe(second.sha256);
  });

  const extraItem = (id: string): string => `${TARGET_CATALOG}  - id: ${id}\n    title: Again\n    summary: Again.\n    indicators: [{ phrase: again, weight: 0.5, source: domain-knowledge }]\n`;

  it('a duplicate item id is an error at the second one', () => {
    const text = extraItem('eq');
    const file = writeIn(folder, 'duplicate.yaml', text);
    expect(inspectCatalog(file).findings).toEqual([
      { rule: 'duplicate-id', severity: 'error', message: 'duplicate id "eq"', file, line: lineOf(text, 'title: Again') - 1, column: 9 },
    ]);
  });

  it('an item named like the catalog clashes with its implicit group', () => {
    const text = extraItem('tgt-fw');
    const file = writeIn(folder, 'clash.yaml', text);
    const error = thrown(() => loadFramework(file));
    expect(error.message).toBe('duplicate id "tgt-fw" (the catalog\'s own id names its implicit group)');
    expect(error.location).toMatchObject({ file, line: lineOf(text, '- id: tgt-fw') });
  });

  it('a provenance entry for an unknown id, or citing an unknown source key, is an error at its place', () => {
    const text = TARGET_CATALOG.replace('    - { id: none, builtFrom: [notes] }', '    - { id: nothing, builtFrom: [nowhere] }');
    const file = writeIn(folder, 'unknown.yaml', text);
    const findings = inspectCatalog(file).findings;
    expect(findings.map((finding) => `${finding.rule}@${finding.line}:${finding.column} ${finding.message}`)).toEqual([
      `unknown-id@${lineOf(text, 'id: nothing')}:13 provenance for unknown id "nothing"`,
      `unknown-id@${lineOf(text, 'id: nothing')}:34 unknown source key "nowhere": give the source a key: under sources`,
      `provenance@${lineOf(text, '  - id: none')}:9 reconstructed catalog: no provenance entry says what "none" is built from`,
    ]);
    expect(inspectCatalog(file).framework).toBeUndefined();
  });

  it('a reconstructed catalog without provenance breaks the schema', () => {
    const text = TARGET_CATALOG.replace(/provenance:\n(?: {2}.*\n)+/, '');
    const error = thrown(() => loadFramework(writeIn(folder, 'no-provenance.yaml', text)));
    expect(error.message).toBe('invalid framework catalog: document: missing required field "provenance"');
  });

  it('a catalog with both pillars and items is refused', () => {
    const items = TARGET_CATALOG.slice(TARGET_CATALOG.indexOf('items:'));
    const text = `${SOURCE_CATALOG}${items}`;
    const findings = inspectCatalog(writeIn(folder, 'both.yaml', text)).findings;
    expect(findings.map((finding) => `${finding.rule} ${finding.line}`)).toEqual([`shape ${lineOf(text, 'items:') + 1}`]);
  });

  it('an action id outside its pillar keeps its message and place', () => {
    const text = SOURCE_CATALOG.replace('- id: p.c', '- id: q.c');
    const error = thrown(() => loadFramework(writeIn(folder, 'prefix.yaml', text)));
    expect(error.message).toBe('action id "q.c" must start with its pillar id "p."');
    expect(error.location).toMatchObject({ line: lineOf(text, 'q.c') });
  });
});

describe('scaffoldCatalog', () => {
  const folder = tempFolder('scaffold');

  it('writes a one-level catalog that loads once its date is given, with a warning for each placeholder', () => {
    const text = scaffoldCatalog({ id: 'pcc-plan', title: 'Police and Crime Plan', publisher: 'The PCC', published: '2025-04-01' });
    const inspection = inspectCatalog(writeIn(folder, 'pcc-plan.yaml', text));
    expect(inspection.framework).toMatchObject({ id: 'pcc-plan', shape: 'items', status: 'published', version: '0.1.0', published: '2025-04-01' });
    expect(frameworkActions(inspection.framework!).map((action) => action.id)).toEqual(['priority-1', 'priority-2']);
    expect(new Set(inspection.findings.map((finding) => `${finding.severity} ${finding.rule}`))).toEqual(new Set(['warning placeholder']));
    expect(inspection.findings.map((finding) => finding.line)).toContain(lineOf(text, 'short:'));
  });

  it('with no date, the placeholder date is an error at its line', () => {
    const text = scaffoldCatalog({ id: 'undated', pillars: true });
    const inspection = inspectCatalog(writeIn(folder, 'undated.yaml', text));
    const errors = inspection.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.rule} ${finding.line}`)).toEqual([`schema ${lineOf(text, 'published:')}`]);
    expect((parse(text) as { pillars: unknown[] }).pillars).toHaveLength(2);
  });

  it('quotes what the author gives, so a title with a colon or a quote stays one string', () => {
    const title = 'Plan: "Safer Streets" # 2025';
    const text = scaffoldCatalog({ id: 'quoted', title, published: '2025-01-01' });
    expect((parse(text) as { title: string }).title).toBe(title);
  });
});
