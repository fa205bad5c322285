import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { loadPackageData } from '../io/data-file.js';
import { isAllStrong } from './strong.js';

interface HeadingData {
  patterns: string[];
  'title-like': { 'max-words': number; 'max-characters': number; 'forbidden-endings': string };
  'not-headings': string[];
}

interface HeadingRules {
  patterns: RegExp[];
  notHeadings: RegExp[];
  maxWords: number;
  maxCharacters: number;
  forbiddenEndings: string;
}

let cached: HeadingRules | undefined;

function headingRules(): HeadingRules {
  if (cached) return cached;
  const data = loadPackageData<HeadingData>('src/ingest/data/headings.yaml');
  cached = {
    patterns: data.patterns.map((pattern) => new RegExp(pattern, 'iu')),
    notHeadings: data['not-headings'].map((pattern) => new RegExp(pattern, 'u')),
    maxWords: data['title-like']['max-words'],
    maxCharacters: data['title-like']['max-characters'],
    forbiddenEndings: data['title-like']['forbidden-endings'],
  };
  return cached;
}

/**
 * Turns the top-level lines of a plain-text document that read as headings (short, title-like,
 * all bold, or "Pillar 1: ...") into heading nodes. The first one, before any prose, is the title.
 */
export function promoteHeadings(tree: Root): void {
  const rules = headingRules();
  let seenContent = false;
  tree.children = tree.children.map((child): RootContent => {
    if (child.type !== 'paragraph') {
      if (child.type !== 'yaml') seenContent = true;
      return child;
    }
    if (!isHeadingLike(child, rules)) {
      seenContent = true;
      return child;
    }
    const depth = seenContent ? 2 : 1;
    seenContent = true;
    return toHeading(child, depth);
  });
}

/** A section number before a heading's title ("3.", "2.1", "4)"). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)/u;

function isHeadingLike(paragraph: Paragraph, rules: HeadingRules): boolean {
  const text = toString(paragraph).replace(/\s+/g, ' ').trim();
  if (text === '' || rules.notHeadings.some((pattern) => pattern.test(text))) return false;
  if (rules.patterns.some((pattern) => pattern.test(text))) return true;
  if (isAllStrong(paragraph) && text.split(' ').length <= rules.maxWords) return true;
  return isTitleLike(text.replace(SECTION_NUMBER, ''), rules);
}

/** True when a line reads as a title: short, capitalised, not ending like a sentence (limits in `src/ingest/data/headings.yaml`). */
export function isTitleLike(text: string, rules: HeadingRules = headingRules()): boolean {
  const words = text.split(' ');
  const last = text[text.length - 1] ?? '';
  return (
    words.length <= rules.maxWords && text.length <= rules.maxCharacters && !rules.forbiddenEndings.includes(last) && /^\p{Lu}/u.test(text)
  );
}

function toHeading(paragraph: Paragraph, depth: 1 | 2): Heading {
  const children: PhrasingContent[] = isAllStrong(paragraph)
    ? paragraph.children.flatMap((child) => (child.type === 'strong' ? child.children : []))
    : paragraph.children;
  const heading: Heading = { type: 'heading', depth, children };
  if (paragraph.position) heading.position = paragraph.position;
  return heading;
}
