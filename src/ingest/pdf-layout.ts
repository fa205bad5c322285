import type { SourcePosition } from '../model/index.js';
import { brokenWordEnd, hyphenJoin, wordsOf } from './hyphenation.js';
import type { PdfPage } from './pdf.js';
import { readColumns } from './pdf-columns.js';
import { dropPageFurniture, pageLines, type PdfLine } from './pdf-lines.js';
import { findTables, type PdfTable } from './pdf-tables.js';

/** Where a line of the generated markdown came from in the PDF. */
export interface PdfLineOrigin {
  page: number;
  /** The line's number on its page. */
  line: number;
  /** Characters of markup written before the PDF's text on the markdown line. */
  prefix: number;
  /** Characters on the PDF line before its text (a bullet and its space). */
  lead: number;
}

/** A PDF rebuilt as markdown, with the origin of every markdown line (index = markdown line - 1; undefined for blank lines). */
export interface PdfLayout {
  markdown: string;
  origins: (PdfLineOrigin | undefined)[];
}

interface Metrics {
  bodySize: number;
  /** Where full lines of body text end: a paragraph whose last line ends short of it has ended. */
  textRight: number;
  headingSizes: number[];
  pitch: (size: number) => number;
  /** Where full lines end for lines starting at a given x (a column, an indent), else `textRight`. */
  rightAt: (x: number) => number;
}

interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'item-paragraph' | 'table';
  lines: PdfLine[];
  level: number;
  table?: PdfTable;
}

const SENTENCE_END = /[.!?:;…"”’)]$/u;
const HEADING_ENDINGS = /[.,;:]$/u;
const MAX_HEADING_WORDS = 25;
const MAX_BOLD_HEADING_WORDS = 12;

/**
 * Rebuilds a PDF's structure from its text positions: lines from baselines, paragraphs from the
 * gaps between lines, headings from larger (or bold, standalone) type, list items from bullets and
 * their nesting from the bullets' indents; running headers, footers and page numbers are dropped.
 */
export function layoutPdf(pages: PdfPage[]): PdfLayout {
  const all = pages.map(pageLines);
  const kept = dropPageFurniture(all);
  // When every line repeats on every page, the repeated text is all the document says: read it once, from the first page.
  const pageLinesRead = kept.some((page) => page.length > 0) ? kept : all.map((page, index) => (index === 0 ? page : []));
  const tables = findTables(pageLinesRead, measure(pageLinesRead.flat()).pitch);
  const tableLines = new Set(tables.flatMap((table) => [...table.lines]));
  const lines = readColumns(pageLinesRead, tableLines);
  const metrics = measure(lines.flat().filter((line) => !tableLines.has(line)));
  const blocks = buildBlocks(lines, metrics, tables);
  assignLevels(blocks);
  let vocabulary: Set<string> | undefined;
  const words = (): Set<string> =>
    (vocabulary ??= wordsOf(
      lines
        .flat()
        .map((line) => line.text)
        .join('\n'),
    ));
  return writeMarkdown(blocks, metrics, words);
}

/** Maps a line and column of the generated markdown back to the PDF's page, line on the page, and column in that line. */
export function pdfPosition(layout: PdfLayout): (point: { line: number; column: number }) => SourcePosition {
  const markdownLines = layout.markdown.split('\n');
  return ({ line, column }) => {
    let index = Math.min(line - 1, layout.origins.length - 1);
    while (index > 0 && !layout.origins[index]) index -= 1;
    const origin = layout.origins[index];
    if (!origin) return { line, column };
    const sameLine = index === line - 1;
    const textColumn = sameLine ? textCharacters(markdownLines[index] ?? '', origin.prefix, column - 1) : 0;
    return { line: origin.line, column: origin.lead + textColumn + 1, page: origin.page };
  };
}

/** How many characters of text (escapes counted as the character they escape) lie between `from` and `until` on a markdown line. */
function textCharacters(markdown: string, from: number, until: number): number {
  let count = 0;
  for (let index = from; index < until && index < markdown.length; index += 1) {
    if (markdown[index] === '\\') index += 1;
    count += 1;
  }
  return count;
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

function measure(lines: PdfLine[]): Metrics {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(round(line.size), (weight.get(round(line.size)) ?? 0) + line.text.length);
  const bodySize = [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
  const headingSizes = [
    ...new Set(lines.filter((line) => !line.bullet && round(line.size) > bodySize * 1.12).map((line) => round(line.size))),
  ].sort((a, b) => b - a);
  const pitches = new Map<number, number[]>();
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous || previous.page !== line.page || round(previous.size) !== round(line.size)) return;
    const drop = previous.y - line.y;
    if (drop < line.size * 0.8 || drop > line.size * 2.5) return;
    pitches.set(round(line.size), [...(pitches.get(round(line.size)) ?? []), Math.round(drop * 4) / 4]);
  });
  const pitch = (size: number): number => linePitch(pitches.get(round(size)) ?? []) ?? size * 1.25;
  const rights = lines
    .filter((line) => round(line.size) === bodySize)
    .map((line) => line.right)
    .sort((a, b) => a - b);
  const textRight = rights[Math.floor((rights.length - 1) * 0.95)] ?? 0;
  const rightsByStart = new Map<number, number[]>();
  for (const line of lines) {
    const key = Math.round(line.x / 4);
    rightsByStart.set(key, [...(rightsByStart.get(key) ?? []), line.right]);
  }
  const rightAt = (x: number): number => {
    const near = [-1, 0, 1].flatMap((step) => rightsByStart.get(Math.round(x / 4) + step) ?? []).sort((a, b) => a - b);
    return near.length >= 3 ? (near[Math.floor((near.length - 1) * 0.95)] as number) : textRight;
  };
  return { bodySize, textRight, headingSizes, pitch, rightAt };
}

