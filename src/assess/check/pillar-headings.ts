import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Framework } from '../../model/index.js';
import { textSimilarity } from '../../text/similarity.js';

/** Least similarity between a heading and a pillar's title for the heading to be that pillar's. */
const MIN_HEADING_SIMILARITY = 0.6;

/** Finds the heading of each pillar in a draft ("Pillar 1: build trust and confidence"), by similarity to the pillar's title. */
export function findPillarHeadings(tree: Root, framework: Framework): Map<string, { line: number; column: number }> {
  const found = new Map<string, { line: number; column: number }>();
  visit(tree, 'heading', (heading) => {
    const text = toString(heading);
    const start = heading.position?.start;
    if (!start) return;
    for (const pillar of framework.pillars) {
      if (found.has(pillar.id)) continue;
      if (textSimilarity(text, pillar.title) >= MIN_HEADING_SIMILARITY) found.set(pillar.id, { line: start.line, column: start.column });
    }
  });
  return found;
}
