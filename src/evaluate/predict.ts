import { classifyCommitments, type ClassifierSettings } from '../classify/index.js';
import { extractCommitments } from '../extract/index.js';
import { forceFromName } from '../extract/force.js';
import { ingestFile } from '../ingest/index.js';
import type { Commitment, Evidence, Framework } from '../model/index.js';
import type { GoldDocument } from './gold.js';
import type { Prediction } from './score.js';

/** Runs ingest and extract on a gold document's source once, so classification can be repeated cheaply. */
export async function extractForGold(gold: GoldDocument): Promise<Commitment[]> {
  return extractCommitments(await ingestFile(gold.source), forceFromName(gold.force)).commitments;
}

/** Classifies extracted commitments with the given settings and reduces them to predictions. */
export function predictWith(commitments: Commitment[], framework: Framework, settings: ClassifierSettings): Prediction[] {
  return classifyCommitments(commitments, framework, settings).map(toPrediction);
}

/** A classified commitment as the evaluation sees it. */
export function toPrediction(commitment: Commitment): Prediction {
  const confidences: Record<string, number> = {};
  const evidence: Record<string, Evidence[]> = {};
  for (const match of commitment.actions) {
    confidences[match.id] = match.confidence;
    evidence[match.id] = match.evidence ?? [];
  }
  return {
    text: commitment.text,
    line: commitment.position.line,
    actions: commitment.actions.map((match) => match.id),
    strength: commitment.strength,
    confidences,
    evidence,
  };
}
