/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openFile, startBrowser } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';
import { FIXTURES, temporaryFolder } from './helpers.ts';

const FORCE_NAMES = [
  'Derbyshire Constabulary',
  'Dorset Police',
  'Hampshire and Isle of Wight Constabulary',
  'Kent Police',
  'Warwickshire Police',
];
const HIGHLIGHT = 'rgb(255, 226, 122)';

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  const files = { bundled: '', northvale: '', xss: '', everyPart: '' };

  beforeAll(async () => {
    const folder = temporaryFolder();
    const reports: [keyof typeof files, string[]][] = [
      ['bundled', []],
      ['northvale', [path.join(FIXTURES, 'northvale.yaml')]],
      ['xss', [path.join(FIXTURES, 'xss.yaml')]],
      ['everyPart', [path.join(FIXTURES, 'northvale-2024.yaml'), path.join(FIXTURES, 'northvale.yaml'), 'dorset']],
    ];
    for (const [name, args] of reports) {
      files[name] = path.join(folder, `${name}.html`);
      const run = await runCli(['report', ...args, '-o', files[name]]);
      if (run.status !== 0) throw new Error(run.stderr);
    }
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console message, no error and no request but the file itself, and runs its own script under the CSP', async () => {
    const { page, context, log, url } = await openFile(browser, files.bundled);
    await page.locator('#filters').waitFor({ state: 'visible' });
    expect(await page.locator('#filter-count').textContent()).toBe('Showing 45 of 45 action rows');
    expect(log.requests).toEqual([url]);
    expect(log.console).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('takes a click on a heatmap cell to that action in the force’s gap report', async () => {
    const { page, context } = await openFile(browser, files.bundled);
    const target = await follow(page, '#heatmap', 'kent-a-trust-capability');
    expect(target.id).toBe('kent-a-trust-capability');
    expect(target.inView).toBe(true);
    expect(target.text).toContain('Ensure investigators have the right skills');
    expect(target.text).toContain('✔ covered');
    await context.close();
  });

  it('takes a click on a commitment to its source line and highlights the whole sentence, on both lines it spans', async () => {
    const { page, context } = await openFile(browser, files.northvale);
    const target = await follow(page, '#northvale-a-trust-police-perpetrated-abuse', 'northvale-c-northvale-0001');
    expect(target.id).toBe('northvale-c-northvale-0001');
    expect(target.inView).toBe(true);
    const result = await page.evaluate((colour) => {
      const line = document.querySelector(':target')?.closest('.line');
      const highlighted: Record<string, string> = {};
      for (const mark of document.querySelectorAll('mark')) {
        if (getComputedStyle(mark).backgroundColor !== colour) continue;
        const id = mark.closest('.line')?.id ?? '';
        highlighted[id] = (highlighted[id] ?? '') + mark.textContent;
      }
      const number = line?.querySelector('.ln');
      return { line: line?.id, highlighted, number: number && getComputedStyle(number).backgroundColor };
    }, HIGHLIGHT);
    expect(result.line).toBe('northvale-l-10');
    expect(result.number).toBe(HIGHLIGHT);
    expect(result.highlighted).toEqual({
      'northvale-l-10': 'We will vet every officer and member of staff again by March 2026, and we will',
      'northvale-l-11': 'dismiss those who abuse their position for a sexual purpose',
    });
    await context.close();
  });

  it('filters by status, review, strength, voice and pillar, and clears', async () => {
    const { page, context } = await openFile(browser, files.northvale);
    await page.locator('#filters').waitFor({ state: 'visible' });
    const rows = (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-row]')]
          .filter((row) => row.offsetParent !== null)
          .map((row) => row.id.replace('northvale-a-', '')),
      );
    const clear = async (): Promise<void> => {
      await page.click('#filters button[type=reset]');
      await page.waitForFunction(() => document.getElementById('filter-count')?.textContent === 'Showing 9 of 9 action rows');
    };
    await page.selectOption('select[name=status]', 'gap');
    expect(await rows()).toEqual(['trust-sexism-misogyny', 'trust-lived-experience', 'pursuit-dangerous-perpetrators']);
    expect(await page.locator('#filter-count').textContent()).toBe('Showing 3 of 9 action rows');
    await clear();
    await page.check('input[name=review]');
    expect(await rows()).toEqual(['trust-capability', 'pursuit-victims-justice', 'spaces-behaviour-change']);
    const reviewCards = await page.locator('#northvale-a-spaces-behaviour-change [data-item]:visible').count();
    expect(reviewCards).toBe(1);
    await clear();
    await page.selectOption('select[name=strength]', 'conditional');
    expect(await rows()).toEqual(['pursuit-victims-justice']);
    await clear();
    await page.selectOption('select[name=voice]', 'pcc');
    expect(await rows()).toEqual(['trust-lived-experience']);
    expect(await page.locator('[data-item][data-voice=force]:visible').count()).toBe(0);
    expect(await page.locator('[data-item][data-voice=pcc]:visible').count()).toBe(2);
    await clear();
    await page.selectOption('select[name=pillar]', 'spaces');
    expect(await rows()).toEqual(['spaces-behaviour-change', 'spaces-dangerous-places']);
    expect(await page.locator('#compare tr[data-pillar-row]:visible').count()).toBe(3);
    await clear();
    expect((await rows()).length).toBe(9);
    await context.close();
  });

  it('prints on A4 with each force starting its own page and no interactive parts', async () => {
    const { page, context } = await openFile(browser, files.bundled);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    for (const printed of pages) {
      expect(printed.width).toBeCloseTo(595.3, 0);
      expect(printed.height).toBeCloseTo(841.9, 0);
    }
    const starts = FORCE_NAMES.map((name) => pages.filter((printed) => printed.first === name).map((printed) => printed.number));
    expect(starts.every((found) => found.length === 1)).toBe(true);
    const numbers = starts.map((found) => found[0]!);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(numbers[0]).toBeGreaterThan(1);
    for (const printed of pages) {
      expect(FORCE_NAMES.filter((name) => printed.text.includes(`Gap report: ${name}`)).length).toBeLessThanOrEqual(1);
      for (const chrome of ['Skip to the overview', 'Contents', 'Showing 45 of 45', 'Source text'])
        expect(printed.text).not.toContain(chrome);
    }
    await context.close();
  });

  it('has no serious or critical accessibility violation (axe-core) in a report with every part', async () => {
    {
      const { page, context } = await openFile(browser, files.everyPart);
      expect(await page.locator('#versions, #northvale-2-statements, #northvale-2-unmapped, #dorset-source').count()).toBe(4);
      await page.evaluate(axe.source);
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }));
      });
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
      await context.close();
    }
  });

  it('runs nothing from a hostile document, even with the CSP switched off, and shows it all as text', async () => {
    const name = readFileSync(path.join(FIXTURES, 'xss.yaml'), 'utf8').match(/^force: \{ name: "(.*)", slug: xss \}$/m)![1]!;
    for (const bypassCSP of [true, false]) {
      const { page, context, log, url } = await openFile(browser, files.xss, { bypassCSP });
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('body *')) {
          for (const type of ['mouseover', 'click', 'focus', 'load', 'error']) element.dispatchEvent(new Event(type, { bubbles: true }));
        }
      });
      for (const link of await page.locator('#xss a').all()) await link.click();
      expect(log.dialogs).toEqual([]);
      expect(log.console).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(log.requests).toEqual([url]);
      expect(await page.evaluate(() => document.scripts.length)).toBe(1);
      expect(await page.locator('#xss-title').textContent()).toBe(name);
      expect(await page.locator('#xss-l-3').textContent()).toContain(
        '<a href="javascript:alert(\'link\')">our plan</a> and </style><script>',
      );
      await context.close();
    }
  });
});

/** Clicks the link to `#id` inside `within`, waits until the browser has gone there, and tells where it landed. */
async function follow(page: Page, within: string, id: string): Promise<{ id: string; inView: boolean; text: string }> {
  await page.click(`${within} a[href="#${id}"]`);
  await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    if (!target) return { id: '', inView: false, text: '' };
    const box = target.getBoundingClientRect();
    return { id: target.id, inView: box.top >= 0 && box.top < window.innerHeight, text: target.textContent ?? '' };
  });
}

interface PrintedPage {
  number: number;
  width: number;
  height: number;
  first: string;
  text: string;
}

async function pdfPages(bytes: Buffer): Promise<PrintedPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const strings = content.items.map((item) => ('str' in item ? item.str : '')).filter((text) => text.trim() !== '');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ number, width, height, first: strings[0]?.trim() ?? '', text: strings.join(' ') });
  }
  await document.destroy();
  return pages;
}
