import type { Node, Parent, Position } from 'unist';

/**
 * Gives a position to every node that has none, as nodes made up by a conversion (the paragraph
 * rehype-remark wraps around a list item's text) do: from the first and last positioned
 * descendants, else from the nearest positioned ancestor.
 */
export function fillPositions(tree: Node): void {
  fromChildren(tree);
  fromAncestors(tree, tree.position);
}

function fromChildren(node: Node): Position | undefined {
  const children = 'children' in node ? (node as Parent).children : [];
  const spans = children.map(fromChildren).filter((span): span is Position => span !== undefined);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!node.position && first && last) node.position = { start: { ...first.start }, end: { ...last.end } };
  return node.position;
}

function fromAncestors(node: Node, inherited: Position | undefined): void {
  if (!node.position && inherited) node.position = { start: { ...inherited.start }, end: { ...inherited.end } };
  if ('children' in node) for (const child of (node as Parent).children) fromAncestors(child, node.position);
}
