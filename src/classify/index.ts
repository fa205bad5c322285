import type { ActionMatch, Commitment, Framework } from '../model/index.js';
import { WHOLE_FRAMEWORK } from './indicators.js';
import { confidenceOf, scoreTargets, type ClassifierInput, type TargetScore } from './score.js';
import { defaultClassifierSettings, type ClassifierSettings } from './settings.js';

export { defaultClassifierSettings, type ClassifierSettings } from './settings.js';

/** Maps one commitment to framework actions (or a pillar alone), each with a confidence and its evidence. */
export function classifyCommitment(
  input: ClassifierInput,
  framework: Framework,
  settings: ClassifierSettings = defaultClassifierSettings(),
): ActionMatch[] {
  const scores = scoreTargets(input, framework, settings);
  const pillarIds = new Set(framework.pillars.map((pillar) => pillar.id));
  const actions = [...scores.values()]
    .filter((entry) => !pillarIds.has(entry.target) && entry.target !== WHOLE_FRAMEWORK)
    .sort((a, b) => b.score - a.score || a.target.localeCompare(b.target));
  const best = actions[0];
  if (best && confidenceOf(best.score, settings) >= settings.minConfidence) {
    const chosen = actions.filter(
      (entry) =>
        entry === best ||
        (confidenceOf(entry.score, settings) >= settings.secondaryMinConfidence && entry.score >= settings.secondaryMinShare * best.score),
    );
    return chosen.map((entry) => toMatch(entry, settings));
  }
  const pillars = pillarScores(scores, framework).filter((entry) => confidenceOf(entry.score, settings) >= settings.pillarMinConfidence);
  if (pillars.length > 0) return pillars.map((entry) => toMatch(entry, settings));
  const whole = scores.get(WHOLE_FRAMEWORK);
  if (whole && confidenceOf(whole.score, settings) >= settings.pillarMinConfidence) {
    return framework.pillars.map((pillar) => toMatch({ ...whole, target: pillar.id, pillar: pillar.id }, settings));
  }
  return [];
}

/** Classifies every commitment of a document, keeping mappings an analyst made. */
export function classifyCommitments(
  commitments: Commitment[],
  framework: Framework,
  settings: ClassifierSettings = defaultClassifierSettings(),
): Commitment[] {
  return commitments.map((commitment) => {
    const analyst = commitment.actions.filter((match) => match.by === 'analyst');
    const rejected = new Set((commitment.rejected ?? []).map((entry) => entry.id));
    const taken = new Set(analyst.map((match) => match.id));
    const automatic = classifyCommitment(commitment, framework, settings).filter(
      (match) => !taken.has(match.id) && !rejected.has(match.id),
    );
    return { ...commitment, actions: [...analyst, ...automatic] };
  });
}

/** Each pillar's evidence: its own indicators plus its actions' matches, best first. */
function pillarScores(scores: Map<string, TargetScore>, framework: Framework): TargetScore[] {
  const pillars = framework.pillars.map((pillar): TargetScore => {
    const parts = [...scores.values()].filter((entry) => entry.pillar === pillar.id);
    return {
      target: pillar.id,
      pillar: pillar.id,
      score: parts.reduce((sum, entry) => sum + entry.score, 0),
      evidence: parts.flatMap((entry) => entry.evidence),
    };
  });
  return pillars.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || a.target.localeCompare(b.target));
}

function toMatch(entry: TargetScore, settings: ClassifierSettings): ActionMatch {
  return { id: entry.target, confidence: confidenceOf(entry.score, settings), by: 'auto', evidence: entry.evidence };
}
