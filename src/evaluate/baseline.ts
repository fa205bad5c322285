import { readInputText } from '../io/read-text.js';
import { frameworkActions, type Framework } from '../model/index.js';
import { LineIndex } from '../extract/locate.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import type { Prediction } from './score.js';

/** Words too common to count as "a word of the action's title" in the naive baseline. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'their',
  'to',
  'with',
]);

/**
 * The naive baseline: a commitment is any sentence containing "will" (the source split into
 * sentences with nothing removed), mapped to every action any of whose title words (bar stop
 * words) it contains; strength is always firm.
 */
export function predictBaseline(source: string, framework: Framework): Prediction[] {
  const text = readInputText(source);
  const index = new LineIndex(text);
  const titles = frameworkActions(framework).map((action) => ({
    id: action.id,
    words: new Set(
      tokenize(action.title)
        .map((token) => token.word.toLowerCase())
        .filter((word) => !STOP_WORDS.has(word)),
    ),
  }));
  const predictions: Prediction[] = [];
  for (const sentence of splitSentences(text)) {
    const words = tokenize(sentence.text).map((token) => token.word.toLowerCase());
    if (!words.includes('will')) continue;
    const actions = titles.filter((title) => words.some((word) => title.words.has(word))).map((title) => title.id);
    predictions.push({
      text: sentence.text.replace(/^[-*\s"“]+/u, ''),
      line: index.position(sentence.start).line,
      actions,
      strength: 'firm',
    });
  }
  return predictions;
}
