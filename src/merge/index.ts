import { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Commitment, CommitmentDocument, RetiredCommitment, SourcePosition } from '../model/index.js';
import { normalizeText } from '../text/tokens.js';
import { carriesAnalystWork } from './analyst.js';
import { matchItems, type ListedItem } from './match.js';
import type { MergeNotice, MergeSummary } from './notices.js';
import { refreshItem, type RefreshContext } from './refresh.js';
import { createItemNode, deleteIn, holdsReferencedAnchor, plainOf, referencedAnchors, setIn } from './yaml-nodes.js';

export { describeSummary, type MergeNotice, type MergeSummary } from './notices.js';
export { REWORDED_MIN_SIMILARITY } from './match.js';

/** The two inputs of a merge and the text they are compared against. */
export interface MergeInput {
  /** The commitment document on disk, parsed with comments (left unchanged: the merge works on a copy). */
  existing: Document;
  /** A fresh parse of the source. */
  fresh: CommitmentDocument;
  /** The source's readable text as ingested (for PDF, Word and HTML too), to tell a sentence still there from one that is gone. */
  sourceText: string;
}

/** The merged document, what the merge did, and what an analyst should look at. */
export interface MergeResult {
  document: Document;
  summary: MergeSummary;
  notices: MergeNotice[];
}

type ListName = 'commitments' | 'statements';

interface OldItem extends ListedItem {
  node: YAMLMap;
}

/** Top-level keys in the order `vawg parse` writes them. */
const TOP_LEVEL_ORDER = [
  'version',
  'force',
  'document',
  'framework',
  'frameworkSource',
  'commitments',
  'statements',
  'warnings',
  'retired',
];

/**
 * Merges a fresh parse into the document on disk by the rules in `src/merge/README.md`: every old
 * commitment (and statement) is kept, updated or retired; nothing an analyst wrote is changed;
 * merging the same parse twice gives the same document as merging it once.
 */
export function mergeDocument(input: MergeInput): MergeResult {
  const doc = input.existing.clone();
  const value = doc.toJS() as CommitmentDocument;
  const source = normalizeText(input.sourceText);
  const context: RefreshContext = { doc, referenced: referencedAnchors(doc), notices: [] };
  const old = [...oldItems(doc, value, 'commitments'), ...oldItems(doc, value, 'statements')];
  const fresh = [...freshItems(input.fresh, 'commitments'), ...freshItems(input.fresh, 'statements')];
  const matching = matchItems(old, fresh, input.sourceText);
  const summary: MergeSummary = {
    kept: 0,
    updated: 0,
    reworded: 0,
    retired: 0,
    added: 0,
    withAnalystEdits: 0,
    commitments: 0,
    statements: 0,
  };
  const moved = new Map<OldItem, ListName>();
  for (const pair of matching.pairs) {
    const analystWork = carriesAnalystWork(pair.old.value);
    const move = pair.old.list !== pair.fresh.list && !analystWork;
    if (pair.old.list !== pair.fresh.list && analystWork) context.notices.push(voiceNotice(pair.old.value, pair.fresh.list));
    const changed = refreshItem(context, {
      node: pair.old.node,
      old: pair.old.value,
      fresh: pair.fresh.value,
      by: pair.by,
      otherList: !move,
    });
    if (move) moved.set(pair.old, pair.fresh.list);
    if (pair.old.value.by === 'analyst' && pair.by === 'similarity') context.notices.push(rewordedNotice(pair.old.value, pair.fresh.value));
    if (changed || move) summary.updated += 1;
    else summary.kept += 1;
    if (pair.by === 'similarity') summary.reworded += 1;
  }
  const retiring: OldItem[] = [];
  for (const item of matching.unpaired) {
    const stillThere = source.includes(normalizeText(item.value.text));
    if (stillThere || item.value.by === 'analyst' || holdsReferencedAnchor(item.node, context.referenced)) {
      summary.kept += 1;
      if (!stillThere) context.notices.push(unmatchedNotice(item));
      continue;
    }
    retiring.push(item);
    if (carriesAnalystWork(item.value)) context.notices.push(retiredWorkNotice(item.value));
  }
  const retired = value.retired ?? [];
  const added = matching.unmatched.filter((item) => !isRetired(item.value, retired, context));
  for (const list of ['commitments', 'statements'] as const) {
    const staying = old.filter((item) => item.list === list && !retiring.includes(item) && !moved.has(item)).map((item) => item.node);
    const arriving = [
      ...old.filter((item) => moved.get(item) === list).map((item) => item.node),
      ...added.filter((item) => item.list === list).map((item) => createItemNode(doc, item.value)),
    ];
    if (staying.length === 0 && arriving.length === 0 && !doc.has(list)) continue;
    writeList(doc, list, staying, arriving);
  }
  for (const item of retiring) {
    if (item.list === 'statements') deleteIn(item.node, 'voice');
    setIn(doc, item.node, 'reason', `not found in the source any more (source sha256 ${input.fresh.document.sha256.slice(0, 12)})`);
  }
  if (retiring.length > 0)
    appendRetired(
      doc,
      retiring.map((item) => item.node),
    );
  updateTopLevel(doc, input.fresh);
  summary.retired = retiring.length;
  summary.added = added.length;
  const merged = doc.toJS() as CommitmentDocument;
  summary.withAnalystEdits = [...merged.commitments, ...(merged.statements ?? [])].filter(carriesAnalystWork).length;
  summary.commitments = merged.commitments.length;
  summary.statements = merged.statements?.length ?? 0;
  return { document: doc, summary, notices: context.notices };
}

