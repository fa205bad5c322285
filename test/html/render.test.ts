import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/io/catalog.ts';
import { frameworkActions } from '../../src/model/index.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { byId, classes, elements, FIXTURES, parsePage, reportHtml, temporaryFolder, textOf } from './helpers.ts';

const FORCES = ['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire'];
const ACTIONS = frameworkActions(loadFramework('npcc-vawg-2021')).map((action) => action.id);

let bundled: string;
beforeAll(async () => {
  bundled = await reportHtml([]);
});

function hrefs(html: string): string[] {
  return elements(parsePage(html), (element) => element.tagName === 'a' && element.properties.href !== undefined).map((element) =>
    String(element.properties.href),
  );
}

describe('the report of the five bundled forces', () => {
  it('parses with no HTML parse error', () => {
    const file = new VFile(bundled);
    unified().use(rehypeParse, { emitParseErrors: true }).parse(file);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([]);
  });

  it('is one file under 1 MB', () => {
    expect(Buffer.byteLength(bundled, 'utf8')).toBeLessThan(1024 * 1024);
    expect(bundled.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true);
  });

  it('has a section per force, a row per action in each, and every id is unique', () => {
    const tree = parsePage(bundled);
    const ids = elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(elements(tree, (element) => classes(element).includes('force')).map((element) => element.properties.id)).toEqual(FORCES);
    for (const force of FORCES) {
      const rows = elements(byId(tree, force), (element) => element.tagName === 'tr' && element.properties.dataRow !== undefined);
      expect(rows.map((row) => textOf(elements(row, (element) => element.tagName === 'code')[0]!))).toEqual(ACTIONS);
    }
  });

  it('reaches every section, action and commitment by a link, with no script (only the filter form starts hidden)', () => {
    const tree = parsePage(bundled);
    const targets = new Set(hrefs(bundled).map((link) => link.slice(1)));
    expect(hrefs(bundled).every((link) => link.startsWith('#'))).toBe(true);
    const ids = new Set(elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id)));
    expect([...targets].filter((target) => !ids.has(target))).toEqual([]);
    for (const section of ['overview', 'compare', ...FORCES]) expect(targets).toContain(section);
    for (const force of FORCES) {
      for (const action of ACTIONS) expect(targets).toContain(`${force}-a-${action.replace('.', '-')}`);
      for (const part of ['gaps', 'source']) expect(targets).toContain(`${force}-${part}`);
    }
    const dorset = parseYaml(readFileSync(path.join(ROOT, 'strategies', 'dorset.yaml'), 'utf8')) as { commitments: { id: string }[] };
    const commitmentIds = dorset.commitments.map((commitment) => commitment.id);
    expect(commitmentIds.length).toBe(23);
    for (const id of commitmentIds) expect(targets).toContain(`dorset-c-${id}`);
    const hidden = elements(tree, (element) => element.properties.hidden === true);
    expect(hidden.map((element) => element.properties.id)).toEqual(['filters']);
  });

  it('allows only its own stylesheet and script, by hash, and refers to nothing outside itself', () => {
    const tree = parsePage(bundled);
    const [style] = elements(tree, (element) => element.tagName === 'style');
    const scripts = elements(tree, (element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    const sha = (text: string): string => createHash('sha256').update(text).digest('base64');
    const [meta] = elements(tree, (element) => element.properties.httpEquiv?.toString() === 'Content-Security-Policy');
    const policy = String(meta?.properties.content);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src 'sha256-${sha(textOf(style!))}'`);
    expect(policy).toContain(`script-src 'sha256-${sha(textOf(scripts[0]!))}'`);
    expect(elements(tree, (element) => element.properties.src !== undefined)).toEqual([]);
    expect(textOf(style!)).not.toMatch(/url\(|@import/);
    expect(elements(tree, (element) => element.properties.style !== undefined)).toEqual([]);
  });

  it('is byte-identical on every run, and dated only when asked', async () => {
    expect(await reportHtml([])).toBe(bundled);
    const dated = await reportHtml(['--timestamp'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(dated).toContain('Generated 2023-11-14T22:13:20.000Z.');
    expect(dated.replace(' Generated 2023-11-14T22:13:20.000Z.', '')).toBe(bundled);
    expect(bundled).not.toMatch(/Generated \d{4}/);
  });
});

describe('one force in detail', () => {
  let tree: ReturnType<typeof parsePage>;
  beforeAll(async () => {
    tree = parsePage(await reportHtml([path.join(FIXTURES, 'northvale.yaml')]));
  });

  function heatCell(action: string): string {
    const [link] = elements(
      byId(tree, 'heatmap'),
      (element) => element.tagName === 'a' && element.properties.href === `#northvale-a-${action}`,
    );
    return textOf(link!);
  }

  it('gives each heatmap cell its mark, number of commitments and mappings to review, and says it in words', () => {
    expect(heatCell('trust-police-perpetrated-abuse')).toBe('✔ 1Northvale Police, trust.police-perpetrated-abuse: covered, 1 commitment');
    expect(heatCell('trust-capability')).toBe('◐ 1⚑1Northvale Police, trust.capability: partial, 1 commitment, 1 flagged for review');
    expect(heatCell('trust-lived-experience')).toBe('✘ 0Northvale Police, trust.lived-experience: gap, 0 commitments');
  });

  it('shows each commitment with its strength, voice, confidence, who mapped it, review flag and table fields', () => {
    const row = byId(tree, 'northvale-a-trust-police-perpetrated-abuse');
    const text = textOf(row);
    expect(text).toContain('✔ covered');
    for (const fact of [
      'line 10',
      'strength: firm',
      'voice: the force',
      'confidence 0.82, by auto',
      'owner: Head of Professional Standards',
      'due: March 2026',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain('evidence: “abuse their position”; “trust and confidence” (in the heading)');
    const capability = textOf(byId(tree, 'northvale-a-trust-capability'));
    expect(capability).toContain('⚑ needs review');
    expect(capability).toContain('To close: ');
    const marked = elements(row, (element) => element.tagName === 'b' && classes(element).includes('ev')).map(textOf);
    expect(marked).toEqual(['abuse their position']);
  });

  it('keeps statements in other voices apart from the force’s commitments, and never counts them', () => {
    const lived = byId(tree, 'northvale-a-trust-lived-experience');
    expect(lived.properties.dataStatus).toBe('gap');
    const text = textOf(lived);
    expect(text).toContain('0 commitments');
    expect(text).toContain('Said by other voices (not counted towards coverage):');
    expect(text).toContain('The Police and Crime Commissioner will fund an independent scrutiny panel of survivors.');
    const section = byId(tree, 'northvale-statements');
    expect(textOf(section)).toBe('Statements in other voices (not counted towards coverage)');
    const headings = elements(tree, (element) => element.tagName === 'h4').map(textOf);
    expect(headings).toEqual(['Police and crime commissioner (1)', 'National bodies (1)', 'Partners (1)']);
    const cards = elements(tree, (element) => classes(element).includes('card') && classes(element).includes('other'));
    expect(new Set(cards.map((card) => card.properties.dataVoice))).toEqual(new Set(['pcc', 'national', 'partner']));
  });

  it('marks each sentence in the source, across the lines it spans, and highlights it when it is the target', () => {
    const anchor = byId(tree, 'northvale-c-northvale-0001');
    const line10 = byId(tree, 'northvale-l-10');
    expect(elements(line10, (element) => element === anchor)).toHaveLength(1);
    const [mark] = elements(line10, (element) => element.tagName === 'mark');
    const sentenceClass = classes(mark!).find((name) => /^m[0-9a-z]+$/.test(name))!;
    const pieceText = (line: Element): string =>
      elements(line, (element) => element.tagName === 'mark' && classes(element).includes(sentenceClass))
        .map(textOf)
        .join('');
    expect(
      elements(tree, (element) => classes(element).includes('line'))
        .map(pieceText)
        .filter(Boolean)
        .join('\n'),
    ).toBe(
      'We will vet every officer and member of staff again by March 2026, and we will\ndismiss those who abuse their position for a sexual purpose',
    );
    const [style] = elements(tree, (element) => element.tagName === 'style');
    expect(textOf(style!)).toContain(`body:has([id="northvale-c-northvale-0001"]:target) .${sentenceClass}{`);
    const statement = elements(byId(tree, 'northvale-l-15'), (element) => element.tagName === 'mark');
    expect(statement.map(classes).every((names) => names.includes('o'))).toBe(true);
  });

  it('lists unmapped commitments and the source’s warnings, linked to their lines', () => {
    expect(textOf(byId(tree, 'northvale-unmapped'))).toBe('Commitments not mapped to any action');
    expect(textOf(tree)).toContain('We will publish this plan on our website.');
    const warnings = byId(tree, 'northvale-warnings');
    expect(textOf(warnings)).toBe('Warnings about the source');
    const links = elements(tree, (element) => element.tagName === 'a' && element.properties.href === '#northvale-l-17').map(textOf);
    expect(links).toEqual(['line 17', '17']);
  });
});

describe('two versions of one force', () => {
  it('shows the added, removed and reworded commitments, with a word-level diff', async () => {
    const tree = parsePage(await reportHtml([path.join(FIXTURES, 'northvale-2024.yaml'), path.join(FIXTURES, 'northvale.yaml')]));
    const versions = byId(tree, 'versions');
    const text = textOf(versions);
    expect(text).toContain('2 unchanged, 3 added, 1 removed, 1 reworded; 3 actions changed status.');
    expect(elements(versions, (element) => element.tagName === 'del').map(textOf)).toEqual(['[removed: 2025]', '[removed: remove]']);
    expect(elements(versions, (element) => element.tagName === 'ins').map(textOf)).toEqual(['[added: 2026]', '[added: dismiss]']);
    expect(text).toContain('Removed (1)line 19 We will hold a public consultation on street lighting.');
    const sections = elements(tree, (element) => classes(element).includes('force')).map((element) => element.properties.id);
    expect(sections).toEqual(['northvale', 'northvale-2']);
    const links = elements(versions, (element) => element.tagName === 'a').map((element) => element.properties.href);
    expect(links).toContain('#northvale-c-northvale-1004');
    expect(links).toContain('#northvale-2-c-northvale-0004');
  });
});

describe('hostile text in a document', () => {
  it('is escaped everywhere: no element, attribute or URL comes from the document', async () => {
    const html = await reportHtml([path.join(FIXTURES, 'xss.yaml')]);
    const tree = parsePage(html);
    expect(elements(tree, (element) => element.tagName === 'script')).toHaveLength(1);
    expect(
      elements(
        tree,
        (element) =>
          ['img', 'svg', 'b'].includes(element.tagName) && !classes(element).includes('ev') && !classes(element).includes('bars'),
      ),
    ).toEqual([]);
    const attributes = elements(tree).flatMap((element: Element) => Object.keys(element.properties));
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(hrefs(html).filter((link) => !link.startsWith('#'))).toEqual([]);
    expect(textOf(byId(tree, 'xss-title'))).toBe("<script>alert('force')</script> Police <img src=x onerror=alert('name')>");
    expect(html).not.toMatch(/<\/style><script>alert/);
    const [title] = elements(tree, (element) => element.tagName === 'title');
    expect(textOf(title!)).toBe('VAWG strategies against NPCC VAWG framework 2021');
  });
});

describe('ids', () => {
  it('never lets a force take an id the page itself uses', async () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'sources'));
    copyFileSync(path.join(FIXTURES, 'sources', 'northvale.md'), path.join(folder, 'sources', 'northvale.md'));
    const document = readFileSync(path.join(FIXTURES, 'northvale.yaml'), 'utf8');
    writeFileSync(path.join(folder, 'overview.yaml'), document.replace('slug: northvale', 'slug: overview'));
    writeFileSync(path.join(folder, 'count.yaml'), document.replace('slug: northvale', 'slug: filter-count'));
    const html = await reportHtml([path.join(folder, 'overview.yaml'), path.join(folder, 'count.yaml')]);
    const tree = parsePage(html);
    expect(byId(tree, 'overview').tagName).toBe('section');
    expect(textOf(byId(tree, 'overview-2-title'))).toBe('Northvale Police');
    expect(byId(tree, 'filter-count').tagName).toBe('span');
    expect(byId(tree, 'filter-count-2').tagName).toBe('section');
    const ids = elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sources in other formats and places', () => {
  it('shows a PDF source by page and line, with each commitment’s anchor on its page’s line', async () => {
    const folder = temporaryFolder();
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'formats', 'dorset.pdf'), path.join(folder, 'dorset.pdf'));
    const parse = await runCli(['parse', path.join(folder, 'dorset.pdf'), '-o', path.join(folder, 'dorset.yaml')]);
    expect(parse.status).toBe(0);
    const parsed = parseYaml(readFileSync(path.join(folder, 'dorset.yaml'), 'utf8')) as {
      commitments: { id: string; position: { line: number; page: number } }[];
    };
    const positions = parsed.commitments.map((commitment) => [
      '',
      commitment.id,
      String(commitment.position.line),
      String(commitment.position.page),
    ]);
    // The 23 of the gold, and line 33, which the reading adds (see test/formats/agreement.test.ts).
    expect(positions.length).toBe(24);
    const tree = parsePage(await reportHtml([path.join(folder, 'dorset.yaml')]));
    const pageHeads = elements(tree, (element) => classes(element).includes('page-head')).map(textOf);
    expect(pageHeads).toEqual(['Page 1', 'Page 2', 'Page 3', 'Page 4']);
    for (const [, id, line, page] of positions) {
      const lineElement = byId(tree, `dorset-p${page}-l-${line}`);
      expect(elements(lineElement, (element) => element.properties.id === `dorset-c-${id}`)).toHaveLength(1);
    }
    const labels = elements(tree, (element) => element.tagName === 'a' && /^page \d+, line \d+$/.test(textOf(element)));
    expect(labels.length).toBeGreaterThanOrEqual(24);
    expect(textOf(tree)).not.toContain('Not found word for word');
  });

  it('says so when the source is missing or has changed, and still links every commitment somewhere', async () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'sources'));
    const document = readFileSync(path.join(FIXTURES, 'northvale.yaml'), 'utf8');
    writeFileSync(path.join(folder, 'missing.yaml'), document.replace('sources/northvale.md', 'sources/gone.md'));
    writeFileSync(path.join(folder, 'changed.yaml'), document.replace('slug: northvale', 'slug: changed'));
    writeFileSync(
      path.join(folder, 'sources', 'northvale.md'),
      `${readFileSync(path.join(FIXTURES, 'sources', 'northvale.md'), 'utf8')}\nA line added later.\n`,
    );
    const html = await reportHtml([path.join(folder, 'missing.yaml'), path.join(folder, 'changed.yaml')]);
    const tree = parsePage(html);
    expect(textOf(byId(tree, 'northvale'))).toContain('The source sources/gone.md was not found beside');
    expect(textOf(byId(tree, 'changed'))).toContain('This source has changed since the commitments were read from it');
    const ids = new Set(elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id)));
    expect(hrefs(html).filter((link) => !ids.has(link.slice(1)))).toEqual([]);
    expect(ids).toContain('northvale-c-northvale-0001');
  });
});

describe('a report read through a crosswalk', () => {
  it('gives the statuses gaps gives, names the crosswalk, and shows the relation each mapping came through', async () => {
    const gaps = await runCli(['gaps', 'hampshire', '--framework', 'npcc-vawg-2024', '--format', 'json']);
    const statuses = (JSON.parse(gaps.stdout) as { forces: { actions: { id: string; status: string }[] }[] }).forces[0]!.actions;
    const tree = parsePage(await reportHtml(['hampshire', '--framework', 'npcc-vawg-2024']));
    expect(statuses.map((action) => action.id)).toEqual(['prepare', 'protect', 'pursue', 'prevent', 'trust']);
    for (const { id, status } of statuses) expect(byId(tree, `hampshire-a-${id}`).properties.dataStatus).toBe(status);
    const section = textOf(byId(tree, 'hampshire'));
    expect(section).toContain('read through the crosswalk npcc-vawg-2021--npcc-vawg-2024: the document maps to npcc-vawg-2021');
    const prepare = textOf(byId(tree, 'hampshire-a-prepare'));
    expect(prepare).toContain('at most partial through the crosswalk');
    expect(prepare).toMatch(/through the crosswalk: from trust\.[a-z-]+, intersects-with/);
  });
});
