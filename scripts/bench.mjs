#!/usr/bin/env node
// Times the pipeline on the bundled sources and the main commands, in process, and prints a table.
// Run with `npm run bench` (after `npm run build`). Figures are milliseconds: the median of the runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessCoverage } from '../dist/assess/coverage.js';
import { loadFramework } from '../dist/io/catalog.js';
import { loadValidDocument } from '../dist/io/commitment-document.js';
import { evaluateGoldSet } from '../dist/evaluate/index.js';
import { parseStrategy } from '../dist/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const runs = Number(process.argv[2] ?? 7);
const framework = loadFramework();

async function median(work) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const slug of ['hampshire', 'dorset', 'warwickshire', 'derbyshire', 'kent']) {
  const source = `strategies/sources/${slug}.txt`;
  const kb = readFileSync(source).length / 1024;
  rows.push([`parse ${slug} (${kb.toFixed(1)} KB)`, await median(() => parseStrategy(source, { framework }))]);
}
for (const format of ['md', 'html', 'pdf', 'docx']) {
  const source = `test/fixtures/formats/warwickshire.${format}`;
  rows.push([`parse warwickshire.${format}`, await median(() => parseStrategy(source, { framework }))]);
}
rows.push([
  'gaps on the five bundled documents',
  await median(() => {
    for (const slug of ['hampshire', 'dorset', 'warwickshire', 'derbyshire', 'kent']) {
      const loaded = loadValidDocument(`strategies/${slug}.yaml`);
      assessCoverage(loaded.document, framework, loaded.file);
    }
  }),
]);
rows.push(['eval on the gold set', await median(() => evaluateGoldSet('test/gold'))]);
rows.push(['eval --holdout', await median(() => evaluateGoldSet('test/gold', { holdout: true }))]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'task'.padEnd(width)}  median ms (${runs} runs)`);
for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)}`);
