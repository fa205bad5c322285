import { isAlias, isMap, isNode, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { compactLayout } from '../io/yaml-layout.js';

/** A plain JSON-like value as the merge writes it. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain | undefined };

/** The key of a pair as a string. */
export function keyName(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/** A node with aliases followed to the node they name. */
export function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The plain value of a node, aliases expanded. */
export function plainOf(doc: Document, node: unknown): unknown {
  return isNode(node) ? node.toJS(doc) : node;
}

/** Whether two plain values are equal, ignoring key order. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => samePlain(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = Object.entries(b).filter(([, value]) => value !== undefined);
  return left.length === right.length && left.every(([key, value]) => samePlain(value, (b as Record<string, unknown>)[key]));
}

/** A new node for a value written under `key`, laid out as `vawg parse` writes it (flow positions and sections). */
export function createValueNode(doc: Document, key: string, value: unknown): Node {
  const holder = compactLayout(doc.createNode({ [key]: value }, { aliasDuplicateObjects: false }) as YAMLMap);
  return holder.items[0]!.value as Node;
}

/** A new node for a commitment or mapping, laid out as `vawg parse` writes it. */
export function createItemNode(doc: Document, value: unknown): YAMLMap {
  return compactLayout(doc.createNode(value, { aliasDuplicateObjects: false }) as YAMLMap);
}

/**
 * Sets `key` of a map to a value, changing the existing nodes in place (scalars keep their comments,
 * maps and sequences their style) and adding a missing key after the keys that precede it in
 * `order`. Returns whether anything changed.
 */
export function setIn(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[] = []): boolean {
  const pair = map.items.find((item) => keyName(item) === key);
  if (pair) {
    if (samePlain(plainOf(doc, pair.value), value)) return false;
    pair.value = assign(doc, key, pair.value, value);
    return true;
  }
  const rank = order.indexOf(key);
  let at = map.items.length;
  if (rank !== -1) {
    at = 0;
    map.items.forEach((item, index) => {
      const itemRank = order.indexOf(keyName(item));
      if (itemRank !== -1 && itemRank < rank) at = index + 1;
    });
  }
  map.items.splice(at, 0, doc.createPair(key, createValueNode(doc, key, value)) as Pair);
  return true;
}

/** Removes a key from a map; returns whether it was there. */
export function deleteIn(map: YAMLMap, key: string): boolean {
  const index = map.items.findIndex((item) => keyName(item) === key);
  if (index === -1) return false;
  map.items.splice(index, 1);
  return true;
}

/** The node to hold `value` in place of `node`: the same node updated where the shapes agree, a new one otherwise. */
function assign(doc: Document, key: string, node: unknown, value: unknown): Node {
  if (isAlias(node) || value === null || typeof value !== 'object') {
    if (isScalar(node) && (value === null || typeof value !== 'object')) {
      node.value = value;
      return node;
    }
    return createValueNode(doc, key, value);
  }
  if (Array.isArray(value) && isSeq(node)) {
    assignSeq(doc, key, node, value);
    return node;
  }
  if (!Array.isArray(value) && isMap(node)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    const order = entries.map(([name]) => name);
    for (const pair of [...node.items]) if (!order.includes(keyName(pair))) deleteIn(node, keyName(pair));
    for (const [name, item] of entries) setIn(doc, node, name, item, order);
    return node;
  }
  return createValueNode(doc, key, value);
}

function assignSeq(doc: Document, key: string, seq: YAMLSeq, values: unknown[]): void {
  const fresh = createValueNode(doc, key, values) as YAMLSeq;
  seq.items = values.map((value, index) => {
    const existing = seq.items[index];
    if (existing !== undefined && samePlain(plainOf(doc, existing), value)) return existing;
    if (isScalar(existing) && (value === null || typeof value !== 'object')) {
      existing.value = value;
      return existing;
    }
    if (isMap(existing) && value !== null && typeof value === 'object' && !Array.isArray(value)) return assign(doc, key, existing, value);
    return fresh.items[index];
  });
}

/** Anchors that some alias in the document refers to. */
export function referencedAnchors(doc: Document): Set<string> {
  const names = new Set<string>();
  visit(doc, {
    Alias(_, alias) {
      names.add(alias.source);
    },
  });
  return names;
}

/** Whether a node, or anything inside it, carries an anchor some alias refers to. */
export function holdsReferencedAnchor(node: Node, referenced: Set<string>): boolean {
  if (referenced.size === 0) return false;
  let found = false;
  visit(node, (_, item) => {
    if (isNode(item) && !isAlias(item) && item.anchor !== undefined && referenced.has(item.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
