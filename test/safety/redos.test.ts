/**
 * No regular expression of the tool can take more than linear time, proved statically: every
 * pattern in src/ and in the data files goes through recheck (see redos-proof.ts). Proofs already
 * made are read from regex-proofs.json; `npm run prove-regex` proves new patterns and drops gone
 * ones, `npm run prove-regex:all` proves every pattern again from scratch.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { codePatterns, DYNAMIC_SITES, dataPatterns, dynamicPatterns, type PatternUse } from './regex-inventory.ts';
import { prove, proofKey, readLedger, writeLedger, type Proof, type ProofLedger } from './redos-proof.ts';

const mode = process.env.VAWG_REPROVE; // undefined: check; 'missing': prove new patterns and rewrite the ledger; 'all': prove all again
const PROVING = 60 * 60 * 1000;

const code = codePatterns();
let dynamicError: unknown;
let dynamic: PatternUse[] = [];
try {
  dynamic = dynamicPatterns(code.dynamic);
} catch (error) {
  dynamicError = error;
}
const data = dataPatterns();
const patterns = new Map<string, PatternUse>();
for (const use of [...code.patterns, ...dynamic, ...data]) {
  const key = proofKey(use.source, use.flags);
  if (!patterns.has(key)) patterns.set(key, use);
}
const read = readLedger();
const ledger = mode === 'all' ? {} : read.proofs;
const proofs: ProofLedger['proofs'] = {};

/** The proofs of the ledger whose pattern still exists. */
function keep(): ProofLedger['proofs'] {
  return Object.fromEntries(Object.entries(ledger).filter(([key]) => patterns.has(key)));
}

afterAll(() => {
  if (mode !== undefined) writeLedger({ ...(mode === 'all' ? {} : keep()), ...proofs });
});

describe('the inventory of patterns', () => {
  it('accounts for every pattern built at run time', () => {
    expect(dynamicError).toBeUndefined();
    const found = new Set(code.dynamic.map((site) => `${site.file}: ${site.pattern}`));
    expect(Object.keys(DYNAMIC_SITES).filter((key) => !found.has(key))).toEqual([]);
  });

  it('reads the patterns of the code and of every data file that holds them', () => {
    expect(code.patterns.length).toBeGreaterThanOrEqual(80);
    for (const file of [
      'src/assess/data/measurability.yaml',
      'src/extract/data/contexts.yaml',
      'src/ingest/data/boilerplate.yaml',
      'src/ingest/data/headings.yaml',
      'src/ingest/data/html-furniture.yaml',
    ]) {
      expect(
        data.some((use) => use.where.startsWith(`${file}/`)),
        file,
      ).toBe(true);
    }
  });

  it('has a proof in regex-proofs.json of every pattern, and of no pattern that is gone (npm run prove-regex)', () => {
    if (mode !== undefined) return;
    expect(read.current, 'regex-proofs.json was made with another recheck or other parameters: run npm run prove-regex:all').toBe(true);
    expect([...patterns.keys()].filter((key) => ledger[key] === undefined)).toEqual([]);
    expect(Object.keys(ledger).filter((key) => !patterns.has(key))).toEqual([]);
  });
});

describe('the analyser', () => {
  it('finds the exponential pattern, the quadratic one and passes the linear one', async () => {
    expect(await prove('^(a+)+$', '')).toMatchObject({ status: 'vulnerable', checker: 'automaton', complexity: 'exponential' });
    expect(await prove(String.raw`\s*\n\s*`, 'g')).toMatchObject({ status: 'vulnerable', complexity: 'polynomial' });
    expect(await prove(String.raw`\s+`, 'g')).toEqual({ status: 'safe', checker: 'automaton', complexity: 'linear' });
  });

  it('gives a look-around pattern to the seeded fuzzer, which finds its attack the same way every time', async () => {
    const first = await prove(String.raw`(?<!\w)(a|a)*b(?!c)`, '');
    expect(first).toMatchObject({ status: 'vulnerable', checker: 'fuzz' });
    expect(await prove(String.raw`(?<!\w)(a|a)*b(?!c)`, '')).toEqual(first);
  });
});

describe('every regular expression runs in linear time', () => {
  for (const [key, use] of patterns) {
    it(
      `${use.where}: ${key}`,
      async ({ skip }) => {
        // With a ledger of another recheck version every proof would be made again: the test above says so instead.
        if (mode === undefined && !read.current) skip();
        const proof: Proof = ledger[key] ?? (await prove(use.source, use.flags));
        proofs[key] = { ...proof, where: use.where };
        // While proving, keep what is proved so far: a long run that stops loses nothing.
        if (mode !== undefined) writeLedger({ ...(mode === 'all' ? {} : keep()), ...proofs });
        expect(proof.status, proof.attack ?? proof.complexity).toBe('safe');
      },
      PROVING,
    );
  }
});
