import { bulletRules, lineBullet } from './bullets.js';
import type { PdfPage, PdfTextItem } from './pdf.js';

/** A line of text on a PDF page, rebuilt from the text items that share its baseline. */
export interface PdfLine {
  page: number;
  /** 1-based number of the line on its page, counting every line of text from the top. */
  line: number;
  x: number;
  y: number;
  /** Where the line's text ends on the right. */
  right: number;
  size: number;
  bold: boolean;
  /** The text, without a leading bullet. */
  text: string;
  /**
   * For a list item: its marker ("•", "–", "3."), where the marker sits and where the text after it
   * starts. `tentative` for a dash, letter or number written in the same run as the text ("- Train
   * staff"): a list item only where the line above does not run on into it.
   */
  bullet?: { marker: string; x: number; textX: number; ordered: boolean; tentative?: boolean };
  /** The line's text with its marker, for a tentative bullet that turns out to be text. */
  raw?: string;
  /** The line's runs of text set apart by wide gaps (table cells, or the two halves of a two-column page). */
  parts: { x: number; right: number; text: string }[];
  /** The text items the line was built from, left to right. */
  items: PdfTextItem[];
  /** For a line of a page set in columns: where its column's lines start and where its full lines end. */
  columnLeft?: number;
  columnRight?: number;
}

/** Markers that are bullets only when set apart from the text after them (Word's second-level bullet is a Courier "o"). */
const SEPARATE_MARKERS = new Set(['o']);
/** A gap between runs on one line wider than this many times the font size sets them apart as cells or columns (words are about a quarter apart). */
const PART_GAP = 0.6;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$|^[ivxlc]{1,6}$/iu;

/** Groups a page's text items into lines (top to bottom), joining items with a space where there is a gap, and recognises bullets. */
export function pageLines(page: PdfPage): PdfLine[] {
  const sorted = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    const first = current?.[0];
    if (current && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.size, item.size)) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group, index) =>
    toLine(
      group.sort((a, b) => a.x - b.x),
      page.number,
      index + 1,
    ),
  );
}

/** Builds a line from text items that share a baseline (sorted left to right): its text, bullet, size, boldness and parts. */
export function toLine(items: PdfTextItem[], page: number, line: number): PdfLine {
  const first = items[0] as PdfTextItem;
  const bullet = findBullet(items);
  const body = bullet?.separate ? items.slice(1) : items;
  const raw = joinItems(body);
  const text = bullet && !bullet.separate ? raw.slice(bullet.textStart) : raw;
  const longest = body.reduce((best, item) => (item.text.trim().length > best.text.trim().length ? item : best), body[0] ?? first);
  const result: PdfLine = {
    page,
    line,
    x: first.x,
    y: first.y,
    right: Math.max(...items.map((item) => item.x + item.width)),
    size: longest.size,
    bold: body.every((item) => item.bold || item.text.trim() === ''),
    text,
    parts: lineParts(body),
    items,
  };
  if (bullet) {
    result.bullet = { marker: bullet.marker, x: first.x, textX: bullet.textX, ordered: bullet.ordered };
    if (bullet.tentative) {
      result.bullet.tentative = true;
      result.raw = raw;
    }
  }
  return result;
}

interface FoundBullet {
  marker: string;
  textX: number;
  ordered: boolean;
  /** The marker is a text item of its own. */
  separate: boolean;
  /** Where the text starts in the line's joined text, for a marker written inline. */
  textStart: number;
  tentative: boolean;
}

/**
 * The bullet a line starts with: a marker set apart from the text (a glyph, or a dash, "o" or number
 * with a gap after it), or a marker written in the same run as the text (`src/ingest/data/bullets.yaml`);
 * inline dashes, letters and numbers are tentative, as a wrapped line may start with one.
 */
function findBullet(items: PdfTextItem[]): FoundBullet | undefined {
  const [first, second] = items;
  if (!first) return undefined;
  const rules = bulletRules();
  const alone = first.text.trim();
  if (second && alone !== '') {
    const kind = lineBullet(`${alone} x`, true, rules)?.kind ?? (SEPARATE_MARKERS.has(alone) ? 'letter' : undefined);
    const gap = second.x - (first.x + first.width);
    if (kind !== undefined && (kind === 'glyph' || gap > 0.5 * first.size)) {
      return { marker: alone, textX: second.x, ordered: kind === 'number', separate: true, textStart: 0, tentative: false };
    }
  }
  const joined = joinItems(items);
  const inline = lineBullet(joined, true, rules);
  if (!inline) return undefined;
  const share = first.text.length > 0 ? Math.min(1, inline.textStart / first.text.length) : 0;
  return {
    marker: inline.marker,
    textX: first.x + first.width * share,
    ordered: inline.ordered,
    separate: false,
    textStart: inline.textStart,
    tentative: inline.kind !== 'glyph',
  };
}

/** A line's runs of text, split where the gap between two items is wider than PART_GAP times the font size. */
function lineParts(items: PdfTextItem[]): { x: number; right: number; text: string }[] {
  const parts: { x: number; right: number; items: PdfTextItem[] }[] = [];
  for (const item of items) {
    const current = parts[parts.length - 1];
    if (current && item.x - current.right <= PART_GAP * item.size) {
      current.items.push(item);
      current.right = Math.max(current.right, item.x + item.width);
    } else parts.push({ x: item.x, right: item.x + item.width, items: [item] });
  }
  return parts.map((part) => ({ x: part.x, right: part.right, text: joinItems(part.items) })).filter((part) => part.text !== '');
}

function joinItems(items: PdfTextItem[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(item.text) && item.x - end > 0.15 * item.size) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Drops running headers and footers (a line with the same text, numbers aside, at the same height
 * on most pages) and lone page numbers at the top or foot of a page.
 */
export function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const lines of pages) {
    for (const line of lines) {
      const key = furnitureKey(line);
      const places = seen.get(key);
      if (places) places.push({ page: line.page, y: line.y });
      else seen.set(key, [{ page: line.page, y: line.y }]);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  const repeated = (line: PdfLine): boolean => {
    const others = seen.get(furnitureKey(line)) ?? [];
    return (
      pages.length >= 2 && new Set(others.filter((other) => Math.abs(other.y - line.y) <= 3).map((other) => other.page)).size >= needed
    );
  };
  return pages.map((lines) =>
    lines.filter((line, index) => {
      const atEdge = index < 2 || index >= lines.length - 2;
      if (atEdge && !line.bullet && PAGE_NUMBER.test(line.text)) return false;
      return !repeated(line);
    }),
  );
}

function furnitureKey(line: PdfLine): string {
  return `${line.bullet?.marker ?? ''}${line.text}`.toLowerCase().replace(/\d+/g, '#');
}
