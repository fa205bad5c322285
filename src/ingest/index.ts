import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { readInputBytes, readInputText, type ReadTextOptions } from '../io/read-text.js';
import { removeBoilerplate } from './boilerplate.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { readFrontmatter } from './frontmatter.js';
import { restorePositions, separateProseAfterLists } from './lazy-lines.js';
import { nestListsByIndent } from './nest-lists.js';
import { parseMarkdown } from './parse-markdown.js';
import { promoteHeadings } from './promote-headings.js';
import { splitTextLines } from './split-lines.js';

export type { InputFormat } from './detect-format.js';

/** A source document turned into a syntax tree whose positions point into the source. */
export interface IngestedDocument {
  file: string;
  text: string;
  format: InputFormat;
  sha256: string;
  tree: Root;
  frontmatter: Record<string, unknown>;
  /** How many blocks of web-page furniture were dropped. */
  boilerplateRemoved: number;
}

/** Reads a strategy file of any supported format into an mdast tree. */
export function ingestFile(file: string, options: ReadTextOptions = {}): IngestedDocument {
  const bytes = readInputBytes(file, options);
  const format = detectFormat(file, bytes);
  const text = readInputText(file, options);
  return ingestText(text, file, format, createHash('sha256').update(bytes).digest('hex'));
}

/** Turns source text into an mdast tree: markdown as written, plain text with lines, headings and lists recovered. */
export function ingestText(text: string, file: string, format: InputFormat, sha256?: string): IngestedDocument {
  const insertions = format === 'text' ? separateProseAfterLists(text) : undefined;
  const tree = parseMarkdown(insertions?.text ?? text);
  if (insertions) restorePositions(tree, insertions);
  const frontmatter = readFrontmatter(tree, file);
  if (format === 'text') splitTextLines(tree, text);
  const boilerplateRemoved = removeBoilerplate(tree);
  if (format === 'text') promoteHeadings(tree);
  nestListsByIndent(tree);
  return {
    file,
    text,
    format,
    sha256: sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
    tree,
    frontmatter,
    boilerplateRemoved,
  };
}
