import type { List, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { shiftPositions } from './positions.js';
import { remarkTables } from './gfm-tables.js';

// Of GitHub-flavoured markdown only tables are read (strategies' action plans are tables; they use
// no footnotes, task lists or autolinks, and autolink scanning is what made remark-gfm slow). Table
// scanning still costs two to five times the plain parse on long paragraphs, so it runs only on the
// chunks that hold a table's delimiter row (`| --- | --- |`).
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const tableProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTables);

/** A GFM table's delimiter row: cells of dashes with optional alignment colons, at least one pipe. */
const DELIMITER_ROW = /^ {0,3}(?:\|[ \t]*)?:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*(?:[ \t]*\|)?[ \t]*$/gmu;

/** True when a piece of markdown holds a table delimiter row, so only then is table syntax parsed. */
export function hasTableDelimiter(text: string): boolean {
  if (!text.includes('|')) return false;
  for (const match of text.matchAll(DELIMITER_ROW)) if (match[0].includes('|')) return true;
  return false;
}

function parseChunk(text: string): Root {
  return (hasTableDelimiter(text) ? tableProcessor : processor).parse(text);
}

/** Size at which the source is cut, at the next top-level block, into separately parsed chunks. */
const CHUNK_SIZE = 16 * 1024;

/**
 * Parses markdown into an mdast tree with a position on every node. Long sources are parsed in
 * chunks cut where a new top-level block starts, and lists split by a cut are joined again, so the
 * tree is the one a single parse gives while parsing time stays linear in the length of the source.
 */
export function parseMarkdown(text: string): Root {
  const cuts = chunkStarts(text);
  if (cuts.length === 1) return parseChunk(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  cuts.forEach((start, index) => {
    const end = cuts[index + 1]?.offset ?? text.length;
    const chunk = parseChunk(text.slice(start.offset, end));
    shiftPositions(chunk, start);
    const [first, ...rest] = chunk.children;
    const previous = root.children[root.children.length - 1];
    if (previous?.type === 'list' && first?.type === 'list' && previous.ordered === first.ordered) {
      joinList(previous, first);
      root.children.push(...rest);
    } else root.children.push(...chunk.children);
  });
  return root;
}

interface ChunkStart {
  line: number;
  column: number;
  offset: number;
}

function chunkStarts(text: string): ChunkStart[] {
  const starts: ChunkStart[] = [{ line: 1, column: 1, offset: 0 }];
  if (text.length <= CHUNK_SIZE) return starts;
  let offset = 0;
  let line = 1;
  let last = 0;
  let fenced = false;
  let frontmatter = text.startsWith('---\n') || text.startsWith('---\r\n');
  let previousBlank = false;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(offset, end);
    if (frontmatter && line > 1 && /^(---|\.\.\.)\s*$/.test(content)) frontmatter = false;
    if (/^\s{0,3}(```|~~~)/.test(content)) fenced = !fenced;
    const topLevel = content !== '' && !/^\s/.test(content);
    if (!fenced && !frontmatter && previousBlank && topLevel && offset - last >= CHUNK_SIZE) {
      starts.push({ line, column: 1, offset });
      last = offset;
    }
    previousBlank = content.trim() === '';
    if (newline === -1) break;
    offset = newline + 1;
    line += 1;
  }
  return starts;
}

/** Joins a list that a chunk cut split in two back into one. */
function joinList(previous: List, next: List): void {
  previous.children.push(...next.children);
  previous.spread = previous.spread || next.spread;
  if (previous.position && next.position) previous.position.end = next.position.end;
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1, offset: text.length };
}
