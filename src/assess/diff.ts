import { diffWords } from 'diff';
import { loadPackageData } from '../io/data-file.js';
import type { Commitment, CommitmentDocument, CoverageStatus, Framework } from '../model/index.js';
import { normalizeText } from '../text/tokens.js';
import { assessCoverage } from './coverage.js';
import { pairBySimilarity } from '../text/similarity.js';

/** A commitment as a diff shows it: id, line and text. */
export interface DiffCommitment {
  id: string;
  line: number;
  text: string;
}

/** Two commitments, one from each side, that say the same thing in different words. */
export interface AlignedCommitments {
  a: DiffCommitment;
  b: DiffCommitment;
  similarity: number;
}

/** How one action differs between the two documents. */
export interface ActionDiff {
  id: string;
  pillar: string;
  title: string;
  statusA: CoverageStatus;
  statusB: CoverageStatus;
  aligned: AlignedCommitments[];
  onlyA: DiffCommitment[];
  onlyB: DiffCommitment[];
}

/** One word-level edit of a reworded commitment. */
export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** What a redraft changed, between two versions of one force's strategy. */
export interface VersionChanges {
  unchanged: number;
  added: DiffCommitment[];
  removed: DiffCommitment[];
  reworded: (AlignedCommitments & { words: WordChange[] })[];
}

/** One document of a diff: its force, the file it was read from, and the source its lines point into (as the user reads the paths). */
export interface DiffSide {
  force: { name: string; slug: string };
  file: string;
  /** The source document the commitments' lines are in, so `source:line` opens in a terminal or an editor. */
  source?: string;
}

/** The result of `vawg diff`. */
export interface DiffReport {
  framework: { id: string; title: string };
  a: DiffSide;
  b: DiffSide;
  actions: ActionDiff[];
  /** Present when both documents are versions of the same force's strategy. */
  versions?: VersionChanges;
}

interface DiffSettings {
  'aligned-min-similarity': number;
  'reworded-min-similarity': number;
}

/** Compares two commitment documents action by action, and, for two versions of one strategy, commitment by commitment. */
export function diffDocuments(
  a: { document: CommitmentDocument; file: string; source?: string },
  b: { document: CommitmentDocument; file: string; source?: string },
  framework: Framework,
): DiffReport {
  const settings = loadPackageData<DiffSettings>('src/assess/data/diff.yaml');
  const coverageA = assessCoverage(a.document, framework, a.file);
  const coverageB = assessCoverage(b.document, framework, b.file);
  const actions = coverageA.actions.map((actionA, index): ActionDiff => {
    const actionB = coverageB.actions[index]!;
    const left = mappedTo(a.document, actionA.id);
    const right = mappedTo(b.document, actionA.id);
    const pairs = pairBySimilarity(left, right, (commitment) => commitment.text, settings['aligned-min-similarity']);
    const pairedA = new Set(pairs.map((pair) => pair.a.id));
    const pairedB = new Set(pairs.map((pair) => pair.b.id));
    return {
      id: actionA.id,
      pillar: actionA.pillar,
      title: actionA.title,
      statusA: actionA.status,
      statusB: actionB.status,
      aligned: pairs.map((pair) => ({ a: brief(pair.a), b: brief(pair.b), similarity: pair.similarity })),
      onlyA: left.filter((commitment) => !pairedA.has(commitment.id)).map(brief),
      onlyB: right.filter((commitment) => !pairedB.has(commitment.id)).map(brief),
    };
  });
  const report: DiffReport = {
    framework: { id: framework.id, title: framework.title },
    a: { force: a.document.force, file: a.file, ...(a.source === undefined ? {} : { source: a.source }) },
    b: { force: b.document.force, file: b.file, ...(b.source === undefined ? {} : { source: b.source }) },
    actions,
  };
  if (a.document.force.slug === b.document.force.slug) {
    report.versions = versionChanges(a.document.commitments, b.document.commitments, settings['reworded-min-similarity']);
  }
  return report;
}

/** Whether a diff found any difference: a status that changed, a commitment on one side only or reworded, or a redraft's change. */
export function documentsDiffer(report: DiffReport): boolean {
  const actionDiffers = (action: ActionDiff): boolean =>
    action.statusA !== action.statusB ||
    action.onlyA.length + action.onlyB.length > 0 ||
    action.aligned.some((pair) => pair.a.text !== pair.b.text);
  const versions = report.versions;
  const redrafted = versions !== undefined && versions.added.length + versions.removed.length + versions.reworded.length > 0;
  return redrafted || report.actions.some(actionDiffers);
}

/** Added, removed and reworded commitments between two versions of one strategy. */
export function versionChanges(before: Commitment[], after: Commitment[], threshold: number): VersionChanges {
  const afterByText = new Map<string, Commitment[]>();
  for (const commitment of after) {
    const key = normalizeText(commitment.text);
    afterByText.set(key, [...(afterByText.get(key) ?? []), commitment]);
  }
  const unmatchedBefore: Commitment[] = [];
  const matchedAfter = new Set<Commitment>();
  for (const commitment of before) {
    const same = afterByText.get(normalizeText(commitment.text))?.find((candidate) => !matchedAfter.has(candidate));
    if (same) matchedAfter.add(same);
    else unmatchedBefore.push(commitment);
  }
  const unmatchedAfter = after.filter((commitment) => !matchedAfter.has(commitment));
  const pairs = pairBySimilarity(unmatchedBefore, unmatchedAfter, (commitment) => commitment.text, threshold);
  const rewordedBefore = new Set(pairs.map((pair) => pair.a));
  const rewordedAfter = new Set(pairs.map((pair) => pair.b));
  return {
    unchanged: matchedAfter.size,
    added: unmatchedAfter.filter((commitment) => !rewordedAfter.has(commitment)).map(brief),
    removed: unmatchedBefore.filter((commitment) => !rewordedBefore.has(commitment)).map(brief),
    reworded: pairs.map((pair) => ({
      a: brief(pair.a),
      b: brief(pair.b),
      similarity: pair.similarity,
      words: diffWords(pair.a.text, pair.b.text).map((change) => ({
        value: change.value,
        ...(change.added ? { added: true } : {}),
        ...(change.removed ? { removed: true } : {}),
      })),
    })),
  };
}

function mappedTo(document: CommitmentDocument, actionId: string): Commitment[] {
  return document.commitments.filter((commitment) => commitment.actions.some((match) => match.id === actionId));
}

function brief(commitment: Commitment): DiffCommitment {
  return { id: commitment.id, line: commitment.position.line, text: commitment.text };
}
