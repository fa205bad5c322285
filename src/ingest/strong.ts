import type { Paragraph } from 'mdast';

/** True when a paragraph is nothing but one bold span, as headings in converted documents often are. */
export function isAllStrong(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]?.type === 'strong';
}
