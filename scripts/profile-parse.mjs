#!/usr/bin/env node
// Measures where `vawg parse` spends its time on documents the process has not seen, stage by stage
// (ingest, extract, classify, serialise), beside a bare `unified().use(remarkParse).parse()` over the
// same markdown, in one process, in CPU milliseconds. A developer's tool: run `npm run build` first, then
//   node scripts/profile-parse.mjs corpus [docs=200]    many small documents (6-20 KB each)
//   node scripts/profile-parse.mjs scale                one document each of 250 KB, 500 KB, 1 MB, 2 MB: fitted exponent
//   node scripts/profile-parse.mjs big [MB=5]           one large document: time and peak RSS
//   node scripts/profile-parse.mjs sample [KB=8]        print one synthetic document
//   node scripts/profile-parse.mjs write [FOLDER]       write 100 synthetic documents, to profile `vawg parse` itself
// Add `--cpu-prof` to node's arguments to find the hot spots. Every run prints a sha256 over the
// serialised outputs, so a change meant to keep output identical can be checked on the whole corpus.
// The text is built from the bundled sources and the development corpus (never its sealed part),
// each document under a force of forces.yaml, with every sentence made unique by a made-up place.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { random as seededRandom } from './bench-corpus.mjs';
import { classifyCommitments, defaultClassifierSettings } from '../dist/classify/index.js';
import { detectForce } from '../dist/extract/force.js';
import { extractCommitments } from '../dist/extract/index.js';
import { ingestFile } from '../dist/ingest/index.js';
import { loadFramework } from '../dist/io/catalog.js';
import { serializeDocument } from '../dist/io/commitment-document.js';
import { DOCUMENT_VERSION } from '../dist/model/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode = 'corpus', amount] = process.argv.slice(2);

const random = seededRandom(19);
const pick = (list) => list[Math.floor(random() * list.length)];

const forces = parseYaml(readFileSync(path.join(root, 'src/extract/data/forces.yaml'), 'utf8')).forces.filter(
  (force) => force.aliases.length > 0 && !force.aliases[0].includes('Police'),
);
const sealed = new Set(parseYaml(readFileSync(path.join(root, 'test/corpus/split.yaml'), 'utf8')).sealed);

/** Source texts with the force names they use (replaced by each synthetic document's own force). */
function sources() {
  const found = [];
  for (const file of readdirSync(path.join(root, 'strategies/sources'))) {
    if (!file.endsWith('.txt')) continue;
    const slug = file.replace(/\.txt$/u, '');
    const meta = parseYaml(readFileSync(path.join(root, `strategies/${slug}.yaml`), 'utf8')).force;
    found.push({ text: readFileSync(path.join(root, 'strategies/sources', file), 'utf8'), name: meta.name });
  }
  for (const file of readdirSync(path.join(root, 'test/corpus/docs'))) {
    const slug = file.replace(/\.[^.]+$/u, '');
    if (sealed.has(slug) || file.endsWith('.html')) continue;
    const gold = parseYaml(readFileSync(path.join(root, 'test/corpus/gold', `${slug}.yaml`), 'utf8'));
    found.push({ text: readFileSync(path.join(root, 'test/corpus/docs', file), 'utf8'), name: gold.force });
  }
  return found;
}

/** Blocks of markdown (text parted by blank lines; a plain-text line is a block of its own) with their force names marked. */
function blocks() {
  const found = [];
  for (const { text, name } of sources()) {
    const place = name.split(' ').slice(0, -1).join(' ') || name;
    const marked = text.replaceAll(name, '\u0001').replaceAll(place, '\u0002');
    const parts = marked.includes('\n\n') ? marked.split(/\n{2,}/u) : marked.split('\n');
    for (const part of parts) if (part.trim() !== '' && !part.startsWith('---')) found.push(part.trimEnd());
  }
  return found;
}

