import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { loadPackageData } from '../io/data-file.js';
import { isAllStrong } from './strong.js';

interface HeadingData {
  patterns: string[];
  'title-like': { 'max-words': number; 'max-characters': number; 'subtitle-max-words': number; 'forbidden-endings': string };
  'not-headings': string[];
}

interface HeadingRules {
  patterns: RegExp[];
  notHeadings: RegExp[];
  maxWords: number;
  maxCharacters: number;
  subtitleMaxWords: number;
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
    subtitleMaxWords: data['title-like']['subtitle-max-words'],
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
  let previous: RootContent | undefined;
  tree.children = tree.children.map((child): RootContent => {
    const afterTitle = previous?.type === 'heading' && previous.depth === 1;
    previous = promoted(child, afterTitle);
    return previous;
  });

  function promoted(child: RootContent, afterTitle: boolean): RootContent {
    if (child.type !== 'paragraph') {
      if (child.type !== 'yaml') seenContent = true;
      return child;
    }
    if (!isHeadingLike(child, rules) && !(afterTitle && isSubtitle(child, rules))) {
      seenContent = true;
      return child;
    }
    const depth = seenContent ? 2 : 1;
    seenContent = true;
    return toHeading(child, depth);
  }
}

/** Whether a text opens with the name of a part of a plan ("Pillar 2:", "Workstream A:", "Appendix B"). */
export function namesAPlanPart(text: string): boolean {
  return headingRules().patterns.some((pattern) => pattern.test(text.trim()));
}

/** A word without the punctuation around it: "(RASSO)" is "RASSO", "Plan," is "Plan". */
function withoutPunctuation(word: string): string {
  const characters = [...word];
  const isPunctuation = (character: string | undefined): boolean => character !== undefined && /^\p{P}$/u.test(character);
  while (isPunctuation(characters[0])) characters.shift();
  while (isPunctuation(characters[characters.length - 1])) characters.pop();
  return characters.join('');
}

/** Words a title leaves in small letters. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A line in title case, every word but the minor ones capitalised, short enough to be a subtitle. */
function isSubtitle(paragraph: Paragraph, rules: HeadingRules): boolean {
  const text = toString(paragraph).replace(/\s+/g, ' ').trim();
  const words = text.split(' ').map(withoutPunctuation);
  if (words.length > rules.subtitleMaxWords || rules.forbiddenEndings.includes(text[text.length - 1] ?? '')) return false;
  return words.every((word) => word === '' || MINOR_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word));
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
