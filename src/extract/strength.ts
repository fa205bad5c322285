import { loadPackageData } from '../io/data-file.js';
import type { Strength } from '../model/index.js';
import { splitSentences } from '../text/sentences.js';

type Hedged = Exclude<Strength, 'firm'>;

interface StrengthData {
  order: Hedged[];
  'window-words'?: Partial<Record<Hedged, number>>;
  cues: Record<Hedged, string[]>;
}

interface StrengthRule {
  strength: Strength;
  patterns: RegExp[];
  /** Only this many words from each sentence's start are searched; undefined means the whole text. */
  windowWords: number | undefined;
}

let cached: StrengthRule[] | undefined;

function strengthRules(): StrengthRule[] {
  if (cached) return cached;
  const data = loadPackageData<StrengthData>('src/extract/data/strength.yaml');
  cached = data.order.map((strength) => ({
    strength,
    patterns: data.cues[strength].map((pattern) => new RegExp(pattern, 'iu')),
    windowWords: data['window-words']?.[strength],
  }));
  return cached;
}

function matches(rule: StrengthRule, text: string): boolean {
  const scopes =
    rule.windowWords === undefined
      ? [text]
      : splitSentences(text).map((sentence) => sentence.text.split(/\s+/).slice(0, rule.windowWords).join(' '));
  return scopes.some((scope) => rule.patterns.some((pattern) => pattern.test(scope)));
}

/** How firmly a commitment is stated, from the cues in `src/extract/data/strength.yaml`; the lead-in's strength applies when the text has no cue. */
export function strengthOf(text: string, leadIn?: string): Strength {
  for (const rule of strengthRules()) if (matches(rule, text)) return rule.strength;
  if (leadIn !== undefined) {
    for (const rule of strengthRules()) if (matches(rule, leadIn)) return rule.strength;
  }
  return 'firm';
}
