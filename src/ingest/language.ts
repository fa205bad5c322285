import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eng } from 'stopword';
import type { Position } from 'unist';
import { loadPackageData } from '../io/data-file.js';

interface LanguageData {
  'english-share': number;
  'english-margin': number;
  'min-characters': number;
  candidates: Record<string, string>;
  'english-tags': string[];
}

/** What was skipped as not English: how many paragraphs, in which languages (by name), and where the first one was. */
export interface SkippedLanguage {
  paragraphs: number;
  languages: Map<string, number>;
  first?: Position;
}

interface Unit {
  node: Nodes;
  parent: Parent;
  text: string;
  language?: string;
}

/** The language settings of `src/ingest/data/languages.yaml`. */
export function languageSettings(): LanguageData {
  return loadPackageData<LanguageData>('src/ingest/data/languages.yaml');
}

/** True when an HTML `lang` value names English (or is empty). */
export function isEnglishTag(tag: string): boolean {
  const value = tag.trim().toLowerCase();
  return value === '' || languageSettings()['english-tags'].includes(value) || value.startsWith('en-');
}

/** The name of a language from its ISO 639-3 code or HTML tag, for messages ("cym" and "cy" → "Welsh"). */
export function languageName(code: string): string {
  const candidates = languageSettings().candidates;
  const lower = code.toLowerCase().split('-')[0] ?? '';
  const byTag: Record<string, string> = { cy: 'cym', gd: 'gla', ga: 'gle', pl: 'pol', ro: 'ron', ar: 'arb', ur: 'urd', pa: 'pan' };
  return candidates[lower] ?? candidates[byTag[lower] ?? ''] ?? code;
}

const FUNCTION_WORDS = new Set(eng.filter((word) => word.length > 1));

/** Share of a text's words that are English function words ("the", "will", "our"). */
function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => FUNCTION_WORDS.has(word)).length / words.length;
}

/**
 * Removes from a tree every paragraph, heading and table that is not in English, judged paragraph by
 * paragraph: plainly English text at once, longer text by franc among the candidate languages (English
 * unless its score falls clearly below the best one's, as names and acronyms make English look French), and
 * short text with its nearest judged neighbour, so no decision rests on one short line.
 */
export async function removeNonEnglish(tree: Root): Promise<SkippedLanguage> {
  const settings = languageSettings();
  const units = collectUnits(tree);
  const undecided = units.filter((unit) => {
    if (englishShare(unit.text) >= settings['english-share']) unit.language = 'eng';
    return unit.language === undefined;
  });
  const skipped: SkippedLanguage = { paragraphs: 0, languages: new Map() };
  if (undecided.length === 0) return skipped;
  const { francAll } = await import('franc-all');
  const only = Object.keys(settings.candidates);
  const identify = (text: string): string => {
    const scores = francAll(text, { only, minLength: 1 });
    const best = scores[0]?.[0] ?? 'und';
    const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
    return best === 'und' || english >= settings['english-margin'] ? 'eng' : best;
  };
  for (const unit of undecided)
    if (unit.text.length >= settings['min-characters'] && !mostlyNames(unit.text)) unit.language = identify(unit.text);
  units.forEach((unit, index) => {
    unit.language ??= nearestJudged(units, index) ?? 'eng';
  });
  for (const unit of units) {
    if (unit.language === 'eng') continue;
    unit.parent.children = unit.parent.children.filter((child) => child !== unit.node);
    skipped.paragraphs += 1;
    const name = languageName(unit.language ?? '');
    skipped.languages.set(name, (skipped.languages.get(name) ?? 0) + 1);
    if (!skipped.first && unit.node.position) skipped.first = unit.node.position;
  }
  pruneEmpty(tree);
  return skipped;
}

/**
 * A title in title case ("Safer Grangeford Partnership – Domestic Homicide Review: Action Plan") is
 * mostly names, which tell franc little about the language: it is judged with its neighbours.
 */
function mostlyNames(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= TITLE_CASE_SHARE;
}

/** The share of capitalised words from which a text reads as a title or a list of names. */
const TITLE_CASE_SHARE = 0.6;

/** The language of the nearest unit judged on its own text: the next one first, then the one before. */
function nearestJudged(units: Unit[], index: number): string | undefined {
  const judged = (unit: Unit | undefined): boolean =>
    unit?.language !== undefined && unit.text.length >= languageSettings()['min-characters'];
  for (let next = index + 1; next < units.length; next += 1) if (judged(units[next])) return units[next]?.language;
  for (let previous = index - 1; previous >= 0; previous -= 1) if (judged(units[previous])) return units[previous]?.language;
  return undefined;
}

/** Paragraphs, headings and whole tables, in document order, each with its parent; text inside tables is judged with its table. */
function collectUnits(tree: Root): Unit[] {
  const units: Unit[] = [];
  const order: { parent: Parent; index: number }[] = [{ parent: tree, index: 0 }];
  while (order.length > 0) {
    const frame = order[order.length - 1] as { parent: Parent; index: number };
    const node = frame.parent.children[frame.index] as Nodes | undefined;
    if (!node) {
      order.pop();
      continue;
    }
    frame.index += 1;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') {
      const text = toString(node).replace(/\s+/gu, ' ').trim();
      if (text !== '') units.push({ node, parent: frame.parent, text });
    } else if ('children' in node) {
      order.push({ parent: node, index: 0 });
    }
  }
  return units;
}

/** Drops list items, lists and quotes left with nothing in them. */
function pruneEmpty(parent: Parent): void {
  for (const child of parent.children) if ('children' in child) pruneEmpty(child as Parent);
  parent.children = parent.children.filter(
    (child) => !(['list', 'listItem', 'blockquote'].includes(child.type) && 'children' in child && (child as Parent).children.length === 0),
  );
}