const SYLLABLES = [
  'ash',
  'brack',
  'cal',
  'dun',
  'el',
  'fen',
  'gar',
  'hol',
  'ing',
  'kel',
  'lan',
  'mor',
  'nes',
  'or',
  'pen',
  'rid',
  'sel',
  'tor',
  'ul',
  'wick',
];
let placeCount = 0;
/** A made-up place name no other sentence of the run has. */
function newPlace() {
  placeCount += 1;
  let n = placeCount;
  let name = '';
  do {
    name += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${name[0].toUpperCase()}${name.slice(1)}${pick(['ton', 'ford', 'ham', 'by', 'well', 'stow'])}`;
}

/** One block made unique: each sentence of prose and each list item gains a place nobody else mentions. */
function uniqueBlock(block, force) {
  return block
    .replaceAll('\u0001', force.name)
    .replaceAll('\u0002', force.aliases[0])
    .split('\n')
    .map((line) => {
      if (/^\s*(#|\||<|```)/u.test(line) || line.trim() === '') return line;
      const withPlaces = line.replace(/([a-z)])\.(?=\s|$)/gu, (_, last) => `${last} in ${newPlace()}.`);
      return withPlaces === line && /^\s*([-*+]|\d+[.)])\s/u.test(line) ? `${line} across ${newPlace()}` : withPlaces;
    })
    .join('\n');
}

