#!/usr/bin/env node
// Reproduces the sealed split of the development corpus recorded in test/corpus/split.yaml:
// the corpus's gold slugs, sorted, shuffled by Fisher-Yates with mulberry32(seed); the first
// third are sealed. The seed was drawn once with crypto.randomInt and is never changed.
// Usage: node scripts/choose-split.mjs [seed]   (prints the sealed slugs)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = Number(process.argv[2] ?? 99960258);

function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Documents added after the draw (split.yaml, added-after-draw) are development documents, not drawn.
const added = new Set(parse(readFileSync(path.join(root, 'test/corpus/split.yaml'), 'utf8'))['added-after-draw'] ?? []);
const slugs = readdirSync(path.join(root, 'test/corpus/gold'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .filter((slug) => !added.has(slug))
  .sort();
const random = mulberry32(seed);
for (let i = slugs.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [slugs[i], slugs[j]] = [slugs[j], slugs[i]];
}
const sealed = slugs.slice(0, Math.round(slugs.length / 3)).sort();
process.stdout.write(`${sealed.join('\n')}\n`);
