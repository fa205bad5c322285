import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DocumentWarning } from '../model/index.js';
import { splitSentences } from '../text/sentences.js';
import { cleanSentence, isCommitmentLeadIn, isLeadIn, signsForOtherVoice } from './cues.js';
import { LineIndex } from './locate.js';
import { isAllStrong } from '../ingest/strong.js';
import { tableCandidates, type RowFields } from './table-candidates.js';

/** The lead-in a list stands under ("To do this we will:"). */
export interface LeadIn {
  text: string;
  /** Whether the lead-in promises what its items say. */
  commits: boolean;
}

/** A piece of the document that may be a commitment: a prose sentence or a whole list item. */
export interface Candidate {
  kind: 'sentence' | 'item' | 'row';
  text: string;
  line: number;
  column: number;
  section: string[];
  leadIn?: LeadIn;
  /** Set when the candidate sits in a foreword signed by someone other than the force (a PCC, say). */
  otherVoice?: boolean;
  /** For a table row: the fields its other cells give. */
  fields?: RowFields;
}

/** The candidates and warnings found by walking a document tree. */
export interface WalkResult {
  candidates: Candidate[];
  warnings: DocumentWarning[];
  title?: string;
}

interface Context {
  index: LineIndex;
  candidates: Candidate[];
  warnings: DocumentWarning[];
}

/**
 * Walks a document in order, tracking the heading path, and yields every sentence of prose and
 * every list item, each with its section and lead-in; lead-ins whose list is missing become warnings.
 */
export function walkBlocks(tree: Root, source: string): WalkResult {
  const context: Context = { index: new LineIndex(source), candidates: [], warnings: [] };
  const headings: { depth: number; text: string }[] = [];
  let title: string | undefined;
  let pendingLeadIn: { leadIn: LeadIn; line: number; column: number } | undefined;
  let voiceStart = 0;

  const flushLostList = (): void => {
    if (!pendingLeadIn) return;
    context.warnings.push({
      rule: 'lost-list',
      message: `lead-in "${pendingLeadIn.leadIn.text}" is not followed by a list: the source may have lost the items it introduced`,
      line: pendingLeadIn.line,
      column: pendingLeadIn.column,
    });
    pendingLeadIn = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'list') {
      walkList(node, sectionOf(headings), pendingLeadIn?.leadIn, context);
      pendingLeadIn = undefined;
      continue;
    }
    flushLostList();
    if (node.type === 'table') {
      context.candidates.push(...tableCandidates(node, sectionOf(headings), (offset) => context.index.position(offset)));
      continue;
    }
    if (node.type === 'heading') {
      const text = cleanSentence(toString(node));
      if (node.depth === 1 && title === undefined && headings.length === 0) {
        title = text;
        continue;
      }
      while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= node.depth) headings.pop();
      headings.push({ depth: node.depth, text });
      voiceStart = context.candidates.length;
      continue;
    }
    const signedByOther = node.type === 'paragraph' ? signsForOtherVoice(toString(node)) : undefined;
    if (signedByOther !== undefined) {
      if (signedByOther) context.candidates.slice(voiceStart).forEach((candidate) => (candidate.otherVoice = true));
      voiceStart = context.candidates.length;
      continue;
    }
    if (node.type === 'paragraph' || node.type === 'blockquote') {
      const last = walkProse(node, sectionOf(headings), undefined, context);
      if (last && isLeadIn(last.text)) {
        pendingLeadIn = { leadIn: { text: last.text, commits: isCommitmentLeadIn(last.text) }, line: last.line, column: last.column };
      }
    }
  }
  flushLostList();
  return title === undefined ? { candidates: context.candidates, warnings: context.warnings } : { ...context, title };
}

function sectionOf(headings: { text: string }[]): string[] {
  return headings.map((heading) => heading.text);
}

function walkProse(node: RootContent, section: string[], leadIn: LeadIn | undefined, context: Context): Candidate | undefined {
  // Each run of white space is matched once, so this stays linear however long the run.
  const text = toString(node).replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset;
  let cursor = start;
  let last: Candidate | undefined;
  for (const sentence of splitSentences(text)) {
    const cleaned = cleanSentence(sentence.text);
    if (cleaned === '') continue;
    const offset = context.index.find(cleaned, cursor, end);
    cursor = offset + 1;
    const candidate: Candidate = { kind: 'sentence', text: cleaned, ...context.index.position(offset), section };
    if (leadIn) candidate.leadIn = leadIn;
    context.candidates.push(candidate);
    last = candidate;
  }
  return last;
}

function walkList(list: List, section: string[], leadIn: LeadIn | undefined, context: Context): void {
  let headingItem: string | undefined;
  for (const item of list.children) {
    const [lead, ...rest] = item.children;
    if (lead?.type === 'paragraph' && isAllStrong(lead)) {
      headingItem = cleanSentence(toString(lead));
      walkItemChildren(rest, [...section, headingItem], leadIn, context);
      continue;
    }
    const itemSection = headingItem === undefined ? section : [...section, headingItem];
    walkItem(item, itemSection, leadIn, context);
  }
}

function walkItem(item: ListItem, section: string[], leadIn: LeadIn | undefined, context: Context): void {
  const prose = item.children.filter((child) => child.type !== 'list');
  const text = cleanSentence(prose.map((child) => toString(child)).join(' '));
  const first = prose[0];
  let ownLeadIn = leadIn;
  if (text !== '' && first?.position) {
    const offset = first.position.start.offset ?? 0;
    const candidate: Candidate = { kind: 'item', text, ...context.index.position(offset), section };
    if (leadIn) candidate.leadIn = leadIn;
    context.candidates.push(candidate);
    if (isLeadIn(text)) ownLeadIn = { text, commits: isCommitmentLeadIn(text) };
  }
  walkItemChildren(
    item.children.filter((child) => child.type === 'list'),
    section,
    ownLeadIn,
    context,
  );
}

function walkItemChildren(children: RootContent[], section: string[], leadIn: LeadIn | undefined, context: Context): void {
  for (const child of children) {
    if (child.type === 'list') walkList(child, section, leadIn, context);
    else if (child.type === 'paragraph') walkProse(child, section, leadIn, context);
  }
}
