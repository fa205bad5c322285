import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** What the merge reads of an ingested source. */
export interface IngestedText {
  text: string;
  plainText?: string;
  tree: Root;
}

/**
 * The readable text of an ingested source, for telling a sentence still in the source from one that
 * is gone: the ingest stage's plain text (PDF, Word, HTML), or the source itself, plus the text of
 * every paragraph, heading and table cell of its tree (so markup such as `**` or links in markdown
 * does not hide a sentence).
 */
export function sourceTextOf(ingested: IngestedText): string {
  const blocks: string[] = [];
  visit(ingested.tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return 'skip';
    }
    return undefined;
  });
  return [ingested.plainText ?? ingested.text, ...blocks].join('\n');
}
