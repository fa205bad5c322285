import type { Node, Parent } from 'unist';
import { overLimit, type Limits } from '../io/limits.js';

/** How to walk one kind of tree: a node's children, and where a node starts in the source. */
export interface TreeShape<T> {
  children(node: T): readonly T[] | undefined;
  place(node: T): { line: number; column: number } | undefined;
}

/** The shape of unist trees (mdast, hast). */
export const UNIST_SHAPE: TreeShape<Node> = {
  children: (node) => ('children' in node ? (node as Parent).children : undefined),
  place: (node) => (node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined),
};

/**
 * Refuses a tree deeper than `max-depth` or with more nodes than `max-nodes`, walking it with an
 * explicit stack so that the check itself never exhausts the call stack. Every recursive walk of
 * the later stages runs after this one, so none of them can meet a tree deep enough to overflow.
 */
export function guardTree<T>(root: T, file: string, limits: Limits, shape: TreeShape<T>): void {
  const stack: { node: T; depth: number }[] = [{ node: root, depth: 0 }];
  let nodes = 0;
  let lastPlace: { line: number; column: number } | undefined;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: T; depth: number };
    nodes += 1;
    lastPlace = shape.place(node) ?? lastPlace;
    if (depth > limits['max-depth']) {
      throw overLimit('max-depth', 'elements are nested too deeply', limits['max-depth'], {
        file,
        ...(lastPlace ?? {}),
      });
    }
    if (nodes > limits['max-nodes']) {
      throw overLimit('max-nodes', 'the document tree has too many nodes', limits['max-nodes'], {
        file,
        ...(lastPlace ?? {}),
      });
    }
    const children = shape.children(node);
    if (!children) continue;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] as T, depth: depth + 1 });
  }
}
