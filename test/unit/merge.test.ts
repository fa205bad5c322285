import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { serializeDocument } from '../../src/io/commitment-document.ts';
import { stringifyYaml } from '../../src/io/yaml-layout.ts';
import { mergeDocument } from '../../src/merge/index.ts';
import type { Commitment, CommitmentDocument, Statement } from '../../src/model/index.ts';

function item(id: string, text: string, line: number, extra: Partial<Commitment> = {}): Commitment {
  return { id, text, section: [], position: { line, column: 1 }, strength: 'firm', actions: [], ...extra };
}

function documentOf(commitments: Commitment[], statements?: Statement[], retired?: CommitmentDocument['retired']): CommitmentDocument {
  return {
    version: 1,
    force: { name: 'Kent Police', slug: 'kent' },
    document: { title: 'Plan', source: 'plan.txt', sha256: 'a'.repeat(64), format: 'text' },
    framework: 'npcc-vawg-2021',
    commitments,
    ...(statements ? { statements } : {}),
    warnings: [],
    ...(retired ? { retired } : {}),
  };
}

function merge(old: CommitmentDocument | string, fresh: CommitmentDocument, source: string) {
  const text = typeof old === 'string' ? old : serializeDocument(old, 'yaml');
  const result = mergeDocument({ existing: parseDocument(text), fresh, sourceText: source });
  return { ...result, text: stringifyYaml(result.document), value: result.document.toJS() as CommitmentDocument };
}

const PATROL = 'We will patrol parks at night.';
const PLEDGE = 'I will fund two more advocates.';

describe('mergeDocument', () => {
  it('moves a machine statement that now reads as the force to commitments, and leaves one with analyst work where it is', () => {
    const pledge: Statement = { ...item('kent-2', PLEDGE, 2), voice: 'pcc' };
    const noted: Statement = { ...item('kent-3', 'We will fund advocates.', 3, { note: 'checked' }), voice: 'pcc' };
    const old = documentOf([item('kent-1', PATROL, 1)], [pledge, noted]);
    const fresh = documentOf([item('kent-1', PATROL, 1), item('kent-2', PLEDGE, 2), item('kent-3', 'We will fund advocates.', 3)], []);
    const result = merge(old, fresh, `${PATROL}\n${PLEDGE}\nWe will fund advocates.`);
    expect(result.value.commitments.map((entry) => entry.id)).toEqual(['kent-1', 'kent-2']);
    expect(result.value.commitments[1]).not.toHaveProperty('voice');
    expect(result.value.statements?.map((entry) => entry.id)).toEqual(['kent-3']);
    expect(result.notices.map((notice) => notice.rule)).toEqual(['voice-changed']);
    expect(result.summary).toMatchObject({ kept: 2, updated: 1, retired: 0, added: 0 });
  });

  it('does not bring back a retired commitment, and says so when the machine had retired it', () => {
    const old = documentOf([], undefined, [
      { ...item('kent-1', PATROL, 1), reason: 'not found in the source any more' },
      { ...item('kent-2', PLEDGE, 2), by: 'analyst', reason: 'the PCC speaking' },
    ]);
    const fresh = documentOf([item('kent-1', PATROL, 1), item('kent-9', PLEDGE, 2)]);
    const result = merge(old, fresh, `${PATROL}\n${PLEDGE}`);
    expect(result.value.commitments).toEqual([]);
    expect(result.summary.added).toBe(0);
    expect(result.notices).toEqual([expect.objectContaining({ rule: 'retired-in-source-again', id: 'kent-1' })]);
  });

  it('keeps an automatic mapping whose anchor an alias uses, and the alias', () => {
    const old = `version: 1
force: { name: Kent Police, slug: kent }
document: { title: Plan, source: plan.txt, sha256: ${'a'.repeat(64)}, format: text }
framework: npcc-vawg-2021
commitments:
  - id: kent-1
    text: ${PATROL}
    section: []
    position: { line: 1, column: 1 }
    strength: firm
    actions:
      - &night { id: spaces.dangerous-places, confidence: 0.5, by: auto }
  - id: kent-2
    text: We will light bus stations.
    section: []
    position: { line: 2, column: 1 }
    strength: firm
    actions:
      - *night
warnings: []
`;
    const fresh = documentOf([item('kent-1', PATROL, 1), item('kent-2', 'We will light bus stations.', 2)]);
    const result = merge(old, fresh, `${PATROL}\nWe will light bus stations.`);
    expect(result.text).toContain('&night');
    expect(result.text).toContain('- *night');
    expect(result.value.commitments[1]!.actions).toEqual([{ id: 'spaces.dangerous-places', confidence: 0.5, by: 'auto' }]);
    expect(result.notices.map((notice) => notice.rule)).toContain('anchor-kept');
  });

  it('inserts new commitments where their position puts them, and keeps the order of the rest', () => {
    const old = documentOf([item('kent-3', 'We will three.', 3), item('kent-1', 'We will one.', 1)]);
    const fresh = documentOf([item('kent-1', 'We will one.', 1), item('kent-2', 'We will two.', 2), item('kent-3', 'We will three.', 3)]);
    const result = merge(old, fresh, 'We will one.\nWe will two.\nWe will three.');
    expect(result.value.commitments.map((entry) => entry.id)).toEqual(['kent-2', 'kent-3', 'kent-1']);
  });

  it('retires a machine commitment gone from the source, keeps one still in it, and counts each once', () => {
    const old = documentOf([item('kent-1', 'We will one.', 1), item('kent-2', 'We will two.', 2), item('kent-3', 'We will three.', 3)]);
    const fresh = documentOf([item('kent-1', 'We will one.', 1)]);
    const result = merge(old, fresh, 'We will one.\nWe will three.');
    expect(result.value.commitments.map((entry) => entry.id)).toEqual(['kent-1', 'kent-3']);
    expect(result.value.retired).toEqual([
      { ...item('kent-2', 'We will two.', 2), reason: `not found in the source any more (source sha256 ${'a'.repeat(12)})` },
    ]);
    expect(result.summary).toMatchObject({ kept: 2, updated: 0, retired: 1, added: 0 });
  });
});
