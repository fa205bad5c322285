import type { SourcePosition } from '../model/index.js';
import type { PdfPage } from './pdf.js';
import { dropPageFurniture, pageLines, type PdfLine } from './pdf-lines.js';

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
}

interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'item-paragraph';
  lines: PdfLine[];
  level: number;
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
  const lines = kept.some((page) => page.length > 0) ? kept : all.map((page, index) => (index === 0 ? page : []));
  const metrics = measure(lines.flat());
  const blocks = buildBlocks(lines, metrics);
  assignLevels(blocks);
  return writeMarkdown(blocks, metrics);
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
  return { bodySize, textRight, headingSizes, pitch };
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

function buildBlocks(pages: PdfLine[][], metrics: Metrics): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    page.forEach((line, index) => {
      const current = blocks[blocks.length - 1];
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

function continuesHeading(block: Block, line: PdfLine): boolean {
  const last = block.lines[block.lines.length - 1] as PdfLine;
  return last.page === line.page && round(last.size) === round(line.size) && last.y - line.y <= line.size * 1.6;
}

function continuesBlock(block: Block, line: PdfLine, firstOnPage: boolean, metrics: Metrics): boolean {
  if (block.kind === 'heading') return false;
  const first = block.lines[0] as PdfLine;
  const last = block.lines[block.lines.length - 1] as PdfLine;
  if (Math.abs(line.size - last.size) > 0.6) return false;
  if (block.lines.every((candidate) => candidate.bold) && !line.bold && !SENTENCE_END.test(last.text)) return false;
  if (line.page === last.page) {
    const drop = last.y - line.y;
    if (drop <= 0 || drop > metrics.pitch(line.size) * 1.3) return false;
  } else {
    // A block runs on over a page break when the next page starts in lower case, or its last line is full and ends mid-sentence.
    if (line.page !== last.page + 1 || !firstOnPage) return false;
    const full = last.right >= metrics.textRight - 8 * last.size;
    if (!/^\p{Ll}/u.test(line.text) && !(full && !SENTENCE_END.test(last.text))) return false;
  }
  if (block.kind === 'item') return line.x > (first.bullet?.x ?? first.x) + 1;
  if (block.kind === 'item-paragraph') return Math.abs(line.x - first.x) <= 2;
  return Math.abs(line.x - last.x) <= 2 || (block.lines.length === 1 && line.x < last.x && last.x - line.x <= 4 * line.size);
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
      const x = block.lines[0]?.bullet?.x ?? 0;
      while (stack.length > 0 && x < (stack[stack.length - 1] as number) - 2) stack.pop();
      if (stack.length === 0 || x > (stack[stack.length - 1] as number) + 2) stack.push(x);
      level = stack.length - 1;
      block.level = level;
    } else if (block.kind === 'item-paragraph') block.level = level;
    else stack = [];
  }
}

function writeMarkdown(blocks: Block[], metrics: Metrics): PdfLayout {
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
    const segments = joinHyphenated(block.lines);
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
      marker = bullet?.ordered ? `${Number.parseInt(bullet.marker, 10)}. ` : '- ';
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

function origin(line: PdfLine, prefix: number, lead: number): PdfLineOrigin {
  return { page: line.page, line: line.line, prefix, lead };
}

/** Joins a line ending in a hyphenated word part ("police-", "investi\u00AD") to the next when that starts in lower case. */
function joinHyphenated(lines: PdfLine[]): { text: string; line: PdfLine }[] {
  const segments: { text: string; line: PdfLine }[] = [];
  for (const line of lines) {
    const previous = segments[segments.length - 1];
    if (previous && /\p{L}[-\u00AD]$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)) {
      previous.text = `${previous.text.replace(/\u00AD$/u, '')}${line.text}`;
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
