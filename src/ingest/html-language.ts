import type { Element, ElementContent, Parents, Root } from 'hast';
import type { Position } from 'unist';
import { isEnglishTag, languageName, type SkippedLanguage } from './language.js';

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'dd', 'dt']);

/** Removes the elements of a page marked as another language (`lang="cy"`), counting the paragraphs they held. */
export function removeOtherLanguages(tree: Root): SkippedLanguage {
  const skipped: SkippedLanguage = { paragraphs: 0, languages: new Map() };
  prune(tree, skipped);
  return skipped;
}

function prune(parent: Parents, skipped: SkippedLanguage): void {
  const kept: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    const lang = child.properties.lang;
    if (typeof lang === 'string' && !isEnglishTag(lang)) {
      const paragraphs = Math.max(1, countBlocks(child));
      skipped.paragraphs += paragraphs;
      const name = languageName(lang);
      skipped.languages.set(name, (skipped.languages.get(name) ?? 0) + paragraphs);
      if (!skipped.first && child.position) skipped.first = child.position as Position;
      continue;
    }
    prune(child, skipped);
    kept.push(child);
  }
  (parent as Parents & { children: ElementContent[] }).children = kept;
}

function countBlocks(element: Element): number {
  const count = BLOCKS.has(element.tagName) ? 1 : 0;
  let inner = 0;
  for (const child of element.children) if (child.type === 'element') inner += countBlocks(child);
  return element.tagName === 'li' || element.tagName === 'p' ? Math.max(count, inner) : count + inner;
}
