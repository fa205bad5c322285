// Builds the synthetic corpora `npm run bench` times: markdown strategies made from the bundled
// sources and the development corpus (its documents outside the sealed split), every sentence made
// unique (a place it applies to, numbers redrawn), so no run ever parses the same text twice.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const PLACES_A = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Old', 'New', 'Great', 'Little', 'Far', 'Mid'];
const PLACES_B = ['field', 'brook', 'ford', 'ham', 'wick', 'moor', 'dale', 'bury', 'stow', 'combe', 'leigh', 'thorpe', 'marsh', 'haven'];
const AREAS = ['ward', 'district', 'neighbourhood', 'borough', 'parish', 'town centre', 'estate', 'division'];

/** A small seeded generator (mulberry32), so a corpus is the same on every machine and run. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th place name: every n gives another. */
function place(n) {
  const a = PLACES_A[n % PLACES_A.length];
  const b = PLACES_B[Math.floor(n / PLACES_A.length) % PLACES_B.length];
  const round = Math.floor(n / (PLACES_A.length * PLACES_B.length));
  return round === 0 ? `${a}${b}` : `${a}${b} ${round + 1}`;
}

/** Blocks (paragraphs, headings, list runs) of the bundled sources and the unsealed development documents. */
export function sourceBlocks(root) {
  const sealed = new Set(parse(readFileSync(path.join(root, 'test/corpus/split.yaml'), 'utf8')).sealed);
  const files = [
    ...readdirSync(path.join(root, 'strategies/sources'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(root, 'strategies/sources', name)),
    ...readdirSync(path.join(root, 'test/corpus/docs'))
      .filter((name) => /\.(md|txt)$/.test(name) && !sealed.has(name.replace(/\.\w+$/, '')))
      .map((name) => path.join(root, 'test/corpus/docs', name)),
  ];
  const blocks = [];
  for (const file of files.sort()) {
    const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const block of text.split(/\n\s*\n/)) if (block.trim().length > 20 && block.length < 3000) blocks.push(block.trim());
  }
  return blocks;
}

/** A block with each sentence made unique: numbers redrawn, and the place it applies to named. */
function vary(block, next, counter) {
  const lines = block.split('\n').map((line) => {
    if (/^#/.test(line) || line.trim() === '') return line;
    return line
      .replace(/\d+/g, () => String(1 + Math.floor(next() * 97)))
      .replace(/([a-z)])([.!?])(\s|$)/g, (_, last, stop, after) => {
        counter.n += 1;
        return `${last} in ${place(counter.n)} ${AREAS[counter.n % AREAS.length]}${stop}${after}`;
      });
  });
  return lines.join('\n');
}

/** One markdown strategy of about `bytes` bytes for a force of its own. */
export function makeDocument(blocks, index, bytes, counter) {
  const next = random(index + 1);
  const force = `${place(index * 7 + 3)} Police`;
  const parts = [
    `---\nforce: ${force}\ntitle: ${force} VAWG strategy ${index + 1}\n---\n`,
    `# ${force}: violence against women and girls\n`,
  ];
  let size = parts.join('\n').length;
  while (size < bytes) {
    const block = vary(blocks[Math.floor(next() * blocks.length)], next, counter);
    parts.push(block);
    size += block.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** Writes `count` documents of 6 to 20 KB into `folder`; returns their total bytes. */
export function writeCorpus(blocks, folder, count, counter) {
  mkdirSync(folder, { recursive: true });
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const next = random(10_000 + index);
    const text = makeDocument(blocks, index, 6_000 + Math.floor(next() * 14_000), counter);
    writeFileSync(path.join(folder, `strategy-${String(index + 1).padStart(4, '0')}.md`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/** Writes one document of about `bytes` bytes; returns its path. */
export function writeLarge(blocks, folder, bytes, counter) {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `large-${Math.round(bytes / 1024)}k.md`);
  writeFileSync(file, makeDocument(blocks, 90_000 + Math.round(bytes / 1024), bytes, counter));
  return file;
}
