import { isAlias, isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ActionMatch, Commitment } from '../model/index.js';
import { MACHINE_FIELDS } from './analyst.js';
import type { PairedBy } from './match.js';
import type { MergeNotice } from './notices.js';
import { createItemNode, createValueNode, deleteIn, holdsReferencedAnchor, resolve, setIn } from './yaml-nodes.js';

/** What the merge needs to refresh one item from its fresh counterpart. */
export interface RefreshContext {
  doc: Document;
  /** Anchors some alias refers to: nodes holding them are never removed. */
  referenced: Set<string>;
  notices: MergeNotice[];
}

/** How an old item and its fresh counterpart were paired. */
export interface RefreshPair {
  node: YAMLMap;
  old: Commitment;
  fresh: Commitment;
  by: PairedBy;
  /** The item stays in another list than the fresh one is in (its voice is left alone). */
  otherList: boolean;
}

/**
 * Refreshes an old item in place from the fresh parse; returns whether anything changed.
 * On an item the machine wrote, the machine's fields and automatic mappings follow the source, while
 * analyst mappings, rejections and notes are never touched. A `by: analyst` item is the analyst's
 * entirely: only its `position` follows the source, and only when the same sentence was found again.
 */
export function refreshItem(context: RefreshContext, pair: RefreshPair): boolean {
  const { doc } = context;
  const order = Object.keys(pair.fresh);
  const fresh = pair.fresh as unknown as Record<string, unknown>;
  let changed = false;
  if (pair.old.by !== 'analyst') {
    for (const field of MACHINE_FIELDS) {
      if (field === 'voice' && pair.otherList) continue;
      const value = fresh[field];
      changed = (value === undefined ? deleteIn(pair.node, field) : setIn(doc, pair.node, field, value, order)) || changed;
    }
    return refreshMappings(context, pair) || changed;
  }
  if (pair.by === 'similarity') return false;
  return setIn(doc, pair.node, 'position', pair.fresh.position, order);
}

function refreshMappings(context: RefreshContext, pair: RefreshPair): boolean {
  const { doc } = context;
  const rejected = new Set((pair.old.rejected ?? []).map((entry) => entry.id));
  const proposed = new Map<string, ActionMatch>();
  for (const match of pair.fresh.actions)
    if (match.by === 'auto' && !rejected.has(match.id) && !proposed.has(match.id)) proposed.set(match.id, match);
  const existing = pair.node.get('actions', true);
  const seq = isSeq(existing) ? existing : (createValueNode(doc, 'actions', []) as YAMLSeq);
  const present = new Set<string>(
    seq.items
      .map((item) => resolve(doc, item))
      .filter((item) => isMap(item) && item.get('by') === 'analyst')
      .map((item) => String((item as YAMLMap).get('id'))),
  );
  const items: unknown[] = [];
  let changed = !isSeq(existing);
  for (const item of seq.items) {
    const target = resolve(doc, item);
    if (!isMap(target)) {
      items.push(item);
      continue;
    }
    const id = String(target.get('id'));
    if (target.get('by') === 'analyst') {
      items.push(item);
      continue;
    }
    const twin = proposed.get(id);
    const pinned = isAlias(item) || holdsReferencedAnchor(target, context.referenced);
    if (twin && !present.has(id) && !rejected.has(id)) {
      if (!isAlias(item)) changed = updateAutomatic(context, target, twin) || changed;
      items.push(item);
      present.add(id);
    } else if (pinned || (target.has('note') && !rejected.has(id) && !present.has(id))) {
      items.push(item);
      present.add(id);
      if (!twin) context.notices.push(keptMappingNotice(pair.old, id, pinned));
    } else {
      changed = true;
    }
  }
  for (const match of proposed.values()) {
    if (present.has(match.id)) continue;
    items.push(createItemNode(doc, match));
    changed = true;
  }
  if (!changed) return false;
  seq.items = items;
  if (items.length > 0) seq.flow = false;
  if (!isSeq(existing)) {
    setIn(doc, pair.node, 'actions', [], Object.keys(pair.fresh));
    pair.node.set('actions', seq);
  }
  return true;
}

/** Brings an automatic mapping's confidence, evidence and review flag up to date, keeping its note and comments. */
function updateAutomatic(context: RefreshContext, node: YAMLMap, fresh: ActionMatch): boolean {
  const order = Object.keys(fresh);
  let changed = false;
  for (const key of ['confidence', 'evidence', 'review'] as const) {
    const value = fresh[key];
    changed = (value === undefined ? deleteIn(node, key) : setIn(context.doc, node, key, value, order)) || changed;
  }
  return changed;
}

function keptMappingNotice(item: Commitment, id: string, pinned: boolean): MergeNotice {
  const why = pinned ? 'it is shared through a YAML anchor' : 'it carries a note';
  return {
    rule: pinned ? 'anchor-kept' : 'noted-mapping-kept',
    id: item.id,
    line: item.position.line,
    message: `kept the automatic mapping to ${id} because ${why}, though the classifier no longer proposes it: accept it (by: analyst) or move it to rejected`,
  };
}