/** The usual distance between the lines of a paragraph: the smallest distance that recurs. */
function linePitch(drops: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const drop of drops) counts.set(drop, (counts.get(drop) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(drops.length * 0.05));
  const common = [...counts.entries()].filter(([, count]) => count >= needed).map(([drop]) => drop);
  return common.length > 0 ? Math.min(...common) : undefined;
}

function isHeadingLine(line: PdfLine, metrics: Metrics): boolean {
  return !line.bullet && metrics.headingSizes.includes(round(line.size));
}

function buildBlocks(pages: PdfLine[][], metrics: Metrics, tables: PdfTable[]): Block[] {
  const blocks: Block[] = [];
  const tableOf = new Map<PdfLine, PdfTable>();
  for (const table of tables) for (const line of table.lines) tableOf.set(line, table);
  for (const page of pages) {
    page.forEach((line, index) => {
      const current = blocks[blocks.length - 1];
      const table = tableOf.get(line);
      if (table) {
        if (current?.table !== table) blocks.push({ kind: 'table', lines: [line], level: 0, table });
        return;
      }
      if (line.bullet?.tentative && !startsItem(current, line, metrics)) {
        line.text = line.raw ?? line.text;
        delete line.bullet;
      }
      if (line.bullet) blocks.push({ kind: 'item', lines: [line], level: 0 });
      else if (isHeadingLine(line, metrics)) {
        if (current?.kind === 'heading' && continuesHeading(current, line)) current.lines.push(line);
        else blocks.push({ kind: 'heading', lines: [line], level: 0 });
      } else if (current && continuesBlock(current, line, index === 0, metrics)) current.lines.push(line);
      else if (current && (current.kind === 'item' || current.kind === 'item-paragraph') && alignsWithItem(current, line)) {
        blocks.push({ kind: 'item-paragraph', lines: [line], level: 0 });
      } else blocks.push({ kind: 'paragraph', lines: [line], level: 0 });
    });
  }
  return blocks;
}

/**
 * Whether a line that starts with a dash, a letter or a number written in the same run as its text
 * is a list item: yes unless it plainly runs on from the line above (same block, no gap, the line
 * above ending mid-sentence outside a list), as "- including stalking -" does in a wrapped sentence.
 */
function startsItem(block: Block | undefined, line: PdfLine, metrics: Metrics): boolean {
  if (!block || block.kind === 'heading' || block.kind === 'item' || block.kind === 'table') return true;
  const last = block.lines[block.lines.length - 1] as PdfLine;
  if (last.page !== line.page || last.y - line.y > metrics.pitch(line.size) * 1.3) return true;
  return SENTENCE_END.test(last.text);
}

function continuesHeading(block: Block, line: PdfLine): boolean {
  const last = block.lines[block.lines.length - 1] as PdfLine;
  return last.page === line.page && round(last.size) === round(line.size) && last.y - line.y <= line.size * 1.6;
}

