import type { Parent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { brokenWordEnd, hyphenJoin, wordsOf } from './hyphenation.js';

const TAIL = /^(\p{Ll}+)/u;

/**
 * Rejoins words hyphenated across a line break ("satisfac-" then "tion"): where a run of text
 * ends in a hyphenated word part and the next line's run starts in lower case, the white space
 * between them goes, and the hyphen too unless the two halves are words of their own
 * ("police-" then "perpetrated"). Positions are kept: the runs still point at their source.
 */
export function rejoinHyphenatedWords(tree: Root, source: string): number {
  let vocabulary: Set<string> | undefined;
  let rejoined = 0;
  visit(tree as Node, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const children = parent.children;
    for (let index = 0; index + 2 < children.length; index += 1) {
      const [head, gap, tail] = [children[index], children[index + 1], children[index + 2]];
      if (head?.type !== 'text' || gap?.type !== 'text' || tail?.type !== 'text') continue;
      if (gap.value.trim() !== '' || !gap.value.includes('\n')) continue;
      const broken = brokenWordEnd(head.value);
      const next = TAIL.exec(tail.value);
      if (!broken || !next) continue;
      vocabulary ??= wordsOf(source);
      const join = broken.hyphen === '\u00AD' ? 'drop-hyphen' : hyphenJoin(broken.head, next[1] as string, vocabulary);
      if (join === 'not-a-break') continue;
      if (join === 'drop-hyphen') dropLastCharacter(head);
      children.splice(index + 1, 1);
      rejoined += 1;
    }
  });
  return rejoined;
}

function dropLastCharacter(node: Text): void {
  node.value = node.value.slice(0, -1);
  const end = node.position?.end;
  if (!end) return;
  end.column -= 1;
  if (end.offset !== undefined) end.offset -= 1;
}
