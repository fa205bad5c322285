import { loadPackageData } from '../io/data-file.js';
import type { Strength } from '../model/index.js';

interface StrengthData {
  order: Exclude<Strength, 'firm'>[];
  cues: Record<Exclude<Strength, 'firm'>, string[]>;
}

let cached: { strength: Strength; patterns: RegExp[] }[] | undefined;

function strengthRules(): { strength: Strength; patterns: RegExp[] }[] {
  if (cached) return cached;
  const data = loadPackageData<StrengthData>('src/extract/data/strength.yaml');
  cached = data.order.map((strength) => ({
    strength,
    patterns: data.cues[strength].map((pattern) => new RegExp(pattern, 'iu')),
  }));
  return cached;
}

/** How firmly a commitment is stated, from the cues in `src/extract/data/strength.yaml`; the lead-in's strength applies when the text has no cue. */
export function strengthOf(text: string, leadIn?: string): Strength {
  for (const rule of strengthRules()) {
    if (rule.patterns.some((pattern) => pattern.test(text))) return rule.strength;
  }
  if (leadIn !== undefined) {
    for (const rule of strengthRules()) {
      if (rule.patterns.some((pattern) => pattern.test(leadIn))) return rule.strength;
    }
  }
  return 'firm';
}