function continuesBlock(block: Block, line: PdfLine, firstOnPage: boolean, metrics: Metrics): boolean {
  if (block.kind === 'heading' || block.kind === 'table') return false;
  const first = block.lines[0] as PdfLine;
  const last = block.lines[block.lines.length - 1] as PdfLine;
  if (Math.abs(line.size - last.size) > 0.6) return false;
  if (block.lines.every((candidate) => candidate.bold) && !line.bold && !SENTENCE_END.test(last.text)) return false;
  if (line.page === last.page) {
    const drop = last.y - line.y;
    // From the foot of one column to the head of the next, a sentence runs on when the next column starts in lower case.
    if (drop <= 0 && line.columnRight !== undefined && line.x > last.right)
      return !SENTENCE_END.test(last.text) && /^\p{Ll}/u.test(line.text);
    if (drop <= 0 || drop > metrics.pitch(line.size) * 1.3) return false;
    if (lostFullStop(last, line, metrics)) return false;
  } else {
    // A block runs on over a page break when the next page starts in lower case, or its last line is full and ends mid-sentence.
    if (line.page !== last.page + 1 || !firstOnPage) return false;
    const full = last.right >= metrics.textRight - 8 * last.size;
    if (!/^\p{Ll}/u.test(line.text) && !(full && !SENTENCE_END.test(last.text))) return false;
  }
  // An item's wrapped lines sit under its text, or (with no hanging indent) under its bullet while the item has not ended.
  if (block.kind === 'item') {
    const bulletX = first.bullet?.x ?? first.x;
    return line.x > bulletX + 1 || (line.x >= bulletX - 2 * line.size && !SENTENCE_END.test(last.text));
  }
  if (block.kind === 'item-paragraph') return Math.abs(line.x - first.x) <= 2;
  return Math.abs(line.x - last.x) <= 2 || (block.lines.length === 1 && line.x < last.x && last.x - line.x <= 4 * line.size);
}

/**
 * A line that ends short of the column's right edge with no full stop, before a line that starts
 * with a capital: the full stop was lost, and the capital starts a new sentence (its first word
 * would have fitted on the line above, so the line was not wrapped).
 */
function lostFullStop(last: PdfLine, line: PdfLine, metrics: Metrics): boolean {
  if (SENTENCE_END.test(last.text) || !/^\p{Lu}/u.test(line.text)) return false;
  const firstWord = /\S+/u.exec(line.text)?.[0] ?? '';
  const wordWidth = (firstWord.length + 1) * line.size * 0.5;
  return last.right + wordWidth < (last.columnRight ?? metrics.rightAt(last.x)) - line.size;
}

function alignsWithItem(block: Block, line: PdfLine): boolean {
  const first = block.lines[0] as PdfLine;
  const textX = first.bullet?.textX ?? first.x;
  return Math.abs(line.x - textX) <= 2;
}

/** Nests list items by their bullets' indents, list by list. */
function assignLevels(blocks: Block[]): void {
  let stack: number[] = [];
  let level = 0;
  for (const block of blocks) {
    if (block.kind === 'item') {
      const first = block.lines[0];
      // Indents count from the column's left edge, so a list running on into the next column keeps its levels.
      const x = (first?.bullet?.x ?? 0) - (first?.columnLeft ?? 0);
      while (stack.length > 0 && x < (stack[stack.length - 1] as number) - 2) stack.pop();
      if (stack.length === 0 || x > (stack[stack.length - 1] as number) + 2) stack.push(x);
      level = stack.length - 1;
      block.level = level;
    } else if (block.kind === 'item-paragraph') block.level = level;
    else stack = [];
  }
}