/** A markdown document of about `bytes` under a force of forces.yaml. */
function syntheticDocument(pool, bytes) {
  const force = pick(forces);
  const parts = [`# ${force.name}: tackling violence against women and girls`];
  let size = parts[0].length;
  while (size < bytes) {
    const block = uniqueBlock(pick(pool), force);
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return { force, text: `${parts.join('\n\n')}\n` };
}

/** Milliseconds of CPU this process has used: on a shared machine, steadier than the wall clock. */
function now() {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const framework = loadFramework();
const settings = defaultClassifierSettings();
const folder = mkdtempSync(path.join(os.tmpdir(), 'vawg-profile-'));
const outputs = createHash('sha256');

/** Parses one document as `vawg parse` does, timing each stage in milliseconds. */
async function parseTimed(document, index) {
  const file = path.join(folder, `doc-${index}.md`);
  writeFileSync(file, document.text);
  const t0 = now();
  const ingested = await ingestFile(file);
  const t1 = now();
  const force = detectForce(ingested.text) ?? { name: document.force.name, slug: document.force.slug };
  const extraction = extractCommitments(ingested, force);
  const t2 = now();
  const commitments = classifyCommitments(extraction.commitments, framework, settings);
  const statements = classifyCommitments(extraction.statements, framework, settings);
  const t3 = now();
  const yaml = serializeDocument(
    {
      version: DOCUMENT_VERSION,
      force,
      document: { title: extraction.title ?? '', source: `doc-${index}.md`, sha256: ingested.sha256, format: ingested.format },
      framework: framework.id,
      commitments,
      ...(statements.length > 0 ? { statements } : {}),
      warnings: [...ingested.warnings, ...extraction.warnings],
    },
    'yaml',
  );
  const t4 = now();
  outputs.update(yaml);
  rmSync(file);
  return { ingest: t1 - t0, extract: t2 - t1, classify: t3 - t2, serialise: t4 - t3, commitments: commitments.length };
}

const bare = unified().use(remarkParse);
/** Milliseconds a bare remark-parse takes over a text. */
function bareTimed(text) {
  const started = now();
  bare.parse(text);
  return now() - started;
}

const mb = (bytes, ms) => bytes / 1024 / 1024 / (ms / 1000);
const pool = blocks();
// Warm both sides on text the measurement never sees again, as any long run would be.
{
  const warm = syntheticDocument(pool, 12_000);
  bareTimed(warm.text);
  await parseTimed(warm, 'warm');
}

if (mode === 'corpus') {
  const count = Number(amount ?? 200);
  const documents = Array.from({ length: count }, () => syntheticDocument(pool, 6_000 + Math.floor(random() * 14_000)));
  const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0);
  let bareMs = 0;
  for (const document of documents) bareMs += bareTimed(document.text);
  const totals = { ingest: 0, extract: 0, classify: 0, serialise: 0, commitments: 0 };
  for (const [index, document] of documents.entries()) {
    const timed = await parseTimed(document, index);
    for (const key of Object.keys(totals)) totals[key] += timed[key];
  }
  const vawgMs = totals.ingest + totals.extract + totals.classify + totals.serialise;
  console.log(`${count} documents, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${totals.commitments} commitments`);
  console.log(`bare remark-parse  ${bareMs.toFixed(0).padStart(7)} ms  ${mb(bytes, bareMs).toFixed(2).padStart(7)} MB/s`);
  for (const stage of ['ingest', 'extract', 'classify', 'serialise']) {
    console.log(`${stage.padEnd(18)} ${totals[stage].toFixed(0).padStart(7)} ms  ${mb(bytes, totals[stage]).toFixed(2).padStart(7)} MB/s`);
  }
  console.log(`vawg parse         ${vawgMs.toFixed(0).padStart(7)} ms  ${mb(bytes, vawgMs).toFixed(2).padStart(7)} MB/s`);
  console.log(`ratio to bare remark-parse: ${(bareMs / vawgMs).toFixed(3)}`);
} else if (mode === 'scale') {
  const sizes = [250, 500, 1000, 2000].map((kb) => kb * 1024);
  const points = [];
  // A first long document compiles what short ones never reach; it is not one of the points.
  await parseTimed(syntheticDocument(pool, sizes[0]), 'warm-long');
  for (const size of sizes) {
    // Each size twice, on two different documents, and the faster taken: one slow run (a collection, a
    // neighbour on the machine) should not bend the fit.
    const runs = [];
    for (const copy of [1, 2]) {
      const document = syntheticDocument(pool, size);
      const bareMs = bareTimed(document.text);
      const timed = await parseTimed(document, `${size}-${copy}`);
      runs.push({ document, bareMs, timed, ms: timed.ingest + timed.extract + timed.classify + timed.serialise });
    }
    const { document, bareMs, timed, ms } = runs.sort((a, b) => a.ms - b.ms)[0];
    points.push([Buffer.byteLength(document.text), ms]);
    console.log(
      `${(size / 1024).toFixed(0).padStart(5)} KB  vawg ${ms.toFixed(0).padStart(6)} ms (ingest ${timed.ingest.toFixed(0)}, extract ${timed.extract.toFixed(0)}, classify ${timed.classify.toFixed(0)}, serialise ${timed.serialise.toFixed(0)})  bare ${bareMs.toFixed(0)} ms`,
    );
  }
  const xs = points.map(([bytes]) => Math.log(bytes));
  const ys = points.map(([, ms]) => Math.log(ms));
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const slope = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  console.log(`exponent (least squares over log time against log size): ${slope.toFixed(3)}`);
} else if (mode === 'big') {
  const document = syntheticDocument(pool, Number(amount ?? 5) * 1024 * 1024);
  const bareMs = bareTimed(document.text);
  const timed = await parseTimed(document, 'big');
  const ms = timed.ingest + timed.extract + timed.classify + timed.serialise;
  const bytes = Buffer.byteLength(document.text);
  console.log(`${(bytes / 1024 / 1024).toFixed(2)} MB: vawg ${(ms / 1000).toFixed(1)} s, bare ${(bareMs / 1000).toFixed(1)} s`);
  console.log(
    `ingest ${timed.ingest.toFixed(0)} ms, extract ${timed.extract.toFixed(0)} ms, classify ${timed.classify.toFixed(0)} ms, serialise ${timed.serialise.toFixed(0)} ms`,
  );
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} else if (mode === 'write') {
  // The corpus as files, for timing or profiling the command itself: `vawg parse FOLDER/*.md -o OUT/`.
  const target = path.resolve(amount ?? 'profile-corpus');
  mkdirSync(target, { recursive: true });
  for (let index = 0; index < 100; index += 1) {
    writeFileSync(
      path.join(target, `doc-${String(index).padStart(3, '0')}.md`),
      syntheticDocument(pool, 6_000 + Math.floor(random() * 14_000)).text,
    );
  }
  console.log(`wrote 100 documents to ${target}`);
} else if (mode === 'sample') {
  process.stdout.write(syntheticDocument(pool, Number(amount ?? 8) * 1024).text);
} else {
  throw new Error(`unknown mode ${mode}: corpus, scale, big or sample`);
}
console.log(`sha256 of the outputs: ${outputs.digest('hex')}`);
rmSync(folder, { recursive: true, force: true });
