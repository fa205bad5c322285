import type { ElementContent } from 'hast';

/** One child of an element as the report builds it: a node, a text, or nothing (left out). */
export type Piece = ElementContent | string | null;