function oldItems(doc: Document, value: CommitmentDocument, list: ListName): OldItem[] {
  const seq = doc.get(list, true);
  const values = (value[list] ?? []) as Commitment[];
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((node, index) => (isMap(node) && values[index] ? [{ list, index, value: values[index], node }] : []));
}

function freshItems(document: CommitmentDocument, list: ListName): ListedItem[] {
  return ((document[list] ?? []) as Commitment[]).map((value, index) => ({ list, index, value }));
}

/** Whether a fresh item is one the document already retired (by id or by text): it is not added back. */
function isRetired(item: Commitment, retired: RetiredCommitment[], context: RefreshContext): boolean {
  const text = normalizeText(item.text);
  const twin = retired.find((entry) => entry.id === item.id || normalizeText(entry.text) === text);
  if (twin && twin.by !== 'analyst') {
    context.notices.push({
      rule: 'retired-in-source-again',
      id: twin.id,
      line: item.position.line,
      message: `retired commitment ${twin.id} is in the source again: move it from retired back to commitments to restore it`,
    });
  }
  return twin !== undefined;
}

/** Lays out a list: the items already there keep their order; new ones go where their position in the source puts them. */
function writeList(doc: Document, list: ListName, staying: YAMLMap[], arriving: YAMLMap[]): void {
  const items = [...staying];
  for (const node of arriving) {
    const place = positionOf(doc, node);
    const at = items.findIndex((other) => comparePositions(positionOf(doc, other), place) > 0);
    items.splice(at === -1 ? items.length : at, 0, node);
  }
  let seq = doc.get(list, true) as YAMLSeq | undefined;
  if (!isSeq(seq)) {
    setIn(doc, doc.contents as YAMLMap, list, [], TOP_LEVEL_ORDER);
    seq = doc.get(list, true) as YAMLSeq;
  }
  seq.items = items;
  if (items.length > 0) seq.flow = false;
}

function appendRetired(doc: Document, nodes: YAMLMap[]): void {
  let seq = doc.get('retired', true);
  if (!isSeq(seq)) {
    setIn(doc, doc.contents as YAMLMap, 'retired', [], TOP_LEVEL_ORDER);
    seq = doc.get('retired', true) as YAMLSeq;
  }
  (seq as YAMLSeq).items.push(...nodes);
  (seq as YAMLSeq).flow = false;
}

/** The document-level fields follow the fresh parse: force name, source path, title, hash, format, framework source, warnings. */
function updateTopLevel(doc: Document, fresh: CommitmentDocument): void {
  const root = doc.contents as YAMLMap;
  setIn(doc, root, 'force', fresh.force, TOP_LEVEL_ORDER);
  setIn(doc, root, 'document', fresh.document, TOP_LEVEL_ORDER);
  setIn(doc, root, 'framework', fresh.framework, TOP_LEVEL_ORDER);
  if (fresh.frameworkSource) setIn(doc, root, 'frameworkSource', fresh.frameworkSource, TOP_LEVEL_ORDER);
  else deleteIn(root, 'frameworkSource');
  setIn(doc, root, 'warnings', fresh.warnings, TOP_LEVEL_ORDER);
  // An empty list was written `[]`; once it holds warnings it is laid out one per item, as parse writes it.
  const warnings = root.get('warnings', true);
  if (isSeq(warnings) && warnings.items.length > 0) warnings.flow = false;
}

function positionOf(doc: Document, node: YAMLMap): SourcePosition {
  const position = plainOf(doc, node.get('position', true)) as Partial<SourcePosition> | undefined;
  return {
    line: Number(position?.line ?? 0),
    column: Number(position?.column ?? 0),
    ...(position?.page ? { page: Number(position.page) } : {}),
  };
}

function comparePositions(a: SourcePosition, b: SourcePosition): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column;
}

function unmatchedNotice(item: OldItem): MergeNotice {
  const who = item.value.by === 'analyst' ? 'analyst commitment' : 'commitment';
  return {
    rule: item.value.by === 'analyst' ? 'analyst-commitment-unmatched' : 'anchor-kept',
    id: item.value.id,
    line: item.value.position.line,
    message: `${who} ${item.value.id} no longer matches the source; kept as it is: check it, and retire it if it is gone`,
  };
}

function rewordedNotice(old: Commitment, fresh: Commitment): MergeNotice {
  return {
    rule: 'analyst-commitment-reworded',
    id: old.id,
    line: fresh.position.line,
    message: `analyst commitment ${old.id} was reworded in the source, which now reads "${fresh.text}"; kept as the analyst wrote it`,
  };
}

function retiredWorkNotice(item: Commitment): MergeNotice {
  return {
    rule: 'analyst-work-retired',
    id: item.id,
    line: item.position.line,
    message: `commitment ${item.id} is gone from the source and was retired with the analyst's mappings, rejections or note on it`,
  };
}

function voiceNotice(item: Commitment, list: ListName): MergeNotice {
  const now = list === 'statements' ? 'a statement of another voice' : "a commitment of the force's own";
  return {
    rule: 'voice-changed',
    id: item.id,
    line: item.position.line,
    message: `${item.id} now reads as ${now}; left where it is because it carries analyst edits`,
  };
}
