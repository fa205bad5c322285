import type { Element, ElementContent, Parents, Root } from 'hast';
import { loadPackageData } from '../io/data-file.js';

interface FurnitureData {
  elements: string[];
  'page-elements': string[];
  'content-containers': string[];
  roles: string[];
  'attribute-patterns': string[];
}

/** The compiled rules of `src/ingest/data/html-furniture.yaml`. */
export interface FurnitureRules {
  elements: Set<string>;
  pageElements: Set<string>;
  containers: Set<string>;
  roles: Set<string>;
  patterns: RegExp[];
}

let compiled: FurnitureRules | undefined;

/** The web-page furniture rules from `src/ingest/data/html-furniture.yaml`, compiled once per process rather than once per page. */
export function furnitureRules(): FurnitureRules {
  if (compiled) return compiled;
  const data = loadPackageData<FurnitureData>('src/ingest/data/html-furniture.yaml');
  compiled = {
    elements: new Set(data.elements),
    pageElements: new Set(data['page-elements']),
    containers: new Set(data['content-containers']),
    roles: new Set(data.roles),
    patterns: data['attribute-patterns'].map((pattern) => new RegExp(pattern, 'iu')),
  };
  return compiled;
}

/**
 * Removes navigation, banners, forms, scripts and other page furniture from an HTML tree; when the
 * page marks its main content (`<main>` or `role="main"`), keeps only that. Returns how many elements went.
 */
export function removeHtmlFurniture(tree: Root, rules: FurnitureRules = furnitureRules()): number {
  const removed = prune(tree, rules, false);
  const main = findMain(tree);
  if (main) tree.children = [main];
  return removed;
}

function prune(parent: Parents, rules: FurnitureRules, inContent: boolean): number {
  let removed = 0;
  const kept: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    if (isFurniture(child, rules, inContent)) {
      removed += 1;
      continue;
    }
    removed += prune(child, rules, inContent || rules.containers.has(child.tagName));
    kept.push(child);
  }
  (parent as Parents & { children: ElementContent[] }).children = kept;
  return removed;
}

function isFurniture(element: Element, rules: FurnitureRules, inContent: boolean): boolean {
  if (rules.elements.has(element.tagName)) return true;
  if (element.tagName === 'p' && isLinkLine(element)) return true;
  if (!inContent && rules.pageElements.has(element.tagName)) return true;
  const properties = element.properties;
  if (properties.hidden === true || String(properties.ariaHidden) === 'true') return true;
  if (typeof properties.role === 'string' && rules.roles.has(properties.role.toLowerCase())) return true;
  const names = [properties.id, properties.ariaLabel, ...(Array.isArray(properties.className) ? properties.className : [])];
  return names.some((name) => typeof name === 'string' && rules.patterns.some((pattern) => pattern.test(name)));
}

function findMain(node: Parents): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main' || child.properties.role === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * A paragraph made of links and nothing else ("Download the full plan (PDF, 2.4MB) · Easy read
 * version"): a line of the page's furniture, whatever its words, since every word of it is a link.
 */
function isLinkLine(element: Element): boolean {
  let links = 0;
  const plain = (node: ElementContent): boolean => {
    if (node.type === 'text') return /^[\s·|•,/–-]*$/u.test(node.value);
    if (node.type !== 'element') return true;
    if (node.tagName === 'a') {
      links += 1;
      return true;
    }
    return node.children.every(plain);
  };
  return element.children.every(plain) && links > 0;
}
