import type { Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { loadPackageData } from '../io/data-file.js';

interface BoilerplateData {
  patterns: { id: string; pattern: string; 'case-sensitive'?: boolean; examples?: { match: string[]; 'no-match': string[] } }[];
}

/** A compiled boilerplate rule. */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
}

let compiled: BoilerplateRule[] | undefined;

/** The boilerplate rules from `src/ingest/data/boilerplate.yaml`, compiled once per process rather than once per document. */
export function boilerplateRules(): BoilerplateRule[] {
  compiled ??= loadPackageData<BoilerplateData>('src/ingest/data/boilerplate.yaml').patterns.map((entry) => ({
    id: entry.id,
    pattern: new RegExp(entry.pattern, entry['case-sensitive'] ? 'u' : 'iu'),
  }));
  return compiled;
}

/** The id of the first rule a block of text matches, if any. */
export function matchBoilerplate(text: string, rules: BoilerplateRule[]): string | undefined {
  const trimmed = text.trim();
  return rules.find((rule) => rule.pattern.test(trimmed))?.id;
}

/** Removes paragraphs and headings that are web-page furniture; returns how many were removed. */
export function removeBoilerplate(tree: Root, rules: BoilerplateRule[] = boilerplateRules()): number {
  return removeInside(tree, rules);
}

function removeInside(parent: Parent, rules: BoilerplateRule[]): number {
  let removed = 0;
  const kept: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if ((child.type === 'paragraph' || child.type === 'heading') && matchBoilerplate(toString(child), rules)) {
      removed += 1;
      continue;
    }
    if ('children' in child) removed += removeInside(child as Parent, rules);
    kept.push(child);
  }
  (parent as Parent & { children: RootContent[] }).children = kept;
  return removed;
}
