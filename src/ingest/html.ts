import type { ElementContent, Parents, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { fillPositions } from './fill-positions.js';
import { removeHtmlFurniture } from './html-furniture.js';
import { removeOtherLanguages } from './html-language.js';
import type { SkippedLanguage } from './language.js';

/** An HTML source as an HTML tree (furniture removed) and the markdown tree made from it, both positioned in the source. */
export interface HtmlDocument {
  hast: HastRoot;
  tree: Root;
  /** How many furniture elements (navigation, banners, scripts ...) were dropped. */
  furnitureRemoved: number;
  /** Paragraphs dropped because the page marks them as another language (`lang="cy"`). */
  otherLanguages: SkippedLanguage;
}

const parser = unified().use(rehypeParse);
const converter = unified().use(rehypeRemark);

/** Parses HTML with rehype-parse, drops page furniture, and converts it with rehype-remark into mdast whose positions point into the HTML. */
export function parseHtml(html: string): HtmlDocument {
  const hast = parser.parse(html);
  const furnitureRemoved = removeHtmlFurniture(hast);
  const otherLanguages = removeOtherLanguages(hast);
  breaksToNewlines(hast);
  const tree = converter.runSync(structuredClone(hast)) as Root;
  fillPositions(tree);
  return { hast, tree, furnitureRemoved, otherLanguages };
}

/** A `<br>` becomes a newline in the text, so "Prevent<br>and<br>Protect" keeps its word breaks. */
function breaksToNewlines(parent: Parents): void {
  (parent as Parents & { children: ElementContent[] }).children = (parent.children as ElementContent[]).map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'br')
      return child.position ? { type: 'text', value: '\n', position: child.position } : { type: 'text', value: '\n' };
    breaksToNewlines(child);
    return child;
  });
}
