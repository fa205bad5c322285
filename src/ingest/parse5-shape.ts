import type { DefaultTreeAdapterMap } from 'parse5';
import type { TreeShape } from './tree-guard.js';

type Parse5Node = DefaultTreeAdapterMap['node'];

/** The shape of parse5's trees, for the tree guard: children are `childNodes` (and a template's `content`). */
export const PARSE5_SHAPE: TreeShape<Parse5Node> = {
  children: (node) => {
    if ('content' in node && node.content) return [...node.childNodes, node.content];
    return 'childNodes' in node ? node.childNodes : undefined;
  },
  place: (node) => {
    const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    return location ? { line: location.startLine, column: location.startCol } : undefined;
  },
};
