import type { Evidence, Framework } from '../model/index.js';
import { stemsOf, tokenize } from '../text/tokens.js';
import { expandTerms } from './glossary.js';
import { indicatorMatcher, WHOLE_FRAMEWORK, type IndicatorTarget } from './indicators.js';
import { retrievalScores, retrievalTermsOfExpanded, targetIndex, type TargetIndex } from './retrieval.js';
import type { CompiledPhrase, PhraseMatcher } from '../text/phrases.js';

/** What a commitment offers the classifier: its text, the headings it sits under and its lead-in. */
export interface ClassifierInput {
  text: string;
  section: string[];
  leadIn?: string;
}

/** The evidence gathered for one action, pillar, or the framework as a whole. */
export interface TargetFeatures {
  target: string;
  pillar: string;
  /** Sum of the weights of distinct indicator phrases in the text, plus a share of those in headings and lead-in. */
  indicator: number;
  /** BM25 relevance of the text (and, weighted, its context) to the action's description and vocabulary. */
  retrieval: number;
  /** The weight of the strongest single phrase found in the commitment's own text: how specific the evidence is. */
  strongest: number;
  evidence: Evidence[];
}

/** How much the context counts beside the text, from the settings. */
export interface FeatureWeights {
  /** Share of a heading's or lead-in's indicator weight that counts. */
  sectionWeight: number;
  /** Share of the context's BM25 relevance that counts. */
  contextRetrievalWeight: number;
}

/** Gathers indicator and retrieval evidence for every action and pillar (and the framework as a whole) for one commitment. */
export function targetFeatures(
  input: ClassifierInput,
  framework: Framework,
  weights: FeatureWeights,
  memo: FeatureMemo = new FeatureMemo(),
): Map<string, TargetFeatures> {
  const features = new Map<string, TargetFeatures>();
  const entry = (target: string, pillar: string): TargetFeatures => {
    let found = features.get(target);
    if (!found) {
      found = { target, pillar, indicator: 0, retrieval: 0, strongest: 0, evidence: [] };
      features.set(target, found);
    }
    return found;
  };
  const matcher = indicatorMatcher(framework);
  const counted = new Set<string>();
  const context = [...input.section].reverse();
  const add = (where: Evidence['in'], text: string, factor: number): void => {
    for (const found of memo.indicators(matcher, text)) {
      const key = `${found.payload.target}\u0000${found.phrase}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const weight = round(found.payload.weight * factor);
      const target = entry(found.payload.target, found.payload.pillar);
      target.indicator = round(target.indicator + weight);
      if (where === 'text') target.strongest = Math.max(target.strongest, weight);
      target.evidence.push({ in: where, phrase: found.phrase, weight });
    }
  };
  add('text', input.text, 1);
  for (const heading of context) add('section', heading, weights.sectionWeight);
  if (input.leadIn !== undefined) add('lead-in', input.leadIn, weights.sectionWeight);

  const index = targetIndex(framework);
  const fromText = retrievalScores(index, retrievalTermsOfExpanded(memo.expanded(input.text)));
  const fromContext = memo.contextScores(index, [...context, input.leadIn ?? ''].join('. '));
  for (const target of index.targets) {
    const score = (fromText.get(target.id) ?? 0) + weights.contextRetrievalWeight * (fromContext.get(target.id) ?? 0);
    if (score > 0) entry(target.id, target.pillar).retrieval = round(score);
  }
  return features;
}

/**
 * What the features of one text cost to find, kept for the other commitments that share it: the
 * commitments of one document stand under the same few headings and lead-ins, so each heading is
 * read once per document, not once per commitment. One memo serves one framework.
 */
export class FeatureMemo {
  private readonly expansions = new Map<string, string>();
  private readonly matches = new Map<string, CompiledPhrase<IndicatorTarget>[]>();
  private readonly scores = new Map<string, Map<string, number>>();

  /** A text with its glossary terms expanded (`expandTerms`), which both the indicators and BM25 read. */
  expanded(text: string): string {
    let found = this.expansions.get(text);
    if (found === undefined) {
      found = expandTerms(text);
      this.expansions.set(text, found);
    }
    return found;
  }

  /** The indicator phrases a text (glossary terms expanded) holds. */
  indicators(matcher: PhraseMatcher<IndicatorTarget>, text: string): CompiledPhrase<IndicatorTarget>[] {
    let found = this.matches.get(text);
    if (found === undefined) {
      found = matcher.matchStems(stemsOf(this.expanded(text)));
      this.matches.set(text, found);
    }
    return found;
  }

  /** The BM25 relevance of a context text (headings and lead-in joined) to each target. */
  contextScores(index: TargetIndex, text: string): Map<string, number> {
    let found = this.scores.get(text);
    if (found === undefined) {
      found = retrievalScores(index, retrievalTermsOfExpanded(this.expanded(text)));
      this.scores.set(text, found);
    }
    return found;
  }
}

/** The words of a text whose stems an action's retrieval terms share, for showing as evidence. */
export function sharedWords(text: string, stems: Set<string>): string[] {
  return tokenize(text)
    .filter((token) => stems.has(token.stem))
    .map((token) => token.word.toLowerCase());
}

export { WHOLE_FRAMEWORK };

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
