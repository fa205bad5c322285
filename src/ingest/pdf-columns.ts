import { toLine, type PdfLine } from './pdf-lines.js';

/** Lines whose runs start at the same place (within this many PDF units) share a column. */
const BUCKET = 6;
/** Fewest lines split at one place for a page to be read as set in two columns. */
const MIN_SPLIT_LINES = 3;

/**
 * Reads pages set in two columns column by column: where several lines of a page break at the same
 * place (a gutter), each of them is cut in two there, and each stretch of two-column lines is read
 * as its left column and then its right one. Lines across the full width (a title, a table) end a
 * stretch. Lines of tables (`skip`) are left as they are.
 */
export function readColumns(pages: PdfLine[][], skip: ReadonlySet<PdfLine>): PdfLine[][] {
  return pages.map((lines) => readPage(lines, skip));
}

function readPage(lines: PdfLine[], skip: ReadonlySet<PdfLine>): PdfLine[] {
  const gutter = findGutter(lines.filter((line) => !skip.has(line)));
  if (gutter === undefined) return lines;
  const out: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = (): void => {
    for (const side of [left, right].filter((lines) => lines.length > 0)) {
      const start = Math.min(...side.map((line) => line.x));
      const end = Math.max(...side.map((line) => line.right));
      for (const line of side) {
        line.columnLeft = start;
        line.columnRight = end;
      }
    }
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    const side = skip.has(line) ? 'across' : sideOf(line, gutter);
    if (side === 'across') {
      flush();
      out.push(line);
    } else if (side === 'left') left.push(line);
    else if (side === 'right') right.push(line);
    else {
      const cut = line.items.findIndex((item) => item.x >= gutter - BUCKET);
      left.push(toLine(line.items.slice(0, cut), line.page, line.line));
      right.push(toLine(line.items.slice(cut), line.page, line.line));
    }
  }
  flush();
  return out;
}

/** Where a page's lines break into two columns: the start of a second run shared by at least MIN_SPLIT_LINES lines; undefined for one column. */
function findGutter(lines: PdfLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.parts.length !== 2) continue;
    const bucket = Math.round((line.parts[1] as { x: number }).x / BUCKET);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const [bucket, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (count < MIN_SPLIT_LINES) return undefined;
  const gutter = bucket * BUCKET;
  // Text set in columns stays on its side of the gutter; a page whose other lines cross it is one column with a few tab stops.
  const crossing = lines.filter((line) => sideOf(line, gutter) === 'across').length;
  return crossing <= count ? gutter : undefined;
}

function sideOf(line: PdfLine, gutter: number): 'left' | 'right' | 'both' | 'across' {
  const first = line.items[0];
  const last = line.items[line.items.length - 1];
  if (!first || !last) return 'left';
  const start = first.x;
  const end = Math.max(...line.items.map((item) => item.x + item.width));
  if (end <= gutter - BUCKET / 2) return 'left';
  if (start >= gutter - BUCKET) return 'right';
  const cut = line.items.findIndex((item) => item.x >= gutter - BUCKET);
  if (cut > 0 && line.items.slice(0, cut).every((item) => item.x + item.width <= gutter - BUCKET / 2)) return 'both';
  return 'across';
}
