/**
 * Property tests of the merge's invariants over random edit sequences: an analyst edits the
 * document, the source is reworded, grown, cut and reordered, and the source is re-parsed, in any
 * order. After every sequence each analyst edit is still there, and one more re-parse changes no byte.
 *
 * The fresh parse comes from a small deterministic model of extraction (one commitment per
 * sentence, mapped by keywords), so the properties test the merge itself and run in-process, fast.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { renderMerged } from '../../src/cli/write-document.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { documentProblems, serializeDocument } from '../../src/io/commitment-document.ts';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import { mergeDocument } from '../../src/merge/index.ts';
import { checkMergeable } from '../../src/merge/preflight.ts';
import type { ActionMatch, Commitment, CommitmentDocument } from '../../src/model/index.ts';
import { normalizeText } from '../../src/text/tokens.ts';

const FILE = 'kent.yaml';
const framework = loadFramework('npcc-vawg-2021');

const VERBS = ['patrol', 'train', 'support', 'publish', 'protect', 'review', 'fund', 'hear'];
const OBJECTS = [
  'parks at night',
  'every officer',
  'victims of stalking',
  'a yearly misconduct report',
  'survivor groups',
  'school pupils',
  'repeat offenders',
  'bus stations',
];
const OPENINGS = ['We will', 'We aim to', 'Where funding allows we will', 'We continue to'];
const KEYWORDS: Record<string, string> = {
  patrol: 'spaces.dangerous-places',
  parks: 'spaces.dangerous-places',
  bus: 'spaces.dangerous-places',
  train: 'trust.capability',
  officer: 'trust.capability',
  stalking: 'pursuit.police-powers',
  victims: 'pursuit.victims-justice',
  misconduct: 'trust.police-perpetrated-abuse',
  offenders: 'pursuit.dangerous-perpetrators',
  pupils: 'spaces.behaviour-change',
  survivor: 'trust.lived-experience',
  report: 'trust',
};
const ACTION_IDS = [...new Set(Object.values(KEYWORDS))].sort();

const sentence = fc
  .tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS))
  .map(([opening, verb, object]) => `${opening} ${verb} ${object}.`);

/** A model of `vawg parse`: one commitment per sentence, sections by half, mappings by keyword. */
function parseModel(sentences: string[]): CommitmentDocument {
  const seen = new Map<string, number>();
  const commitments: Commitment[] = sentences.map((text, index) => {
    const base = `kent-${createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const words = text
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ');
    const ids = [...new Set(words.map((word) => KEYWORDS[word]).filter((id): id is string => id !== undefined))];
    const actions: ActionMatch[] = ids.map((id) => ({
      id,
      confidence: Math.min(0.95, 0.4 + 0.15 * words.filter((word) => KEYWORDS[word] === id).length),
      by: 'auto',
      evidence: words.filter((word) => KEYWORDS[word] === id).map((phrase) => ({ in: 'text' as const, phrase, weight: 0.6 })),
      ...(words.length > 7 ? { review: true } : {}),
    }));
    return {
      id: count === 1 ? base : `${base}-${count}`,
      text,
      section: [index < sentences.length / 2 ? 'Part one' : 'Part two'],
      ...(text.startsWith('Where') ? { leadIn: 'Subject to funding:' } : {}),
      position: { line: index + 1, column: 1 },
      strength: text.startsWith('We aim')
        ? 'aspirational'
        : text.startsWith('Where')
          ? 'conditional'
          : text.startsWith('We continue')
            ? 'ongoing'
            : 'firm',
      actions,
    };
  });
  const source = sentences.join('\n');
  return {
    version: 1,
    force: { name: 'Kent Police', slug: 'kent' },
    document: { title: 'Strategy', source: 'strategy.txt', sha256: createHash('sha256').update(source).digest('hex'), format: 'text' },
    framework: 'npcc-vawg-2021',
    commitments,
    warnings: [],
  };
}

/** What `vawg parse -o` does over an existing document, in-process: check, merge, render. */
function reparse(
  text: string,
  sentences: string[],
): { text: string; summary: ReturnType<typeof mergeDocument>['summary']; before: number } {
  const yaml = parseYamlText(text, FILE);
  const fresh = parseModel(sentences);
  const old = checkMergeable(yaml, fresh, framework);
  const merged = mergeDocument({ existing: yaml.document, fresh, sourceText: sentences.join('\n') });
  return { text: renderMerged(merged.document, { file: FILE, format: 'yaml' }), summary: merged.summary, before: old.commitments.length };
}

type Operation =
  | { kind: 'strength'; pick: number; strength: 'firm' | 'ongoing' | 'aspirational' | 'conditional' }
  | { kind: 'map'; pick: number; action: number }
  | { kind: 'reject'; pick: number }
  | { kind: 'note'; pick: number }
  | { kind: 'mapping-note'; pick: number }
  | { kind: 'add'; text: string; line: number }
  | { kind: 'comment'; pick: number }
  | { kind: 'section'; pick: number }
  | { kind: 'retire'; pick: number }
  | { kind: 'reword'; pick: number; verb: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'reparse' };

const pick = fc.nat({ max: 1000 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('strength' as const),
    pick,
    strength: fc.constantFrom('firm' as const, 'ongoing' as const, 'aspirational' as const, 'conditional' as const),
  }),
  fc.record({ kind: fc.constant('map' as const), pick, action: fc.nat({ max: ACTION_IDS.length - 1 }) }),
  fc.record({ kind: fc.constant('reject' as const), pick }),
  fc.record({ kind: fc.constant('note' as const), pick }),
  fc.record({ kind: fc.constant('mapping-note' as const), pick }),
  fc.record({ kind: fc.constant('add' as const), text: sentence, line: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('comment' as const), pick }),
  fc.record({ kind: fc.constant('section' as const), pick }),
  fc.record({ kind: fc.constant('retire' as const), pick }),
  fc.record({ kind: fc.constant('reword' as const), pick, verb: fc.constantFrom(...VERBS) }),
  fc.record({ kind: fc.constant('insert' as const), at: pick, text: sentence }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('move' as const), pick, to: pick }),
  fc.constant({ kind: 'reparse' as const }),
);

/** Everything the analyst wrote, as the analyst wrote it, to look for after every re-parse. */
class AnalystWork {
  readonly commitments = new Map<string, Omit<Commitment, 'position'>>();
  readonly mappings = new Map<string, ActionMatch>();
  readonly rejections = new Map<string, string[]>();
  readonly notes = new Map<string, string>();
  readonly mappingNotes = new Map<string, string>();
  readonly comments = new Set<string>();
  readonly retired = new Set<string>();

  /** Records the analyst's side of the document just after the analyst saved it. */
  record(document: CommitmentDocument): void {
    for (const item of document.commitments) {
      if (item.by === 'analyst') this.commitments.set(item.id, withoutPosition(item));
      for (const match of item.actions) {
        if (match.by === 'analyst') this.mappings.set(`${item.id} ${match.id}`, match);
        else if (match.note !== undefined) this.mappingNotes.set(`${item.id} ${match.id}`, match.note);
      }
      if (item.rejected?.length)
        this.rejections.set(
          item.id,
          item.rejected.map((entry) => entry.id),
        );
      if (item.note !== undefined) this.notes.set(item.id, item.note);
    }
  }

  /** Asserts every recorded edit is in the document (a commitment may have moved to `retired` with its edits). */
  check(text: string): void {
    const document = parseYamlText(text, FILE).value as CommitmentDocument;
    const active = new Map(document.commitments.map((item) => [item.id, item]));
    const all = new Map([...(document.retired ?? []).map((item) => [item.id, item] as const), ...active]);
    for (const [id, value] of this.commitments) {
      if (this.retired.has(id)) continue;
      expect(active.has(id), `analyst commitment ${id} is still a commitment`).toBe(true);
      expect(withoutPosition(active.get(id)!)).toEqual(value);
    }
    for (const [key, match] of this.mappings) {
      const [id] = key.split(' ');
      expect(all.get(id!)?.actions, `analyst mapping ${key}`).toContainEqual(match);
    }
    for (const [id, rejected] of this.rejections) {
      const item = all.get(id)!;
      expect(item.rejected?.map((entry) => entry.id)).toEqual(rejected);
      for (const action of rejected) expect(item.actions.some((match) => match.id === action && match.by === 'auto')).toBe(false);
    }
    for (const [id, note] of this.notes) expect(all.get(id)?.note).toBe(note);
    for (const [key, note] of this.mappingNotes) {
      const [id, action] = key.split(' ');
      expect(all.get(id!)?.actions.find((match) => match.id === action)?.note, `note on mapping ${key}`).toBe(note);
    }
    for (const comment of this.comments) expect(text).toContain(`# ${comment}`);
    for (const id of this.retired) {
      expect(active.has(id)).toBe(false);
      expect(document.retired?.some((item) => item.id === id && item.by === 'analyst')).toBe(true);
    }
  }
}

function withoutPosition(item: Commitment): Omit<Commitment, 'position'> {
  const { position: _position, ...rest } = item;
  return rest;
}

/** Applies one analyst edit to the YAML as a person saving the file would; returns the new text. */
function analystEdit(text: string, op: Operation, work: AnalystWork, counter: { next: number }): string {
  const doc = parseYamlText(text, FILE).document;
  const seq = doc.get('commitments', true) as YAMLSeq<YAMLMap>;
  const items = seq.items.filter(isMap);
  const n = counter.next++;
  if (op.kind === 'add') {
    const node = doc.createNode({
      id: `kent-analyst-${n}`,
      text: op.text,
      section: ['Added by hand'],
      position: { line: op.line, column: 1 },
      strength: 'firm',
      by: 'analyst',
      actions: [],
    });
    seq.items.push(node as YAMLMap);
    seq.flow = false;
  } else if (items.length > 0 && 'pick' in op) {
    const node = items[op.pick % items.length]!;
    const id = String(node.get('id'));
    const actions = node.get('actions', true) as unknown as YAMLSeq<YAMLMap>;
    const automatic = actions.items.filter((match) => isMap(match) && match.get('by') === 'auto');
    const taken = new Set([
      ...actions.items.filter(isMap).map((match) => String(match.get('id'))),
      ...((node.toJSON() as Commitment).rejected ?? []).map((entry) => entry.id),
    ]);
    if (op.kind === 'strength') {
      node.set('strength', op.strength);
      node.set('by', 'analyst');
    } else if (op.kind === 'section') {
      node.set('section', doc.createNode([`Analyst heading ${n}`]));
      node.set('by', 'analyst');
    } else if (op.kind === 'map') {
      const action = ACTION_IDS.find((_, index) => !taken.has(ACTION_IDS[(op.action + index) % ACTION_IDS.length]!));
      if (action !== undefined) {
        const chosen = ACTION_IDS[(op.action + ACTION_IDS.indexOf(action)) % ACTION_IDS.length]!;
        actions.items.push(doc.createNode({ id: chosen, confidence: 1, by: 'analyst', note: `mapped by hand ${n}` }) as YAMLMap);
        actions.flow = false;
      }
    } else if (op.kind === 'reject' && automatic.length > 0) {
      const match = automatic[op.pick % automatic.length]!;
      const action = String(match.get('id'));
      actions.items = actions.items.filter((item) => item !== match);
      const rejected = node.get('rejected', true);
      const entry = doc.createNode({ id: action, note: 'not what this commits to' });
      if (isSeq(rejected)) rejected.items.push(entry);
      else node.set('rejected', doc.createNode([{ id: action, note: 'not what this commits to' }]));
      work.mappingNotes.delete(`${id} ${action}`);
    } else if (op.kind === 'note') {
      node.set('note', `checked by hand ${n}`);
    } else if (op.kind === 'mapping-note' && automatic.length > 0) {
      automatic[op.pick % automatic.length]!.set('note', `looked at ${n}`);
    } else if (op.kind === 'comment') {
      node.commentBefore = `${node.commentBefore ? `${node.commentBefore}\n` : ''} analyst comment ${n}`;
      work.comments.add(`analyst comment ${n}`);
    } else if (op.kind === 'retire') {
      seq.items = seq.items.filter((item) => item !== node);
      node.set('by', 'analyst');
      node.set('reason', `dismissed by an analyst ${n}`);
      const retired = doc.get('retired', true);
      if (isSeq(retired)) retired.items.push(node);
      else doc.set('retired', doc.createNode([node]));
      work.retired.add(id);
      work.commitments.delete(id);
    }
  }
  const saved = doc.toString({ lineWidth: 0 });
  work.record(parseYamlText(saved, FILE).value as CommitmentDocument);
  return saved;
}

function rewriteSource(sentences: string[], op: Operation): string[] {
  const next = [...sentences];
  if (op.kind === 'insert') next.splice(op.at % (next.length + 1), 0, op.text);
  else if (next.length === 0) return next;
  else if (op.kind === 'reword') {
    const index = op.pick % next.length;
    next[index] = next[index]!.replace(new RegExp(`\\b(${VERBS.join('|')})\\b`), op.verb);
  } else if (op.kind === 'delete' && next.length > 1) next.splice(op.pick % next.length, 1);
  else if (op.kind === 'move') {
    const [moved] = next.splice(op.pick % next.length, 1);
    next.splice(op.to % (next.length + 1), 0, moved!);
  }
  return next;
}

function isAnalystEdit(op: Operation): boolean {
  return !['reword', 'insert', 'delete', 'move', 'reparse'].includes(op.kind);
}

describe('the merge over random edit sequences', () => {
  it('keeps every analyst edit, accounts for every commitment, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 2, maxLength: 8 }),
        fc.array(operation, { minLength: 1, maxLength: 14 }),
        (initial, operations) => {
          let sentences = initial;
          let text = serializeDocument(parseModel(sentences), 'yaml');
          const work = new AnalystWork();
          const counter = { next: 1 };
          const run = (): void => {
            const merged = reparse(text, sentences);
            const { kept, updated, retired } = merged.summary;
            expect(kept + updated + retired).toBe(merged.before);
            text = merged.text;
            work.check(text);
          };
          for (const op of operations) {
            if (op.kind === 'reparse') run();
            else if (isAnalystEdit(op)) text = analystEdit(text, op, work, counter);
            else sentences = rewriteSource(sentences, op);
          }
          run();
          const once = text;
          run();
          expect(text).toBe(once);
          expect(documentProblems(parseYamlText(text, FILE), framework)).toEqual([]);
        },
      ),
      { seed: 20251122, numRuns: 200 },
    );
  });
});
