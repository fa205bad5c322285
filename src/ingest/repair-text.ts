import { lineBullet, type LineBullet } from './bullets.js';
import { EditedText } from './edited-text.js';
import { continuesLine, wrapWidth } from './line-joins.js';
import { pageFurnitureOf } from './page-furniture.js';
import { isTitleLike } from './promote-headings.js';
import { cellsOf, findTabTables, rewriteTabRow } from './tab-tables.js';

/** A plain-text capture rewritten as markdown remark can read, with the map back to the capture. */
export interface RepairedText {
  edited: EditedText;
  /** Running headers, footers and page numbers dropped. */
  furnitureLines: number;
}

interface SourceLine {
  start: number;
  text: string;
}

interface Level {
  /** Column of the marker in the source. */
  indent: number;
  /** Column of the marker in the markdown written. */
  prefix: number;
  /** Column where the item's text starts in the markdown written. */
  content: number;
}

/** Markers markdown itself reads as list items in the markdown path, where nothing else is rewritten. */
const MARKDOWN_SAFE_KINDS = new Set<LineBullet['kind']>(['glyph']);

/**
 * Rewrites a plain-text capture so that markdown reads its structure: running headers, footers
 * and page numbers are left out (the lines on either side then meet, so an item broken by a page
 * break is whole), and every list item, whatever its marker (`•`, `–`, `o`, `(a)`, `iv.`), becomes
 * a markdown item indented by its nesting level, its wrapped lines indented under it.
 */
export function repairPlainText(source: string): RepairedText {
  const lines = sourceLines(source);
  const furniture = lines.map((line) => pageFurnitureOf(line.text) !== undefined);
  const width = wrapWidth(lines.filter((_, index) => !furniture[index]).map((line) => line.text));
  const edited = new EditedText(source);
  let stack: Level[] = [];
  let previous = '';
  let furnitureLines = 0;
  const tables = findTabTables(lines, furniture);
  let tableWidth = 0;
  lines.forEach((line, index) => {
    if (furniture[index]) {
      edited.copyTo(line.start);
      edited.skipTo(lines[index + 1]?.start ?? source.length);
      furnitureLines += 1;
      return;
    }
    const header = tables.get(index);
    if (header !== undefined) {
      if (header) tableWidth = cellsOf(line.text).length;
      rewriteTabRow(edited, line, header, header, tables.get(index + 1) !== false, tableWidth);
      stack = [];
      previous = line.text;
      return;
    }
    if (line.text.trim() === '') return;
    const indent = leadingSpace(line.text);
    const bullet = lineBullet(line.text, indent > 0 || stack.length > 0);
    if (bullet && isSectionHeading(lines, furniture, index, bullet)) {
      // "3. Next steps" on its own: a numbered section heading, kept as text ("3\. Next steps") so markdown reads no list.
      edited.copyTo(line.start + bullet.indent + bullet.marker.length - 1);
      edited.insert('\\');
      stack = [];
    } else if (bullet) {
      stack = levelFor(stack, bullet);
      const level = stack[stack.length - 1] as Level;
      edited.copyTo(line.start);
      edited.skipTo(line.start + bullet.textStart);
      edited.insert(`${' '.repeat(level.prefix)}${bullet.ordered ? '1.' : '-'} `);
    } else if (stack.length > 0 && (indent > 0 || continuesLine(previous, line.text, width))) {
      edited.copyTo(line.start);
      edited.skipTo(line.start + indent);
      edited.insert(' '.repeat((stack[stack.length - 1] as Level).content));
    } else stack = [];
    previous = line.text;
  });
  edited.finish();
  return { edited, furnitureLines };
}

/**
 * Rewrites the list markers markdown does not know at the start of a markdown line, each in the
 * width it had so positions hold: bullet characters (`•`, `▪`, ``) as `-`, and letter or roman
 * numbering (`a.`, `(b)`, `iv)`) as `1.` or `1)` when at least two such lines stand together.
 */
export function repairMarkdown(source: string): RepairedText {
  const edited = new EditedText(source);
  const lines = sourceLines(source);
  const bullets = lines.map((line) => lineBullet(line.text, false));
  const lettered = bullets.map((bullet) => bullet?.kind === 'number' && !/^\d/u.test(bullet.marker));
  lines.forEach((line, index) => {
    const bullet = bullets[index];
    if (!bullet) return;
    let replacement: string | undefined;
    if (MARKDOWN_SAFE_KINDS.has(bullet.kind) && bullet.marker.length === 1) replacement = '-';
    else if (lettered[index] && (lettered[index - 1] === true || lettered[index + 1] === true)) replacement = numberedMarker(bullet.marker);
    if (replacement === undefined) return;
    const at = line.start + line.text.indexOf(bullet.marker);
    edited.copyTo(at);
    edited.skipTo(at + bullet.marker.length);
    edited.insert(replacement);
  });
  edited.finish();
  return { edited, furnitureLines: 0 };
}

/** A markdown ordered-list marker as wide as a letter or roman one: "a." → "1.", "b)" → "1)", "(iv)" → "1.  ". */
function numberedMarker(marker: string): string {
  const delimiter = marker.endsWith(')') && !marker.startsWith('(') ? ')' : '.';
  return `1${delimiter}${' '.repeat(Math.max(0, marker.length - 2))}`;
}

/** A numbered line ("3. Next steps") that stands alone, no numbered item beside it, and reads as a title. */
function isSectionHeading(lines: SourceLine[], furniture: boolean[], index: number, bullet: LineBullet): boolean {
  if (bullet.kind !== 'number' || !/^\d+[.)]$/u.test(bullet.marker)) return false;
  const line = lines[index] as SourceLine;
  if (!isTitleLike(line.text.slice(bullet.textStart).trim())) return false;
  const numbered = (other: SourceLine | undefined): boolean => other !== undefined && lineBullet(other.text, false)?.kind === 'number';
  return !numbered(neighbour(lines, furniture, index, -1)) && !numbered(neighbour(lines, furniture, index, 1));
}

/** The nearest line above (-1) or below (1) that is neither blank nor page furniture. */
function neighbour(lines: SourceLine[], furniture: boolean[], index: number, step: -1 | 1): SourceLine | undefined {
  for (let other = index + step; other >= 0 && other < lines.length; other += step) {
    if (!furniture[other] && (lines[other] as SourceLine).text.trim() !== '') return lines[other];
  }
  return undefined;
}

/** The list levels after an item with this marker: deeper when it is indented past the item above, back out when it is indented less. */
function levelFor(stack: Level[], bullet: LineBullet): Level[] {
  const levels = [...stack];
  while (levels.length > 0 && bullet.indent < (levels[levels.length - 1] as Level).indent) levels.pop();
  const top = levels[levels.length - 1];
  const markerWidth = (bullet.ordered ? 2 : 1) + 1;
  if (!top || bullet.indent > top.indent) {
    const prefix = top ? top.content : 0;
    levels.push({ indent: bullet.indent, prefix, content: prefix + markerWidth });
  } else levels[levels.length - 1] = { indent: top.indent, prefix: top.prefix, content: top.prefix + markerWidth };
  return levels;
}

function leadingSpace(text: string): number {
  return /^[ \t]*/u.exec(text)?.[0].length ?? 0;
}

function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (const text of source.split('\n')) {
    lines.push({ start, text: text.replace(/\r$/u, '') });
    start += text.length + 1;
  }
  return lines;
}
