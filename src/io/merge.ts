import { isMap, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ActionMatch, Commitment, CommitmentDocument } from '../model/index.js';
import { commitmentValidator } from './commitment-document.js';
import { loadFramework } from './catalog.js';
import { VawgError } from './errors.js';
import { matchCommitments } from './merge-match.js';
import { validateLocated } from './schema.js';
import { parseYamlText } from './yaml-file.js';
import { compactLayout } from './yaml-layout.js';

/** What a merge kept, changed, added and retired. */
export interface MergeSummary {
  kept: number;
  /** Of those kept, how many carry an analyst's edits. */
  withAnalystEdits: number;
  reworded: number;
  added: number;
  retired: number;
}

/**
 * Merges a fresh parse into the commitment document already on disk, editing the existing YAML in
 * place so comments and key order survive: analyst mappings, strengths, notes and rejections are
 * kept; automatic mappings are refreshed; commitments gone from the source move to `retired`, and
 * a commitment an analyst retired is not added back.
 */
export function mergeIntoExisting(
  existingText: string,
  file: string,
  fresh: CommitmentDocument,
  sourceText: string,
): { document: Document; summary: MergeSummary } {
  const yaml = parseYamlText(existingText, file);
  const existing = requireCommitmentDocument(yaml.value, file);
  if (existing.force.slug !== fresh.force.slug) {
    throw new VawgError(
      `holds ${existing.force.name}'s commitments, not ${fresh.force.name}'s: write to another file, or use --overwrite to replace it`,
      { file },
    );
  }
  const problems = validateLocated(commitmentValidator(loadFramework(existing.framework)), yaml);
  if (problems[0])
    throw new VawgError(
      `is not a valid commitment document (${problems[0].message}): fix it first (vawg validate), or use --overwrite to replace it`,
      problems[0],
    );
  const doc = yaml.document;
  const seq = doc.get('commitments', true) as YAMLSeq<YAMLMap>;
  const nodes = [...seq.items];
  const matching = matchCommitments(existing.commitments, fresh.commitments, sourceText);
  let withAnalystEdits = 0;
  for (const pair of matching.pairs) {
    if (refresh(doc, nodes[pair.existing]!, existing.commitments[pair.existing]!, fresh.commitments[pair.fresh]!)) withAnalystEdits += 1;
  }
  const retiredNodes = matching.gone.map((index) => nodes[index]!);
  for (const node of retiredNodes)
    node.set('reason', `not found in the source any more (source sha256 ${fresh.document.sha256.slice(0, 12)})`);
  const kept = nodes.filter((node) => !retiredNodes.includes(node));
  const dismissed = new Set((existing.retired ?? []).map((commitment) => commitment.id));
  const added = matching.added
    .filter((index) => !dismissed.has(fresh.commitments[index]!.id))
    .map((index) => compactLayout(doc.createNode(fresh.commitments[index]!)) as YAMLMap);
  seq.items = [...kept, ...added].sort((a, b) => lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b));
  if (seq.items.length > 0) seq.flow = false;
  if (retiredNodes.length > 0) {
    const retired = doc.get('retired', true);
    if (isSeq(retired)) retired.items.push(...retiredNodes);
    else doc.set('retired', doc.createNode(retiredNodes));
  }
  doc.setIn(['document', 'sha256'], fresh.document.sha256);
  doc.setIn(['document', 'format'], fresh.document.format);
  doc.set('warnings', compactLayout(doc.createNode(fresh.warnings)));
  return {
    document: doc,
    summary: {
      kept: kept.length,
      withAnalystEdits,
      reworded: matching.pairs.filter((pair) => pair.reworded).length,
      added: added.length,
      retired: retiredNodes.length,
    },
  };
}

/** Updates one existing commitment from its fresh counterpart; returns whether it carries analyst edits. */
function refresh(doc: Document, node: YAMLMap, before: Commitment, after: Commitment): boolean {
  node.set('position', compactLayout(doc.createNode(after.position)));
  node.set('section', compactLayout(doc.createNode(after.section)));
  if (after.leadIn === undefined) node.delete('leadIn');
  else node.set('leadIn', after.leadIn);
  const analystCommitment = before.by === 'analyst';
  if (!analystCommitment) {
    node.set('text', after.text);
    node.set('strength', after.strength);
  }
  const rejected = new Set((before.rejected ?? []).map((entry) => entry.id));
  const actions = node.get('actions', true) as YAMLSeq<YAMLMap> | undefined;
  const analystNodes = (actions?.items ?? []).filter((item): item is YAMLMap => isMap(item) && item.get('by') === 'analyst');
  const analystIds = new Set(analystNodes.map((item) => String(item.get('id'))));
  const automatic = after.actions.filter(
    (match: ActionMatch) => match.by === 'auto' && !analystIds.has(match.id) && !rejected.has(match.id),
  );
  const freshById = new Map(automatic.map((match) => [match.id, match]));
  const merged = doc.createNode([]) as YAMLSeq;
  for (const item of actions?.items ?? []) {
    if (!isMap(item)) continue;
    if (item.get('by') === 'analyst') merged.items.push(item);
    const replacement = item.get('by') === 'analyst' ? undefined : freshById.get(String(item.get('id')));
    if (replacement) {
      merged.items.push(compactLayout(doc.createNode(replacement)));
      freshById.delete(replacement.id);
    }
  }
  merged.items.push(...[...freshById.values()].map((match) => compactLayout(doc.createNode(match))));
  node.set('actions', merged);
  for (const key of ['initiatives', 'powers'] as const) {
    if (after[key]?.length) node.set(key, doc.createNode(after[key]));
    else node.delete(key);
  }
  return analystCommitment || analystNodes.length > 0 || rejected.size > 0 || before.note !== undefined;
}

function requireCommitmentDocument(value: unknown, file: string): CommitmentDocument {
  const candidate = value as Partial<CommitmentDocument> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    candidate.version !== 1 ||
    !Array.isArray(candidate.commitments) ||
    typeof candidate.force !== 'object'
  ) {
    throw new VawgError('exists and is not a commitment document: vawg parse will not overwrite it (use --overwrite to replace it)', {
      file,
    });
  }
  return candidate as CommitmentDocument;
}

function lineOf(node: YAMLMap): number {
  return Number((node.get('position') as YAMLMap | undefined)?.get('line') ?? 0);
}

function columnOf(node: YAMLMap): number {
  return Number((node.get('position') as YAMLMap | undefined)?.get('column') ?? 0);
}
