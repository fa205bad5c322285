#!/usr/bin/env node
// `npm run bench` (after the build): times cold, whole-process runs of vawg on synthetic corpora of
// documents it has never seen (scripts/bench-corpus.mjs), and reports each figure as a ratio to a
// reference measured side by side in the same run. Writes bench/results.json and prints a table.
// `npm run bench -- --quick` makes a smaller run. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceBlocks, writeCorpus, writeLarge } from './bench-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const vawg = path.join(root, 'bin', 'vawg.js');
const remarkScript = path.join(root, 'scripts', 'bench-remark.mjs');
const rssWrapper = path.join(root, 'scripts', 'bench-rss.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'vawg-bench-'));
const env = { ...process.env, NO_COLOR: '1', VAWG_CACHE_DIR: path.join(work, 'cache') };
delete env.VAWG_NO_CACHE;

const plan = quick
  ? {
      startupRuns: 5,
      scales: [10, 100],
      workersAt: 100,
      cacheAt: 100,
      gapsAt: 100,
      throughputAt: 100,
      sizes: [250, 500, 1000],
      large: undefined,
    }
  : {
      startupRuns: 11,
      scales: [10, 100, 1000],
      workersAt: 1000,
      cacheAt: 1000,
      gapsAt: 1000,
      throughputAt: 100,
      sizes: [250, 500, 1000, 2000],
      large: 5000,
    };

/** Runs node with `args` from the repository root; its wall time in seconds and, through the wrapper, its peak RSS in MiB. */
function run(args, { rss = false, cwd = root } = {}) {
  const rssFile = path.join(work, `rss-${process.hrtime.bigint()}`);
  const argv = rss ? [rssWrapper, rssFile, ...args] : args;
  const started = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 2000)}`);
  const peakMiB = rss ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  return { seconds, peakMiB };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Least-squares slope of log(seconds) against log(bytes): 1 is linear growth. */
function fittedExponent(points) {
  const xs = points.map((point) => Math.log(point.bytes));
  const ys = points.map((point) => Math.log(point.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return num / den;
}

const round = (value, digits = 2) => Number(value.toFixed(digits));
const log = (message) => process.stderr.write(`${message}\n`);

// Start-up: node -e 0, vawg --version and vawg gaps on the five bundled forces, interleaved.
log('start-up...');
const startupTimes = { node: [], version: [], gaps: [] };
for (let i = 0; i < plan.startupRuns; i += 1) {
  startupTimes.node.push(run(['-e', '0']).seconds);
  startupTimes.version.push(run([vawg, '--version']).seconds);
  startupTimes.gaps.push(run([vawg, 'gaps']).seconds);
}
const startup = {
  runs: plan.startupRuns,
  nodeSeconds: round(median(startupTimes.node), 3),
  versionSeconds: round(median(startupTimes.version), 3),
  gapsSeconds: round(median(startupTimes.gaps), 3),
};
startup.versionRatio = round(startup.versionSeconds / startup.nodeSeconds);
startup.gapsRatio = round(startup.gapsSeconds / startup.nodeSeconds);

// Corpora.
log('building corpora...');
const blocks = sourceBlocks(root);
const counter = { n: 0 };
const corpora = {};
for (const docs of [...new Set([...plan.scales, plan.throughputAt])]) {
  const folder = path.join(work, `corpus-${docs}`);
  corpora[docs] = { folder, bytes: writeCorpus(blocks, folder, docs, counter) };
}
const second = (docs) => {
  const folder = path.join(work, `corpus-${docs}-b`);
  return { folder, bytes: writeCorpus(blocks, folder, docs, counter) };
};

// Parse at each scale: default jobs (one per core), no cache; peak RSS of the whole process.
const scale = [];
for (const docs of plan.scales) {
  log(`parse ${docs} documents...`);
  const out = path.join(work, `out-${docs}`);
  const timed = run([vawg, 'parse', corpora[docs].folder, '-o', `${out}/`, '--no-cache', '--quiet'], { rss: true });
  scale.push({
    documents: docs,
    megabytes: round(corpora[docs].bytes / 1e6),
    seconds: round(timed.seconds),
    documentsPerSecond: round(docs / timed.seconds, 1),
    megabytesPerSecond: round(corpora[docs].bytes / 1e6 / timed.seconds, 3),
    peakRssMiB: round(timed.peakMiB, 0),
  });
}

// gaps over the documents parsed at the largest scale, streaming them.
log(`gaps on ${plan.gapsAt} documents...`);
const gapsRun = run([vawg, 'gaps', path.join(work, `out-${plan.gapsAt}`)], { rss: true });
const gapsAtScale = { documents: plan.gapsAt, seconds: round(gapsRun.seconds), peakRssMiB: round(gapsRun.peakMiB, 0) };

// Throughput against bare remark-parse over the same text, one thread each.
log('throughput against remark-parse...');
const throughputCorpus = second(plan.throughputAt);
const remark = run([remarkScript, throughputCorpus.folder]);
const oneThread = run([
  vawg,
  'parse',
  throughputCorpus.folder,
  '-o',
  `${path.join(work, 'out-throughput')}/`,
  '--no-cache',
  '--quiet',
  '--jobs',
  '1',
]);
const throughput = {
  documents: plan.throughputAt,
  megabytes: round(throughputCorpus.bytes / 1e6),
  vawgSeconds: round(oneThread.seconds),
  remarkSeconds: round(remark.seconds),
  vawgMegabytesPerSecond: round(throughputCorpus.bytes / 1e6 / oneThread.seconds, 3),
  remarkMegabytesPerSecond: round(throughputCorpus.bytes / 1e6 / remark.seconds, 3),
};
throughput.ratio = round(throughput.vawgMegabytesPerSecond / throughput.remarkMegabytesPerSecond, 4);

// One worker against two, on fresh documents.
log(`1 worker against 2 on ${plan.workersAt} documents...`);
const workersCorpus = second(plan.workersAt);
const workersTwo = run([
  vawg,
  'parse',
  workersCorpus.folder,
  '-o',
  `${path.join(work, 'out-w2')}/`,
  '--no-cache',
  '--quiet',
  '--jobs',
  '2',
]);
const workersOne = run([
  vawg,
  'parse',
  workersCorpus.folder,
  '-o',
  `${path.join(work, 'out-w1')}/`,
  '--no-cache',
  '--quiet',
  '--jobs',
  '1',
]);
const workers = { documents: plan.workersAt, oneSeconds: round(workersOne.seconds), twoSeconds: round(workersTwo.seconds) };
workers.speedup = round(workers.oneSeconds / workers.twoSeconds);

// Cold against warm cache, on fresh documents and a fresh cache.
log(`cold against warm cache on ${plan.cacheAt} documents...`);
const cacheCorpus = second(plan.cacheAt);
rmSync(env.VAWG_CACHE_DIR, { recursive: true, force: true });
const cold = run([vawg, 'parse', cacheCorpus.folder, '-o', `${path.join(work, 'out-cold')}/`, '--quiet']);
const warm = run([vawg, 'parse', cacheCorpus.folder, '-o', `${path.join(work, 'out-warm')}/`, '--quiet']);
const cache = { documents: plan.cacheAt, coldSeconds: round(cold.seconds), warmSeconds: round(warm.seconds) };
cache.warmShare = round(warm.seconds / cold.seconds, 3);

// Growth with one document's size, and one large document.
const growthPoints = [];
for (const kilobytes of plan.sizes) {
  log(`one document of ${kilobytes} KB...`);
  const file = writeLarge(blocks, path.join(work, 'large'), kilobytes * 1024, counter);
  const timed = run([vawg, 'parse', file, '-o', path.join(work, `large-${kilobytes}.yaml`), '--no-cache', '--max-nodes', '10000000'], {
    rss: true,
  });
  growthPoints.push({ kilobytes, bytes: statSync(file).size, seconds: round(timed.seconds), peakRssMiB: round(timed.peakMiB, 0) });
}
const growth = { points: growthPoints, exponent: round(fittedExponent(growthPoints)) };
let large;
if (plan.large !== undefined) {
  log(`one document of ${plan.large / 1000} MB...`);
  const file = writeLarge(blocks, path.join(work, 'large'), plan.large * 1024, counter);
  const timed = run([vawg, 'parse', file, '-o', path.join(work, 'large-5m.yaml'), '--no-cache', '--max-nodes', '10000000'], { rss: true });
  large = { megabytes: round(statSync(file).size / 1e6), seconds: round(timed.seconds), peakRssMiB: round(timed.peakMiB, 0) };
}

const cpus = os.cpus();
const results = {
  machine: {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: round(os.totalmem() / 2 ** 30, 0),
    node: process.version,
  },
  quick,
  startup,
  throughput,
  scale,
  gapsAtScale,
  workers,
  cache,
  growth,
  ...(large ? { large } : {}),
};
rmSync(work, { recursive: true, force: true });
if (!quick) {
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

const rows = [
  ['vawg --version / node -e 0', `${startup.versionSeconds}s / ${startup.nodeSeconds}s`, `${startup.versionRatio}x`],
  ['vawg gaps (5 forces) / node -e 0', `${startup.gapsSeconds}s / ${startup.nodeSeconds}s`, `${startup.gapsRatio}x`],
  [
    `parse MB/s / remark-parse MB/s (${throughput.documents} docs)`,
    `${throughput.vawgMegabytesPerSecond} / ${throughput.remarkMegabytesPerSecond}`,
    `${round(throughput.ratio * 100, 1)}%`,
  ],
  ...scale.map((entry) => [
    `parse ${entry.documents} docs (${entry.megabytes} MB)`,
    `${entry.seconds}s, ${entry.documentsPerSecond} docs/s`,
    `peak ${entry.peakRssMiB} MiB`,
  ]),
  [`gaps on ${gapsAtScale.documents} docs`, `${gapsAtScale.seconds}s`, `peak ${gapsAtScale.peakRssMiB} MiB`],
  [`1 worker / 2 workers (${workers.documents} docs)`, `${workers.oneSeconds}s / ${workers.twoSeconds}s`, `${workers.speedup}x`],
  [`warm / cold cache (${cache.documents} docs)`, `${cache.warmSeconds}s / ${cache.coldSeconds}s`, `${round(cache.warmShare * 100, 1)}%`],
  ...growthPoints.map((point) => [`one document of ${point.kilobytes} KB`, `${point.seconds}s`, `peak ${point.peakRssMiB} MiB`]),
  ['fitted exponent of time on size', plan.sizes.map((size) => `${size}K`).join(', '), `${growth.exponent}`],
  ...(large ? [[`one document of ${large.megabytes} MB`, `${large.seconds}s`, `peak ${large.peakRssMiB} MiB`]] : []),
];
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
console.log(`${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}${quick ? ' (quick run)' : ''}`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
