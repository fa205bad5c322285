import { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { VawgError } from '../io/errors.js';
import type { Strength } from '../model/index.js';
import { createItemNode, deleteIn, resolve, setIn } from './yaml-nodes.js';

/** One decision an analyst makes on one commitment while reviewing. */
export type ReviewDecision =
  | { kind: 'accept'; id: string }
  | { kind: 'reject'; id: string; action: string; note?: string }
  | { kind: 'add'; id: string; action: string; note?: string }
  | { kind: 'strength'; id: string; strength: Strength }
  | { kind: 'retire'; id: string; reason: string }
  | { kind: 'note'; id: string; note: string };

const COMMITMENT_ORDER = [
  'id',
  'text',
  'section',
  'leadIn',
  'position',
  'strength',
  'by',
  'actions',
  'rejected',
  'initiatives',
  'powers',
  'note',
];
const MAPPING_ORDER = ['id', 'confidence', 'by', 'evidence', 'review', 'note'];

/**
 * Records an analyst's decision in the document, in place, as `by: analyst` work the merge never
 * changes: accepting makes the commitment and its mappings the analyst's; a rejected mapping moves
 * to `rejected`; an added mapping is an analyst mapping; a changed strength makes the commitment the
 * analyst's; a retired commitment moves to `retired` with the reason. Comments stay where they are.
 */
export function applyDecision(doc: Document, decision: ReviewDecision): void {
  const { seq, node } = findCommitment(doc, decision.id);
  if (decision.kind === 'accept') {
    setIn(doc, node, 'by', 'analyst', COMMITMENT_ORDER);
    for (const mapping of mappingNodes(doc, node)) {
      if (mapping.get('by') === 'analyst') continue;
      setIn(doc, mapping, 'confidence', 1, MAPPING_ORDER);
      setIn(doc, mapping, 'by', 'analyst', MAPPING_ORDER);
      deleteIn(mapping, 'review');
    }
  } else if (decision.kind === 'reject') {
    const actions = node.get('actions', true);
    if (isSeq(actions)) {
      actions.items = actions.items.filter((item) => {
        const target = resolve(doc, item);
        return !(isMap(target) && target.get('id') === decision.action);
      });
    }
    appendTo(doc, node, 'rejected', { id: decision.action, ...(decision.note ? { note: decision.note } : {}) });
  } else if (decision.kind === 'add') {
    const existing = mappingNodes(doc, node).find((mapping) => mapping.get('id') === decision.action);
    if (existing) {
      setIn(doc, existing, 'confidence', 1, MAPPING_ORDER);
      setIn(doc, existing, 'by', 'analyst', MAPPING_ORDER);
      deleteIn(existing, 'review');
      if (decision.note) setIn(doc, existing, 'note', decision.note, MAPPING_ORDER);
    } else {
      appendTo(doc, node, 'actions', {
        id: decision.action,
        confidence: 1,
        by: 'analyst',
        ...(decision.note ? { note: decision.note } : {}),
      });
    }
    const rejected = node.get('rejected', true);
    if (isSeq(rejected)) {
      rejected.items = rejected.items.filter((item) => !(isMap(item) && item.get('id') === decision.action));
      if (rejected.items.length === 0) deleteIn(node, 'rejected');
    }
  } else if (decision.kind === 'strength') {
    setIn(doc, node, 'strength', decision.strength, COMMITMENT_ORDER);
    setIn(doc, node, 'by', 'analyst', COMMITMENT_ORDER);
  } else if (decision.kind === 'retire') {
    seq.items = seq.items.filter((item) => item !== node);
    setIn(doc, node, 'by', 'analyst', COMMITMENT_ORDER);
    setIn(doc, node, 'reason', decision.reason);
    const retired = doc.get('retired', true);
    if (isSeq(retired)) retired.items.push(node);
    else doc.set('retired', doc.createNode([node]));
    (doc.get('retired', true) as YAMLSeq).flow = false;
  } else {
    setIn(doc, node, 'note', decision.note, COMMITMENT_ORDER);
  }
}

function findCommitment(doc: Document, id: string): { seq: YAMLSeq; node: YAMLMap } {
  const seq = doc.get('commitments', true);
  if (isSeq(seq)) {
    for (const item of seq.items) if (isMap(item) && item.get('id') === id) return { seq, node: item };
  }
  throw new VawgError(`commitment ${id} is no longer in the document (was it edited meanwhile?)`);
}

function mappingNodes(doc: Document, node: YAMLMap): YAMLMap[] {
  const actions = node.get('actions', true);
  if (!isSeq(actions)) return [];
  return actions.items.map((item) => resolve(doc, item)).filter((item): item is YAMLMap => isMap(item));
}

function appendTo(doc: Document, node: YAMLMap, key: 'actions' | 'rejected', value: object): void {
  const list = node.get(key, true);
  if (isSeq(list)) {
    list.items.push(createItemNode(doc, value));
    list.flow = false;
  } else setIn(doc, node, key, [value], COMMITMENT_ORDER);
}
