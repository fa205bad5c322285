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
import { ingestText } from '../dist/ingest/index.js';
import { extractCommitments } from '../dist/extract/index.js';

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

// Adversarial text at 100 KB and 1 MB: ten times the input should take about ten times as long.
// (The regular expressions are proved linear statically by test/safety/redos.test.ts; this shows the whole stages.)
const ADVERSARIAL = {
  'runs of spaces': (size) => `${'We will     act   on    reports.      \n'.repeat(Math.ceil(size / 39))}`.slice(0, size),
  'lines of "we will"': (size) => `${'we will we will we will we will\n'.repeat(Math.ceil(size / 32))}`.slice(0, size),
  'bullets nested ten deep': (size) => {
    const block = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}- We will act ${depth}.`).join('\n');
    return `To do this we will:\n\n${`${block}\n\n`.repeat(Math.ceil(size / block.length))}`.slice(0, size);
  },
};
for (const [shape, make] of Object.entries(ADVERSARIAL)) {
  for (const format of ['text', 'markdown']) {
    const stage = (text) => () => extractCommitments(ingestText(text, format === 'text' ? 'doc.txt' : 'doc.md', format), 'force');
    const small = await median(stage(make(100 * 1024)));
    const large = await median(stage(make(1024 * 1024)));
    rows.push([`${shape} (${format}), 1 MB; x${(large / small).toFixed(1)} the 100 KB time`, large]);
  }
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'task'.padEnd(width)}  median ms (${runs} runs)`);
for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)}`);
