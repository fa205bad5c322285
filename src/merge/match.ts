import type { Commitment } from '../model/index.js';
import { pairBySimilarity } from '../text/similarity.js';
import { normalizeText } from '../text/tokens.js';

/** Least similarity for a commitment whose wording changed in the source to be taken as the same one. */
export const REWORDED_MIN_SIMILARITY = 0.5;

/** A commitment or statement, old or fresh, by its list and place in it. */
export interface ListedItem {
  list: 'commitments' | 'statements';
  index: number;
  value: Commitment;
}

/** How an old item was found again in the fresh parse. */
export type PairedBy = 'id' | 'text' | 'similarity';

/** An old item and the fresh one it is. */
export interface ItemPair<Old extends ListedItem> {
  old: Old;
  fresh: ListedItem;
  by: PairedBy;
}

/** How the items of the document on disk line up with those of a fresh parse. */
export interface ItemMatching<Old extends ListedItem> {
  pairs: ItemPair<Old>[];
  /** Old items no fresh item is. */
  unpaired: Old[];
  /** Fresh items no old item is. */
  unmatched: ListedItem[];
}

/**
 * Pairs old items with fresh ones: first by id (the hash of the text they were first read with),
 * then by identical text (so an item whose wording was updated on an earlier merge is found again),
 * then, for old items whose text is gone from the source, by similarity of wording.
 */
export function matchItems<Old extends ListedItem>(old: Old[], fresh: ListedItem[], sourceText: string): ItemMatching<Old> {
  const pairs: ItemPair<Old>[] = [];
  const used = new Set<ListedItem>();
  const waiting = new Set<Old>(old);
  const take = (item: Old, twin: ListedItem | undefined, by: PairedBy): void => {
    if (twin === undefined) return;
    pairs.push({ old: item, fresh: twin, by });
    used.add(twin);
    waiting.delete(item);
  };
  const freshById = groupBy(fresh, (item) => item.value.id);
  for (const item of old) take(item, firstUnused(freshById.get(item.value.id), used), 'id');
  const freshByText = groupBy(fresh, (item) => normalizeText(item.value.text));
  for (const item of [...waiting]) take(item, firstUnused(freshByText.get(normalizeText(item.value.text)), used), 'text');
  const source = normalizeText(sourceText);
  const gone = [...waiting].filter((item) => !source.includes(normalizeText(item.value.text)));
  const similar = pairBySimilarity<Old | ListedItem>(
    gone,
    fresh.filter((item) => !used.has(item)),
    (item) => item.value.text,
    REWORDED_MIN_SIMILARITY,
  );
  for (const pair of similar) take(pair.a as Old, pair.b, 'similarity');
  return {
    pairs,
    unpaired: old.filter((item) => waiting.has(item)),
    unmatched: fresh.filter((item) => !used.has(item)),
  };
}

/** Whether a text is still in the source, compared as `normalizeText` folds it. */
export function inSource(text: string, sourceText: string): boolean {
  return normalizeText(sourceText).includes(normalizeText(text));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function firstUnused<T>(candidates: T[] | undefined, used: Set<T>): T | undefined {
  return candidates?.find((candidate) => !used.has(candidate));
}
