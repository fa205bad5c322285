import type { Framework } from '../model/index.js';
import { PhraseMatcher } from '../text/phrases.js';

/** What a matched indicator phrase points at. */
export interface IndicatorTarget {
  /** An action id, or a pillar id for pillar-level indicators. */
  target: string;
  pillar: string;
  weight: number;
}

/** The target of phrases that stand for the framework as a whole. */
export const WHOLE_FRAMEWORK = '*';

const matchers = new WeakMap<Framework, PhraseMatcher<IndicatorTarget>>();

/** A phrase matcher over every indicator of a framework's pillars and actions (built once per framework). */
export function indicatorMatcher(framework: Framework): PhraseMatcher<IndicatorTarget> {
  const cached = matchers.get(framework);
  if (cached) return cached;
  const whole = (framework.indicators ?? []).map((indicator) => ({
    phrase: indicator.phrase,
    payload: { target: WHOLE_FRAMEWORK, pillar: WHOLE_FRAMEWORK, weight: indicator.weight },
  }));
  const entries = framework.pillars.flatMap((pillar) => [
    ...pillar.indicators.map((indicator) => ({
      phrase: indicator.phrase,
      payload: { target: pillar.id, pillar: pillar.id, weight: indicator.weight },
    })),
    ...pillar.actions.flatMap((action) =>
      action.indicators.map((indicator) => ({
        phrase: indicator.phrase,
        payload: { target: action.id, pillar: pillar.id, weight: indicator.weight },
      })),
    ),
  ]);
  const matcher = new PhraseMatcher([...whole, ...entries]);
  matchers.set(framework, matcher);
  return matcher;
}
