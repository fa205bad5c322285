import type { Document, Node } from 'yaml';
import { yamlModule } from './yaml-module.js';

/** Gives YAML the compact layout vawg writes: flow style for force, positions, sections and evidence items. */
export function compactLayout<T extends Node | Document>(node: T): T {
  const { isMap, isSeq, visit } = yamlModule();
  visit(node, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if ((key === 'position' || key === 'force') && isMap(pair.value)) pair.value.flow = true;
      if (key === 'section' && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'evidence' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  if (isMap(node) && node.has('line') && node.has('column')) node.flow = true;
  if (isSeq(node) && node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
  return node;
}

/** Writes a YAML document as vawg does: no line folding, padded flow collections. */
export function stringifyYaml(document: Document): string {
  return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}
