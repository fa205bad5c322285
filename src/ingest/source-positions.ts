import type { Parent, Root, Text } from 'mdast';
import type { Node, Point } from 'unist';
import { visit } from 'unist-util-visit';
import { lineStarts, positionAt } from '../text/line-breaks.js';
import type { EditedText } from './edited-text.js';

/**
 * Moves every position of a tree parsed from an edited text back to the source text, and cuts
 * each text node into runs that each stand for one stretch of the source: a line of a wrapped
 * paragraph, or the two halves of a word rejoined over a line break. Every run's value is the
 * source it points at; the white space between lines becomes a node of its own.
 */
export function mapToSource(tree: Root, edited: EditedText): void {
  cutTextNodes(tree, edited);
  const lines = lineStarts(edited.source);
  visit(tree as Node, (node) => {
    const position = node.position;
    if (!position) return;
    position.start = moved(position.start, edited, lines, 'start');
    position.end = moved(position.end, edited, lines, 'end');
  });
}

function moved(point: Point, edited: EditedText, lines: readonly number[], bias: 'start' | 'end'): Point {
  if (point.offset === undefined) return point;
  const offset = edited.toSource(point.offset, bias);
  return { ...positionAt(lines, offset), offset };
}

function cutTextNodes(tree: Root, edited: EditedText): void {
  visit(tree as Node, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    if (!parent.children.some((child) => child.type === 'text')) return;
    const children: Node[] = [];
    for (const child of parent.children as Node[]) children.push(...(child.type === 'text' ? cutText(child as Text, edited) : [child]));
    parent.children = children as Parent['children'];
  });
}

/** A text node as runs of source text and the white space between its lines; the node itself when its lines cannot be found verbatim. */
function cutText(node: Text, edited: EditedText): Text[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [node];
  const text = edited.text;
  const pieces: Text[] = [];
  let cursor = start;
  const lines = node.value.split('\n');
  for (const [index, line] of lines.entries()) {
    const found = line === '' ? cursor : text.indexOf(line, cursor);
    if (found < 0 || found + line.length > end) return [node];
    if (index > 0 && found > cursor)
      pieces.push(textNode(/^\s*$/u.test(text.slice(cursor, found)) ? text.slice(cursor, found) : '\n', cursor, found));
    const runs = edited.sourceRuns(found, found + line.length);
    if (line === '') {
      // nothing to keep
    } else if (!runs || runs.length <= 1) pieces.push(textNode(line, found, found + line.length));
    else for (const run of runs) pieces.push(textNode(text.slice(run.start, run.end), run.start, run.end));
    cursor = found + line.length;
  }
  return pieces.length === 0 ? [node] : pieces;
}

function textNode(value: string, start: number, end: number): Text {
  return { type: 'text', value, position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } } };
}
