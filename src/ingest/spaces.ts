import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Spaces that look like a space but are not one to a parser: no-break, figure and narrow no-break spaces. */
const ODD_SPACES = /[\u00A0\u2007\u202F]/gu;
const HAS_ODD_SPACE = /[\u00A0\u2007\u202F]/u;

/** Turns every no-break space in a tree's text into a plain space, one character for one, so positions do not move. */
export function normaliseSpaces(tree: Root): void {
  visit(tree as Node, 'text', (node) => {
    const text = node as Text;
    if (HAS_ODD_SPACE.test(text.value)) text.value = text.value.replace(ODD_SPACES, ' ');
  });
}
