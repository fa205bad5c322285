import type { List, ListItem, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineBullet, type LineBullet } from './bullets.js';

/**
 * Turns runs of paragraphs that each start with a typed bullet ("• Train door staff", "– Extend
 * patrols", "1) Publish"), as web pages and Word documents written without list formatting
 * have them, into a list whose items no longer carry the bullet. Returns how many items were made.
 */
export function listTypedBullets(tree: Root): number {
  return inside(tree);
}

function inside(parent: Parent): number {
  let made = 0;
  const children: RootContent[] = [];
  let run: { list: List; bullet: LineBullet } | undefined;
  for (const child of parent.children as RootContent[]) {
    const bullet = child.type === 'paragraph' ? typedBullet(child) : undefined;
    if (child.type === 'paragraph' && bullet) {
      const item = toItem(child, bullet);
      if (run && run.bullet.ordered === bullet.ordered) {
        run.list.children.push(item);
        if (run.list.position && item.position) run.list.position.end = { ...item.position.end };
      } else {
        const list: List = { type: 'list', ordered: bullet.ordered, spread: false, children: [item] };
        if (item.position) list.position = { start: { ...item.position.start }, end: { ...item.position.end } };
        run = { list, bullet };
        children.push(list);
      }
      made += 1;
      continue;
    }
    run = undefined;
    if ('children' in child) made += inside(child as Parent);
    children.push(child);
  }
  (parent as Parent & { children: RootContent[] }).children = children;
  return made;
}

/** The bullet a paragraph's text starts with, when it is one a writer types (a glyph, a dash, a number); never the letter "o". */
function typedBullet(paragraph: Paragraph): LineBullet | undefined {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return undefined;
  const bullet = lineBullet(first.value, false);
  return bullet && toString(paragraph).trim().length > bullet.textStart ? bullet : undefined;
}

function toItem(paragraph: Paragraph, bullet: LineBullet): ListItem {
  const first = paragraph.children[0];
  if (first?.type === 'text') {
    first.value = first.value.slice(bullet.textStart);
    for (const node of [first, paragraph]) {
      const start = node.position?.start;
      if (!start) continue;
      start.column += bullet.textStart;
      if (start.offset !== undefined) start.offset += bullet.textStart;
    }
  }
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
  if (paragraph.position) item.position = { start: { ...paragraph.position.start }, end: { ...paragraph.position.end } };
  return item;
}
