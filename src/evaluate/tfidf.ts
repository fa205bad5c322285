import { frameworkActions, type Commitment, type Framework } from '../model/index.js';
import { contentStems } from '../text/similarity.js';
import type { Prediction } from './score.js';

/** Least cosine similarity for the TF-IDF baseline to map a commitment to its nearest action. */
export const TFIDF_MIN_SIMILARITY = 0.1;

type Vector = Map<string, number>;

/**
 * The TF-IDF baseline: each action is described by its title, summary and scope only (no vocabulary, no
 * glossary); a commitment (as the tool extracted it) maps to the action whose description is nearest by
 * cosine similarity of TF-IDF vectors of content stems, when the similarity reaches TFIDF_MIN_SIMILARITY.
 */
export function predictTfidf(commitments: Commitment[], framework: Framework): Prediction[] {
  const actions = frameworkActions(framework);
  const documents = actions.map((action) => contentStems([action.title, action.summary, action.scope ?? ''].join(' ')));
  const documentFrequency = new Map<string, number>();
  for (const stems of documents) for (const stem of new Set(stems)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const idf = (stem: string): number => Math.log((1 + actions.length) / (1 + (documentFrequency.get(stem) ?? 0))) + 1;
  const vectors = documents.map((stems) => tfidf(stems, idf));
  return commitments.map((commitment) => {
    const query = tfidf(contentStems(commitment.text), idf);
    let best = -1;
    let bestSimilarity = 0;
    vectors.forEach((vector, index) => {
      const similarity = cosine(query, vector);
      if (similarity > bestSimilarity) {
        best = index;
        bestSimilarity = similarity;
      }
    });
    const action = best >= 0 && bestSimilarity >= TFIDF_MIN_SIMILARITY ? actions[best] : undefined;
    return { text: commitment.text, line: commitment.position.line, actions: action ? [action.id] : [], strength: commitment.strength };
  });
}

function tfidf(stems: string[], idf: (stem: string) => number): Vector {
  const vector: Vector = new Map();
  for (const stem of stems) vector.set(stem, (vector.get(stem) ?? 0) + 1);
  for (const [stem, count] of vector) vector.set(stem, count * idf(stem));
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [stem, value] of a) {
    normA += value * value;
    dot += value * (b.get(stem) ?? 0);
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
