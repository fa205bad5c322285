import { createRequire } from 'node:module';
import type { Bow } from 'wink-nlp';
import type createVectorizer from 'wink-nlp/utilities/bm25-vectorizer';
import type { Framework } from '../model/index.js';
import { contentStems } from '../text/similarity.js';
import { winkHelpers } from '../text/tagger.js';
import { expandTerms } from './glossary.js';

/** A BM25 index over a framework's actions and pillars, each described by its title, summary, scope and vocabulary. */
export interface TargetIndex {
  targets: { id: string; pillar: string }[];
  weights: Bow[];
}

const indexes = new WeakMap<Framework, TargetIndex>();
// wink-nlp ships its utilities as CommonJS files without an exports map, so they are required by file name.
const bm25Vectorizer = createRequire(import.meta.url)('wink-nlp/utilities/bm25-vectorizer.js') as typeof createVectorizer;

/** Content stems of a text (glossary terms expanded) plus the bigrams of neighbouring stems, as BM25 terms. */
export function retrievalTerms(text: string): string[] {
  return retrievalTermsOfExpanded(expandTerms(text));
}

/** The BM25 terms of a text whose glossary terms are already expanded (see `expandTerms`). */
export function retrievalTermsOfExpanded(expanded: string): string[] {
  const stems = contentStems(expanded);
  const bigrams = stems.slice(1).map((stem, index) => `${stems[index]!}_${stem}`);
  return [...stems, ...bigrams];
}

/** The BM25 index of a framework's targets (built once per framework with wink-nlp's BM25 vectorizer). */
export function targetIndex(framework: Framework): TargetIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;
  const vectorizer = bm25Vectorizer({ k: 1, k1: 1.2, b: 0.75, norm: 'none' });
  const targets: TargetIndex['targets'] = [];
  for (const pillar of framework.pillars) {
    for (const action of pillar.actions) {
      const vocabulary = action.indicators.map((indicator) => indicator.phrase).join('. ');
      vectorizer.learn(retrievalTerms([action.title, action.title, action.summary, action.scope ?? '', vocabulary].join('. ')));
      targets.push({ id: action.id, pillar: pillar.id });
    }
  }
  const weights = vectorizer.out(winkHelpers().docBOWArray as never) as unknown as Bow[];
  const index = { targets, weights };
  indexes.set(framework, index);
  return index;
}

/** BM25 relevance of a query to each action: the sum of the action's weights for the query's distinct terms. */
export function retrievalScores(index: TargetIndex, queryTerms: string[]): Map<string, number> {
  const unique = [...new Set(queryTerms)];
  const scores = new Map<string, number>();
  index.targets.forEach((target, position) => {
    const weights = index.weights[position] ?? {};
    let score = 0;
    for (const term of unique) score += weights[term] ?? 0;
    scores.set(target.id, score);
  });
  return scores;
}
