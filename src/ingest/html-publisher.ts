import type { Element, Root as HastRoot } from 'hast';
import { visit, EXIT } from 'unist-util-visit';

/** Most words a site name has ("Office of the Police and Crime Commissioner for Northshire"). */
const MAX_SITE_NAME_WORDS = 10;

/**
 * Who publishes a web page, from its `<title>`: the site's name that web pages put after the page's own
 * title ("Our VAWG strategy | Kent Police", "Police and Crime Plan – Commissioner for Ternmouth"), or
 * undefined when the title has no such part.
 */
export function htmlPublisher(hast: HastRoot): string | undefined {
  let title: Element | undefined;
  visit(hast, 'element', (node: Element) => {
    if (node.tagName !== 'title') return undefined;
    title = node;
    return EXIT;
  });
  if (title === undefined) return undefined;
  const parts = textOf(title)
    .split(/\s[|–—-]\s/u)
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter((part) => part.length > 0);
  const site = parts.length >= 2 ? parts[parts.length - 1]! : undefined;
  return site !== undefined && site.split(' ').length <= MAX_SITE_NAME_WORDS ? site : undefined;
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}
