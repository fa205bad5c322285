import type { Evidence, Framework } from '../model/index.js';
import { stemsOf } from '../text/tokens.js';
import { indicatorMatcher } from './indicators.js';
import type { ClassifierSettings } from './settings.js';

/** The evidence and score gathered for one action or pillar. */
export interface TargetScore {
  target: string;
  pillar: string;
  score: number;
  evidence: Evidence[];
}

/** What a commitment offers the classifier: its text, the headings it sits under and its lead-in. */
export interface ClassifierInput {
  text: string;
  section: string[];
  leadIn?: string;
}

/**
 * Scores every action and pillar for one commitment: the weights of distinct indicator phrases found
 * in its text, plus a share of those found in its headings and lead-in (each phrase counted once, where it weighs most).
 */
export function scoreTargets(input: ClassifierInput, framework: Framework, settings: ClassifierSettings): Map<string, TargetScore> {
  const matcher = indicatorMatcher(framework);
  const scores = new Map<string, TargetScore>();
  const counted = new Set<string>();
  const add = (where: Evidence['in'], stems: string[], factor: number): void => {
    for (const found of matcher.matchStems(stems)) {
      const key = `${found.payload.target}\u0000${found.phrase}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const entry = scores.get(found.payload.target) ?? {
        target: found.payload.target,
        pillar: found.payload.pillar,
        score: 0,
        evidence: [],
      };
      const weight = round(found.payload.weight * factor);
      entry.score += weight;
      entry.evidence.push({ in: where, phrase: found.phrase, weight });
      scores.set(found.payload.target, entry);
    }
  };
  add('text', stemsOf(input.text), 1);
  for (const heading of [...input.section].reverse()) add('section', stemsOf(heading), settings.sectionWeight);
  if (input.leadIn !== undefined) add('lead-in', stemsOf(input.leadIn), settings.sectionWeight);
  return scores;
}

/** Confidence in (0, 1) from a score: 1 - exp(-steepness * score), to 2 places. */
export function confidenceOf(score: number, settings: ClassifierSettings): number {
  return round(1 - Math.exp(-settings.confidenceSteepness * score), 2);
}

function round(value: number, places = 3): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
