import type { Framework } from '../model/index.js';
import { WHOLE_FRAMEWORK, type TargetFeatures } from './features.js';
import type { ClassifierSettings } from './settings.js';

/** A target chosen for a commitment, with the score that chose it. */
export interface ChosenTarget {
  target: string;
  score: number;
  features: TargetFeatures;
  /** How it was chosen: the best action, a further action on the margin rule, a pillar alone, or every pillar. */
  rule: 'best-action' | 'further-action' | 'pillar-only' | 'whole-framework';
}

/** An action's score: its indicator weight plus a share of its BM25 relevance. */
export function targetScore(features: TargetFeatures, settings: ClassifierSettings): number {
  return features.indicator + settings.retrievalScale * features.retrieval;
}

/**
 * Chooses what a commitment maps to: the best action when it scores high enough, further actions that
 * score close to it and have phrase evidence of their own; else the best pillar alone; else, for a
 * commitment to VAWG as a whole, every pillar.
 */
export function chooseTargets(features: Map<string, TargetFeatures>, framework: Framework, settings: ClassifierSettings): ChosenTarget[] {
  const pillarIds = new Set(framework.pillars.map((pillar) => pillar.id));
  const actions = [...features.values()]
    .filter((entry) => !pillarIds.has(entry.target) && entry.target !== WHOLE_FRAMEWORK)
    .map((entry) => ({ entry, score: targetScore(entry, settings) }))
    .sort((a, b) => b.score - a.score || a.entry.target.localeCompare(b.entry.target));
  const best = actions[0];
  const whole = features.get(WHOLE_FRAMEWORK);
  const wholeFits = whole !== undefined && whole.indicator >= settings.wholeMinScore;
  // A pillar's own phrase that outweighs anything specific to one action ("trust and confidence") makes the pillar the better reading.
  const pillarOwn = framework.pillars
    .map((pillar) => features.get(pillar.id))
    .filter((entry): entry is TargetFeatures => entry !== undefined && entry.strongest > 0)
    .sort((a, b) => b.strongest - a.strongest || a.target.localeCompare(b.target))[0];
  const pillarWins = pillarOwn !== undefined && best !== undefined && pillarOwn.strongest > best.entry.strongest;
  // An action is mapped on evidence specific enough to it; generic words alone leave the commitment to a pillar or to VAWG as a whole.
  if (best && !pillarWins && best.score >= settings.minScore && best.entry.strongest >= settings.minStrongest) {
    const chosen: ChosenTarget[] = [{ target: best.entry.target, score: best.score, features: best.entry, rule: 'best-action' }];
    for (const other of actions.slice(1)) {
      if (other.score >= settings.secondaryShare * best.score && other.entry.indicator >= settings.secondaryMinIndicator) {
        chosen.push({ target: other.entry.target, score: other.score, features: other.entry, rule: 'further-action' });
      }
    }
    return chosen;
  }
  const pillars = framework.pillars
    .map((pillar) => {
      const own = features.get(pillar.id);
      const parts = [...features.values()].filter((entry) => entry.pillar === pillar.id && entry.target !== pillar.id);
      const score = (own?.indicator ?? 0) + settings.pillarActionShare * parts.reduce((sum, entry) => sum + entry.indicator, 0);
      const merged: TargetFeatures = {
        target: pillar.id,
        pillar: pillar.id,
        indicator: score,
        retrieval: 0,
        strongest: own?.strongest ?? 0,
        evidence: [...(own?.evidence ?? []), ...parts.flatMap((entry) => entry.evidence)],
      };
      return { pillar: pillar.id, score, merged };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.pillar.localeCompare(b.pillar));
  const topPillar = pillars[0];
  if (
    topPillar &&
    topPillar.score >= settings.pillarMinScore &&
    !framework.pillars.find((pillar) => pillar.id === topPillar.pillar)?.implicit
  ) {
    return [{ target: topPillar.pillar, score: topPillar.score, features: topPillar.merged, rule: 'pillar-only' }];
  }
  if (whole && wholeFits) {
    const explicit = framework.pillars.filter((pillar) => !pillar.implicit);
    return (explicit.length > 0 ? explicit : framework.pillars).map((pillar) => ({
      target: pillar.id,
      score: whole.indicator,
      features: { ...whole, target: pillar.id, pillar: pillar.id },
      rule: 'whole-framework' as const,
    }));
  }
  return [];
}
