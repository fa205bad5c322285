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
  /** For a list item: its marker ("•", "–", "3."), where the marker sits and where the text after it starts. */
  bullet?: { marker: string; x: number; textX: number; ordered: boolean };
}

/** Bullet glyphs, including the private-use code points of Word's Symbol and Wingdings bullets when a PDF maps no Unicode for them. */
const GLYPHS = '•●▪◦‣∙○■□➢►▸✓✔\uF0B7\uF0A7\uF0A8\uF076\uF0D8\uF0FC';
/** Markers that are bullets only when set apart from the text after them (Word's second-level bullet is a Courier "o"). */
const DASHES = ['-', '–', '—', '*', 'o'];
const NUMBER_MARKER = /^\d{1,2}[.)]$/;
const INLINE_GLYPH = new RegExp(`^([${GLYPHS}])\\s*(?=\\S)`, 'u');
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

function toLine(items: PdfTextItem[], page: number, line: number): PdfLine {
  const first = items[0] as PdfTextItem;
  const bullet = findBullet(items);
  const body = bullet?.separate ? items.slice(1) : items;
  let text = joinItems(body);
  if (bullet && !bullet.separate) text = text.replace(INLINE_GLYPH, '');
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
  };
  if (bullet) result.bullet = { marker: bullet.marker, x: first.x, textX: bullet.textX, ordered: bullet.ordered };
  return result;
}

function findBullet(items: PdfTextItem[]): { marker: string; textX: number; ordered: boolean; separate: boolean } | undefined {
  const [first, second] = items;
  if (!first) return undefined;
  const alone = first.text.trim();
  if (second && (GLYPHS.includes(alone) || DASHES.includes(alone) || NUMBER_MARKER.test(alone)) && alone !== '') {
    const gap = second.x - (first.x + first.width);
    if (GLYPHS.includes(alone) || gap > 0.5 * first.size) {
      return { marker: alone, textX: second.x, ordered: NUMBER_MARKER.test(alone), separate: true };
    }
  }
  const inline = INLINE_GLYPH.exec(first.text.trimStart());
  if (!inline) return undefined;
  const share = first.text.length > 0 ? inline[0].length / first.text.length : 0;
  return { marker: inline[1] as string, textX: first.x + first.width * share, ordered: false, separate: false };
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
