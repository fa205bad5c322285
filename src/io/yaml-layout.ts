import type { Document, Node, Pair } from 'yaml';
import { yamlModule } from './yaml-module.js';

/**
 * Gives YAML the compact layout vawg writes: flow style for force, positions, sections and evidence items.
 * Every pair at any depth is looked at, walking the nodes with a stack (yaml's `visit` copies the path to
 * every node it passes, for a document of thousands of commitments).
 */
export function compactLayout<T extends Node | Document>(node: T): T {
  const { isCollection, isDocument, isMap, isPair, isSeq } = yamlModule();
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (isDocument(next)) stack.push(next.contents);
    else if (isPair(next)) {
      layoutPair(next);
      stack.push(next.key, next.value);
    } else if (isCollection(next)) stack.push(...next.items);
  }
  if (isMap(node) && node.has('line') && node.has('column')) node.flow = true;
  if (isSeq(node) && node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
  return node;
}

function layoutPair(pair: Pair): void {
  const { isMap, isSeq } = yamlModule();
  const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
  if ((key === 'position' || key === 'force') && isMap(pair.value)) pair.value.flow = true;
  if (key === 'section' && isSeq(pair.value)) pair.value.flow = true;
  if (key === 'evidence' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
}

/** Writes a YAML document as vawg does: no line folding, padded flow collections. */
export function stringifyYaml(document: Document): string {
  return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}
