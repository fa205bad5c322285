import type { PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { cellText } from '../ingest/table-rows.js';
import type { Block } from './walk.js';

/** Depth given to a row label read as a heading: below every heading a document can write. */
export const ROW_LABEL_DEPTH = 7;
/** Most words a row label has ("What we will do", "How we will know"). */
const MAX_LABEL_WORDS = 8;

/**
 * The blocks of a "plan on a page": a table whose first column labels its rows ("What we will do",
 * "How we will know") and whose other columns are themes. Each labelled row reads as a heading,
 * and each item of its cells (cells hold several, one per line break) as a list item under it,
 * one list per cell. `isContext` says whether a label sets a context (commitments, targets);
 * a table none of whose labels does gives no blocks. `nextList` numbers the lists.
 */
export function matrixBlocks(table: Table, firstIndex: number, isContext: (label: string) => boolean, nextList: () => number): Block[] {
  const [, ...body] = table.children;
  if (body.length < 2 || (table.children[0]?.children.length ?? 0) < 3) return [];
  const labels = body.map((row) => (row.children[0] ? cellText(row.children[0]) : ''));
  if (labels.some((label) => label === '' || label.split(/\s+/u).length > MAX_LABEL_WORDS)) return [];
  if (!labels.some(isContext)) return [];
  const blocks: Block[] = [];
  body.forEach((row, rowIndex) => {
    const label = row.children[0]!;
    if (!isContext(labels[rowIndex]!)) return;
    const heading = firstIndex + blocks.length;
    blocks.push({ kind: 'heading', nodes: label.children as RootContent[], depth: ROW_LABEL_DEPTH, heading, rowLabel: true });
    for (const cell of row.children.slice(1)) {
      const list = nextList();
      for (const item of cellItems(cell))
        blocks.push({ kind: 'item', nodes: item as RootContent[], depth: 1, heading, list, rowLabel: true });
    }
  });
  return blocks;
}

/** The items of a cell: its content cut at each line break (`<br>` or a hard break), empty pieces left out. */
function cellItems(cell: TableCell): PhrasingContent[][] {
  const items: PhrasingContent[][] = [[]];
  for (const node of cell.children) {
    const isBreak = node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/iu.test(node.value.trim()));
    if (isBreak) items.push([]);
    else items[items.length - 1]!.push(node);
  }
  return items.filter((item) => item.some((node) => node.type !== 'html' && !(node.type === 'text' && node.value.trim() === '')));
}
