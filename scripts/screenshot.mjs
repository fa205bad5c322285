// Writes docs/report-overview.png: the overview of the HTML report of the bundled strategies, as
// Chromium shows it. Run with `npm run screenshot` (it builds first); tests never write it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumExecutable, launchChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(path.join(root, 'dist/cli/main.js')).href);
const folder = mkdtempSync(path.join(tmpdir(), 'vawg-screenshot-'));
const report = path.join(folder, 'report.html');
const output = path.join(root, 'docs', 'report-overview.png');

const executable = chromiumExecutable();
if (!executable) {
  console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(2);
}
const status = await main(['report', '-o', report], { cwd: root });
if (status !== 0) process.exit(status);
const browser = await launchChromium(executable);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(report).href);
  await page.locator('#overview').screenshot({ path: output, animations: 'disabled' });
  console.log(`wrote ${path.relative(root, output)}`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
