import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { SourcePosition } from '../model/index.js';

/**
 * Rewrites the line and column of every position in a tree to the place the user sees in the
 * original file (a PDF page's line, a Word paragraph); offsets keep pointing into the text the
 * tree was parsed from, which is what sentences are located in.
 */
export function rewritePositions(tree: Node, map: (point: { line: number; column: number }) => SourcePosition): void {
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      const mapped = map(point);
      point.line = mapped.line;
      point.column = mapped.column;
    }
  });
}
