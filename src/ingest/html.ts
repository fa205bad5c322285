import type { ElementContent, Parents, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { resolveLimits, type Limits } from '../io/limits.js';
import { fillPositions } from './fill-positions.js';
import { removeHtmlFurniture } from './html-furniture.js';
import { htmlPublisher } from './html-publisher.js';
import { removeOtherLanguages } from './html-language.js';
import type { SkippedLanguage } from './language.js';
import { PARSE5_SHAPE } from './parse5-shape.js';
import { guardTree, UNIST_SHAPE } from './tree-guard.js';

/** An HTML source as an HTML tree (furniture removed) and the markdown tree made from it, both positioned in the source. */
export interface HtmlDocument {
  hast: HastRoot;
  tree: Root;
  /** How many furniture elements (navigation, banners, scripts ...) were dropped. */
  furnitureRemoved: number;
  /** Paragraphs dropped because the page marks them as another language (`lang="cy"`). */
  otherLanguages: SkippedLanguage;
  /** The site's name its `<title>` gives after the page's own title, when it gives one. */
  publisher?: string;
}

const converter = unified().use(rehypeRemark);

/**
 * Parses HTML with parse5 (as rehype-parse does), refuses a tree over the depth or node budget
 * before any recursive step sees it, drops page furniture, and converts it with rehype-remark into
 * mdast whose positions point into the HTML.
 */
export function parseHtml(html: string, file = 'document.html', limits: Limits = resolveLimits()): HtmlDocument {
  const parsed = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  guardTree(parsed, file, limits, PARSE5_SHAPE);
  const hast = fromParse5(parsed, { file: new VFile(html) }) as HastRoot;
  const publisher = htmlPublisher(hast);
  const furnitureRemoved = removeHtmlFurniture(hast);
  const otherLanguages = removeOtherLanguages(hast);
  breaksToNewlines(hast);
  const tree = converter.runSync(structuredClone(hast)) as Root;
  fillPositions(tree);
  guardTree(tree, file, limits, UNIST_SHAPE);
  return { hast, tree, furnitureRemoved, otherLanguages, ...(publisher === undefined ? {} : { publisher }) };
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
