import type {
  Delete,
  Emphasis,
  Heading,
  InlineCode,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { escapeTerminal } from './terminal.js';

/**
 * Markdown built as an mdast tree and written by mdast-util-to-markdown (with GFM tables), never by
 * joining strings: text from documents goes into text nodes, and the serialiser escapes whatever
 * markdown would read as markup (a `#` that would start a heading, `|` in a table cell, `<` of raw
 * HTML, `[` of a link, `*` and `_` of emphasis). Line breaks and control characters in such text
 * are flattened first, so a value can never end its table row or its line.
 */
export function renderMarkdown(children: RootContent[]): string {
  return toMarkdown(
    { type: 'root', children },
    {
      bullet: '-',
      extensions: [gfmTableToMarkdown({ tablePipeAlign: false }), gfmStrikethroughToMarkdown()],
      // Every `<` in running text, not only before a letter: "<{@0>" is an e-mail autolink too (CommonMark's
      // local part allows symbols and digits), which the serialiser's own patterns let through.
      unsafe: [{ character: '<', inConstruct: 'phrasing' }],
    },
  );
}

/** Text from a document, on one line. */
export function mdText(value: string): Text {
  return { type: 'text', value: escapeTerminal(value) };
}

/** An identifier or a path as inline code (plain empty text when empty: markdown has no empty code span). */
export function mdCode(value: string): InlineCode | Text {
  const code = escapeTerminal(value);
  return code.trim() === '' ? mdText(code) : { type: 'inlineCode', value: code };
}

/** Bold text. */
export function mdStrong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

/** Emphasised (italic) text. */
export function mdEmphasis(...children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

/** A heading of the given depth. */
export function mdHeading(depth: 1 | 2 | 3, ...children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

/** A paragraph. */
export function mdParagraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** Lines of text kept as one paragraph, separated by hard line breaks. */
export function mdLines(lines: string[]): Paragraph {
  return mdParagraph(
    ...lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? [mdText(line)] : [{ type: 'break' }, mdText(line)])),
  );
}

/** A bulleted list, one paragraph per item. */
export function mdList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [mdParagraph(...children)] })),
  };
}

/** A GFM table: a header row and body rows, each cell a list of inline nodes (a string is text). */
export function mdTable(header: (string | PhrasingContent[])[], rows: (string | PhrasingContent[])[][]): Table {
  const cell = (content: string | PhrasingContent[]): TableCell => ({
    type: 'tableCell',
    children: typeof content === 'string' ? (content === '' ? [] : [mdText(content)]) : content,
  });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
  };
}

/** Struck-through text (GFM), for words a redraft removed. */
export function mdDelete(...children: PhrasingContent[]): Delete {
  return { type: 'delete', children };
}
