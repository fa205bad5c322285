import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Moves every position in a tree parsed from a fragment to where the fragment sits in the whole source. */
export function shiftPositions(tree: Node, start: { line: number; column: number; offset: number }): void {
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      if (point.line === 1) point.column += start.column - 1;
      point.line += start.line - 1;
      if (point.offset !== undefined) point.offset += start.offset;
    }
  });
}