function writeMarkdown(blocks: Block[], metrics: Metrics, vocabulary: () => Set<string>): PdfLayout {
  const out: string[] = [];
  const origins: (PdfLineOrigin | undefined)[] = [];
  const emit = (text: string, origin?: PdfLineOrigin): void => {
    out.push(text);
    origins.push(origin);
  };
  const contentIndent: number[] = [];
  for (const block of blocks) {
    if (out.length > 0) emit('');
    const first = block.lines[0] as PdfLine;
    if (block.table) {
      writeTable(block.table, emit);
      continue;
    }
    const segments = joinHyphenated(block.lines, vocabulary);
    const words = segments
      .map((segment) => segment.text)
      .join(' ')
      .split(/\s+/u).length;
    const allBold = block.lines.every((line) => line.bold);
    const boldHeading =
      block.kind === 'paragraph' &&
      allBold &&
      block.lines.length <= 2 &&
      words <= MAX_BOLD_HEADING_WORDS &&
      !HEADING_ENDINGS.test(segments[segments.length - 1]?.text ?? '');
    if ((block.kind === 'heading' && words <= MAX_HEADING_WORDS) || boldHeading) {
      const depth = block.kind === 'heading' ? metrics.headingSizes.indexOf(round(first.size)) + 1 : metrics.headingSizes.length + 1;
      const marks = `${'#'.repeat(Math.min(6, depth))} `;
      emit(`${marks}${escapeLine(segments.map((segment) => segment.text).join(' '))}`, origin(first, marks.length, 0));
      continue;
    }
    let indent = 0;
    let marker = '';
    if (block.kind === 'item') {
      const bullet = first.bullet;
      marker = bullet?.ordered ? `${orderOf(bullet.marker)}. ` : '- ';
      indent = block.level === 0 ? 0 : (contentIndent[block.level - 1] ?? 0);
      contentIndent[block.level] = indent + marker.length;
      contentIndent.length = block.level + 1;
    } else if (block.kind === 'item-paragraph') indent = contentIndent[block.level] ?? 0;
    const bold = allBold && block.kind !== 'heading' ? '**' : '';
    segments.forEach((segment, index) => {
      const lead = index === 0 ? `${' '.repeat(indent)}${marker}${bold}` : ' '.repeat(indent + marker.length);
      const close = index === segments.length - 1 ? bold : '';
      const bulletLead = segment.line.bullet && index === 0 ? segment.line.bullet.marker.length + 1 : 0;
      emit(`${lead}${escapeLine(segment.text)}${close}`, origin(segment.line, lead.length, bulletLead));
    });
  }
  return { markdown: `${out.join('\n')}\n`, origins };
}

/** The number of an ordered marker ("3." → 3, "(iv)" and "(b)" → 1: letters and numerals are not renumbered). */
function orderOf(marker: string): number {
  const number = Number.parseInt(marker.replace(/^\(/u, ''), 10);
  return Number.isFinite(number) ? number : 1;
}

/** Writes a table found on the page as a GFM table, one markdown line per row, each on the PDF line its row starts on. */
function writeTable(table: PdfTable, emit: (text: string, origin?: PdfLineOrigin) => void): void {
  const row = (cells: string[]): string => `| ${cells.map((cell) => escapeLine(cell).replace(/^\\(?=[-+=>])/u, '') || ' ').join(' | ')} |`;
  const header = [...table.lines][0] as PdfLine;
  emit(row(table.header), origin(header, 2, 0));
  emit(`|${table.header.map(() => ' --- |').join('')}`);
  for (const body of table.rows) emit(row(body.cells), origin(body.line, 2, 0));
}

function origin(line: PdfLine, prefix: number, lead: number): PdfLineOrigin {
  return { page: line.page, line: line.line, prefix, lead };
}

/**
 * Joins a line ending in a hyphenated word part to the next when that starts in lower case: the
 * hyphen goes from a broken word ("satisfac-" "tion", a soft hyphen) and stays in a compound
 * ("police-" "perpetrated"), as `hyphenJoin` decides.
 */
function joinHyphenated(lines: PdfLine[], words: () => Set<string>): { text: string; line: PdfLine }[] {
  const segments: { text: string; line: PdfLine }[] = [];
  for (const line of lines) {
    const previous = segments[segments.length - 1];
    const head = previous ? brokenWordEnd(previous.text) : undefined;
    const tail = /^\p{Ll}+/u.exec(line.text)?.[0];
    const join = head && tail ? (head.hyphen === '\u00AD' ? 'drop-hyphen' : hyphenJoin(head.head, tail, words())) : 'not-a-break';
    if (previous && join !== 'not-a-break') {
      previous.text = `${join === 'drop-hyphen' ? previous.text.slice(0, -1) : previous.text}${line.text}`;
    } else segments.push({ text: line.text, line });
  }
  return segments;
}

/** Escapes the characters markdown would read as markup, so a PDF line is always read as the text it is. */
export function escapeLine(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
  if (/^([-+=]|>)/u.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}
