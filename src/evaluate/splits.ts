import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { VawgError } from '../io/errors.js';
import { packagePath } from '../io/paths.js';
import { loadGoldSet, type GoldDocument } from './gold.js';
import type { SplitName } from './split-names.js';

/** A named part of the gold data: the bundled seeds, the corpus's development part, its sealed part, or a folder given by the user. */
export interface GoldSplit {
  name: string;
  golds: GoldDocument[];
}

export { SPLIT_NAMES, type SplitName } from './split-names.js';

/** Where the named splits live, inside the package's repository. */
export interface SplitLayout {
  seeds: string;
  corpus: string;
  split: string;
}

/** The layout of the repository: test/gold for the seeds, test/corpus/gold and test/corpus/split.yaml for the corpus. */
export function defaultLayout(): SplitLayout {
  return {
    seeds: packagePath('test', 'gold'),
    corpus: packagePath('test', 'corpus', 'gold'),
    split: packagePath('test', 'corpus', 'split.yaml'),
  };
}

/** The slugs of the corpus's sealed documents, from split.yaml. */
export function sealedSlugs(layout: SplitLayout = defaultLayout()): Set<string> {
  if (!existsSync(layout.split))
    throw new VawgError('no split file: the corpus split is recorded in test/corpus/split.yaml', { file: layout.split });
  const value = parse(readFileSync(layout.split, 'utf8')) as { sealed?: unknown };
  if (!Array.isArray(value.sealed)) throw new VawgError('expected a "sealed" list of document slugs', { file: layout.split });
  return new Set(value.sealed.map(String));
}

/** Loads the named splits (seeds, dev, sealed) in that order. */
export function loadSplits(names: readonly SplitName[], layout: SplitLayout = defaultLayout()): GoldSplit[] {
  const splits: GoldSplit[] = [];
  const wanted = new Set(names);
  if (wanted.has('seeds')) splits.push({ name: 'seeds', golds: loadGoldSet(layout.seeds) });
  if (wanted.has('dev') || wanted.has('sealed')) {
    const corpus = loadGoldSet(layout.corpus);
    const sealed = sealedSlugs(layout);
    if (wanted.has('dev')) splits.push({ name: 'dev', golds: corpus.filter((gold) => !sealed.has(gold.slug)) });
    if (wanted.has('sealed')) splits.push({ name: 'sealed', golds: corpus.filter((gold) => sealed.has(gold.slug)) });
  }
  return splits;
}

/** A user's own gold folder as a single split named after the folder. */
export function folderSplit(folder: string): GoldSplit {
  return { name: path.basename(path.resolve(folder)), golds: loadGoldSet(folder) };
}
