import type { ActionMatch, Commitment, Evidence, Framework } from '../model/index.js';
import { confidenceOf } from './calibration.js';
import { chooseTargets, type ChosenTarget } from './decide.js';
import { FeatureMemo, targetFeatures, type ClassifierInput } from './features.js';
import { defaultClassifierSettings, type ClassifierSettings } from './settings.js';

export { defaultClassifierSettings, type ClassifierSettings } from './settings.js';
export type { ClassifierInput } from './features.js';

/** Maps one commitment to framework actions (or a pillar alone, or every pillar), each with a calibrated confidence, its evidence and a review flag. */
export function classifyCommitment(
  input: ClassifierInput,
  framework: Framework,
  settings: ClassifierSettings = defaultClassifierSettings(),
  memo: FeatureMemo = new FeatureMemo(),
): ActionMatch[] {
  return chooseTargets(targetFeatures(input, framework, settings, memo), framework, settings).map((chosen) => toMatch(chosen, settings));
}

/** Classifies every commitment of a document, keeping mappings an analyst made and never re-adding one an analyst rejected. */
export function classifyCommitments<T extends Commitment>(
  commitments: T[],
  framework: Framework,
  settings: ClassifierSettings = defaultClassifierSettings(),
): T[] {
  const memo = new FeatureMemo();
  return commitments.map((commitment) => {
    const analyst = commitment.actions.filter((match) => match.by === 'analyst');
    const rejected = new Set((commitment.rejected ?? []).map((entry) => entry.id));
    const taken = new Set(analyst.map((match) => match.id));
    const automatic = classifyCommitment(commitment, framework, settings, memo).filter(
      (match) => !taken.has(match.id) && !rejected.has(match.id),
    );
    return { ...commitment, actions: [...analyst, ...automatic] };
  });
}

function toMatch(chosen: ChosenTarget, settings: ClassifierSettings): ActionMatch {
  const confidence = confidenceOf(chosen.score, settings);
  const evidence: Evidence[] = [...chosen.features.evidence];
  if (chosen.features.retrieval > 0 && chosen.rule !== 'pillar-only') {
    evidence.push({
      in: 'text',
      phrase: 'relevance to the action (BM25)',
      weight: Math.round(settings.retrievalScale * chosen.features.retrieval * 1000) / 1000,
    });
  }
  const match: ActionMatch = { id: chosen.target, confidence, by: 'auto', evidence };
  if (confidence < settings.reviewBelow) match.review = true;
  return match;
}
