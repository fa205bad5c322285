import type { List, ListItem, Parent, Root } from 'mdast';

/**
 * Rebuilds list nesting from the items' columns: documents converted from PDF often indent
 * sub-bullets by a single space, which markdown reads as siblings of their parent.
 */
export function nestListsByIndent(tree: Root): void {
  visitLists(tree);
}

function visitLists(parent: Parent): void {
  for (const child of parent.children) {
    if (child.type === 'list') nestItems(child);
    if ('children' in child) visitLists(child as Parent);
  }
}

function nestItems(list: List): void {
  const columns = list.children.map((item) => item.position?.start.column ?? 1);
  if (new Set(columns).size <= 1) return;
  const topLevel: ListItem[] = [];
  const stack: { item: ListItem; column: number; sublist?: List }[] = [];
  list.children.forEach((item, index) => {
    const column = columns[index] ?? 1;
    while (stack.length > 0 && (stack[stack.length - 1]?.column ?? 0) >= column) stack.pop();
    const holder = stack[stack.length - 1];
    if (!holder) topLevel.push(item);
    else {
      holder.sublist ??= appendSublist(holder.item, list);
      holder.sublist.children.push(item);
      extendEnd(holder.sublist, item);
      extendEnd(holder.item, item);
    }
    stack.push({ item, column });
  });
  list.children = topLevel;
}

function appendSublist(parent: ListItem, like: List): List {
  const sublist: List = { type: 'list', ordered: like.ordered, start: like.start, spread: false, children: [] };
  parent.children.push(sublist);
  return sublist;
}

function extendEnd(node: List | ListItem, last: ListItem): void {
  if (!last.position) return;
  if (!node.position) node.position = { start: { ...last.position.start }, end: { ...last.position.end } };
  else node.position = { start: node.position.start, end: { ...last.position.end } };
  if (node.type === 'list' && node.children[0]?.position) node.position.start = { ...node.children[0].position.start };
}
