import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namesAPlanPart } from '../ingest/promote-headings.js';
import { isAllStrong } from '../ingest/strong.js';
import { cellText, readColumn, tableRows, type TableRow } from '../ingest/table-rows.js';
import { matrixBlocks } from './matrix.js';

/** A block of the document in reading order: a heading, a paragraph, a list item or a table row. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  /** The nodes whose text the block reads (a list item's prose children, a row's action cell). */
  nodes: RootContent[];
  /** Heading depth for headings, list depth (1 = top level) for items. */
  depth: number;
  /** Index of the heading the block sits under (-1 before the first heading); a new heading starts a new section. */
  heading: number;
  /** Index of the list (for items), counting every list of the document. */
  list?: number;
  /** For a nested list's items: the block index of the item they are nested under. */
  parentItem?: number;
  /** An item that is only a bold phrase with a nested list under it: a heading for the nested items. */
  boldHeading?: boolean;
  /** The block stands inside a block quote. */
  quoted?: boolean;
  /** For rows: the row read by its columns (owner, due date, measure, the other cells). */
  row?: TableRow;
  /** A row label of a "plan on a page" read as a heading, or an item of a cell under it (see `matrixBlocks`). */
  rowLabel?: boolean;
}

/**
 * Flattens a document tree into blocks in reading order, iteratively (deep input cannot overflow the
 * stack). `isRowContext` says whether a table's row label sets a context, for tables that label rows.
 */
export function flattenBlocks(tree: Root, isRowContext: (label: string) => boolean = () => false): Block[] {
  const blocks: Block[] = [];
  let heading = -1;
  let lists = 0;
  const itemInfo = new Map<ListItem, { list: number; parentItem?: number }>();
  type Work = { node: Nodes; quoted: boolean; depth: number; parentItem?: number };
  const stack: Work[] = [...tree.children].reverse().map((node) => ({ node, quoted: false, depth: 0 }));
  while (stack.length > 0) {
    const work = stack.pop()!;
    const node = work.node;
    if (node.type === 'heading') {
      blocks.push({ kind: 'heading', nodes: [node], depth: node.depth, heading: blocks.length });
      heading = blocks.length - 1;
    } else if (node.type === 'paragraph') {
      blocks.push(withQuote({ kind: 'paragraph', nodes: [node], depth: work.depth, heading }, work.quoted));
    } else if (node.type === 'blockquote') {
      for (const child of [...node.children].reverse()) stack.push({ node: child, quoted: true, depth: work.depth });
    } else if (node.type === 'list') {
      const list = lists;
      lists += 1;
      const items = itemWork(node, list, work, itemInfo);
      for (const item of items.reverse()) stack.push(item);
    } else if (node.type === 'listItem') {
      const info = itemInfo.get(node);
      const prose = node.children.filter((child) => child.type !== 'list');
      const nested = node.children.filter((child): child is List => child.type === 'list');
      const first = prose[0];
      const block: Block = { kind: 'item', nodes: prose, depth: work.depth, heading, list: info?.list ?? 0 };
      if (info?.parentItem !== undefined) block.parentItem = info.parentItem;
      // A bold item, or one that names a part of the plan ("Workstream A: ..."), heads the items nested under it.
      if (
        nested.length > 0 &&
        prose.length === 1 &&
        first?.type === 'paragraph' &&
        (isAllStrong(first as Paragraph) || namesAPlanPart(toString(first)))
      )
        block.boldHeading = true;
      blocks.push(withQuote(block, work.quoted));
      const index = blocks.length - 1;
      for (const list of [...nested].reverse()) stack.push({ node: list, quoted: work.quoted, depth: work.depth, parentItem: index });
    } else if (node.type === 'table') {
      const rows = tableBlocks(node, heading);
      blocks.push(
        ...(rows.length > 0
          ? rows
          : matrixBlocks(node, blocks.length, isRowContext, () => {
              lists += 1;
              return lists - 1;
            })),
      );
    }
  }
  return blocks;
}

function itemWork(
  list: List,
  index: number,
  parent: { quoted: boolean; depth: number; parentItem?: number },
  itemInfo: Map<ListItem, { list: number; parentItem?: number }>,
): { node: Nodes; quoted: boolean; depth: number }[] {
  return list.children.map((item: ListItem) => {
    itemInfo.set(item, { list: index, ...(parent.parentItem === undefined ? {} : { parentItem: parent.parentItem }) });
    return { node: item, quoted: parent.quoted, depth: parent.depth + 1 };
  });
}

function withQuote(block: Block, quoted: boolean): Block {
  if (quoted) block.quoted = true;
  return block;
}

/** Rows of an action-plan table, each read through its action cell, with the fields its other cells give; other tables give none. */
function tableBlocks(table: Table, heading: number): Block[] {
  const rows = tableRows(table);
  const [header, ...body] = table.children;
  if (rows.length === 0 || !header) return [];
  const action = readColumn(header.children.map(cellText));
  const byStart = new Map(rows.map((row) => [row.position.start.offset, row]));
  return body.flatMap((row): Block[] => {
    const fields = byStart.get(row.position?.start.offset);
    const cell = row.children[action];
    if (!fields || !cell) return [];
    return [{ kind: 'row', nodes: cell.children as RootContent[], depth: 0, heading, row: fields }];
  });
}
