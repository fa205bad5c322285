import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/** A piece of a block's text and where it came from in the source. */
interface Segment {
  /** Offset of the piece in the block's text. */
  textStart: number;
  value: string;
  /** Offset in the source where the node that holds the piece starts, if known. */
  sourceStart?: number;
}

/** The readable text of a block (a paragraph, a heading, a list item's prose, a table cell) and a map back to the source. */
export interface BlockText {
  text: string;
  /** The source offset of a character of `text` (the nearest known one for text that was not in the source). */
  sourceOffset(textOffset: number): number;
}

/** Characters the source may hold between the characters of a node's value (markup, escapes, line-break indentation, hyphens of a rejoined word). */
const SKIPPABLE = /[\s\\>*_`#|~+\-–­]/u;
/** How far to look ahead in the source for a character of the value before giving up and assuming one to one. */
const WINDOW = 16;

/** Builds the text of one or more block nodes, joining blocks with a space, with a map from text offsets to source offsets. */
export function blockText(nodes: readonly RootContent[], source: string): BlockText {
  const segments: Segment[] = [];
  let text = '';
  const push = (value: string, sourceStart: number | undefined): void => {
    if (value === '') return;
    const segment: Segment = { textStart: text.length, value };
    if (sourceStart !== undefined) segment.sourceStart = sourceStart;
    segments.push(segment);
    text += value;
  };
  nodes.forEach((node, index) => {
    if (index > 0 && text !== '' && !/\s$/.test(text)) push(' ', undefined);
    collect(node, push);
  });
  return { text, sourceOffset: (offset) => sourceOffsetOf(segments, source, offset) };
}

function collect(node: Nodes, push: (value: string, sourceStart: number | undefined) => void): void {
  // An explicit stack, not recursion: inline nesting in hostile input can be deep.
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const start = current.position?.start.offset;
    if (current.type === 'text' || current.type === 'inlineCode') push(current.value, start);
    else if (current.type === 'break') push('\n', start);
    else if (current.type === 'image') push(current.alt ?? '', start);
    else if (current.type === 'list' || current.type === 'html' || current.type === 'code' || current.type === 'yaml') continue;
    else if ('children' in current) {
      const children = current.children as (PhrasingContent | RootContent)[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
}

function sourceOffsetOf(segments: Segment[], source: string, offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (segments[mid]!.textStart <= offset) low = mid;
    else high = mid - 1;
  }
  let index = low;
  while (index > 0 && segments[index]!.sourceStart === undefined) index -= 1;
  const segment = segments[index];
  if (!segment || segment.sourceStart === undefined) return 0;
  return align(segment, source, Math.max(0, offset - segment.textStart));
}

/** Walks a node's value and the source side by side to the source offset of the value's character `within`. */
function align(segment: Segment, source: string, within: number): number {
  const start = segment.sourceStart!;
  const target = Math.min(within, segment.value.length);
  if (source.startsWith(segment.value.slice(0, target + 1), start)) return start + target;
  let sourceIndex = start;
  for (let valueIndex = 0; valueIndex < target; valueIndex += 1) {
    sourceIndex = nextMatch(source, sourceIndex, segment.value[valueIndex]!) + 1;
  }
  return nextMatch(source, sourceIndex, segment.value[target] ?? '');
}

function nextMatch(source: string, from: number, character: string): number {
  if (character === '' || source[from] === character) return from;
  if (source[from] === '&') {
    const semicolon = source.indexOf(';', from);
    if (semicolon > from && semicolon - from <= 10) return semicolon;
  }
  for (let index = from; index < Math.min(source.length, from + WINDOW); index += 1) {
    if (source[index] === character) return index;
    if (!SKIPPABLE.test(source[index]!) && !(/\s/.test(character) && /\s/.test(source[index]!))) break;
  }
  return from;
}
