/**
 * Static ReDoS checks with recheck, in its own hybrid mode: patterns whose automaton is small
 * enough are decided exactly by the automaton checker (it proves from the pattern alone whether
 * matching can take more than linear time); look-arounds, large bounded repeats and large
 * automata go to recheck's fuzzer, whose "safe" means no attack was found within its budget (a
 * strong check, not a proof). Every limit is a count and the fuzzer's seed is fixed, so the same
 * pattern always gets the same answer. Answers are kept in regex-proofs.json, keyed by
 * pattern, flags, recheck's version and these parameters, so `npm test` proves only new patterns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { ROOT } from '../helpers/cli.ts';

/** recheck's parameters: no clock anywhere (null timeouts), a fixed seed, bounded work by counts. */
export const PARAMETERS: Parameters = {
  checker: 'auto',
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  randomSeed: 0,
  // Larger automata are left to the fuzzer: the exact check grows with the cube of their size.
  maxNFASize: 300,
  // The fuzzer's budget: characters its matcher may read per attack, and the longest strings it builds.
  attackLimit: 10_000_000,
  maxAttackStringSize: 4_000,
  maxRecallStringSize: 4_000,
  maxGeneStringSize: 400,
};

/** What a proof found. */
export interface Proof {
  status: Diagnostics['status'];
  checker: 'automaton' | 'fuzz' | 'none';
  complexity: string;
  /** For a vulnerable pattern: an input that makes it slow. */
  attack?: string;
}

/** The file of proofs, and the version and parameters they were made with. */
export interface ProofLedger {
  recheck: string;
  parameters: Parameters;
  proofs: Record<string, Proof & { where: string }>;
}

/** The ledger committed beside the tests. */
export const LEDGER_FILE = path.join(ROOT, 'test/safety/regex-proofs.json');

/** The key of a pattern in the ledger. */
export function proofKey(source: string, flags: string): string {
  return `/${source}/${flags}`;
}

/** The installed recheck's version. */
export function recheckVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
}

/** The committed proofs, and whether they were made with this recheck and these parameters (if not, none count). */
export function readLedger(): { proofs: ProofLedger['proofs']; current: boolean } {
  let ledger: ProofLedger;
  try {
    ledger = JSON.parse(readFileSync(LEDGER_FILE, 'utf8')) as ProofLedger;
  } catch {
    return { proofs: {}, current: false };
  }
  const current = ledger.recheck === recheckVersion() && JSON.stringify(ledger.parameters) === JSON.stringify(PARAMETERS);
  return { proofs: current ? ledger.proofs : {}, current };
}

/** Writes the proofs, sorted by key, so the file changes only when a pattern does. */
export function writeLedger(proofs: ProofLedger['proofs']): void {
  const sorted = Object.fromEntries(Object.entries(proofs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const ledger: ProofLedger = { recheck: recheckVersion(), parameters: PARAMETERS, proofs: sorted };
  writeFileSync(LEDGER_FILE, `${JSON.stringify(ledger, null, 2)}\n`);
}

/** Checks one pattern with recheck. */
export async function prove(source: string, flags: string): Promise<Proof> {
  return summarise(await check(source, flags, PARAMETERS));
}

function summarise(result: Diagnostics): Proof {
  if (result.status === 'unknown') return { status: 'unknown', checker: result.checker ?? 'none', complexity: result.error.kind };
  const proof: Proof = { status: result.status, checker: result.checker, complexity: result.complexity.type };
  if (result.status === 'vulnerable') proof.attack = result.attack.pattern;
  return proof;
}
