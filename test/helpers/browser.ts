/**
 * Chromium for the browser tests: Debian's package, driven by playwright-core. When there is no
 * Chromium the tests are skipped, and a banner says so on stderr: never silently.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { chromiumExecutable, launchChromium } from '../../scripts/chromium.mjs';

/** The Chromium the browser tests drive, if this machine has one. */
export const CHROMIUM = chromiumExecutable();

if (!CHROMIUM) {
  const rule = '!'.repeat(78);
  console.warn(
    `\n${rule}\n!! SKIPPING the browser tests: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH.\n` +
      `!! Install it with: apt-get install -y chromium   (.ci/run does this)\n${rule}\n`,
  );
}

/** Starts the Chromium found above. */
export function startBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium');
  return launchChromium(CHROMIUM);
}

/** What a page did while it was open: every request, console message, uncaught error and dialog. */
export interface PageLog {
  requests: string[];
  console: string[];
  errors: string[];
  dialogs: string[];
}

/** An open page of a local file, with its log. */
export interface OpenPage {
  page: Page;
  context: BrowserContext;
  log: PageLog;
  url: string;
}

/** Opens a local HTML file in a fresh context, logging requests, console messages, errors and dialogs (dismissed) from the start. */
export async function openFile(browser: Browser, file: string, options: BrowserContextOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const log: PageLog = { requests: [], console: [], errors: [], dialogs: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => log.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, log, url };
}
