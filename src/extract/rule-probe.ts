import { forceAliases } from './aliases.js';
import { decideUnit } from './decide.js';
import { groupLexicon, readFrames } from './frame.js';
import { extractionLexicon, verbClasses } from './lexicon.js';
import { findClauses } from './nlp/clauses.js';
import { tagText, type Token } from '../text/tagger.js';
import { quoteSpans, type QuoteState } from './quotes.js';
import { opensWithAddresseeLabel, roleVoice } from './speakers.js';
import { hasNationalScope } from './voice.js';
import { castList } from './transcript.js';

/** The data files of the extractor whose rules carry examples. */
export const RULE_FILES = ['agents', 'titles', 'modality', 'conditions', 'contexts', 'speech', 'scope', 'verbs', 'targets'] as const;

/** One of the extractor's data files. */
export type RuleFile = (typeof RULE_FILES)[number];

/** The force the rule examples are written about. */
const EXAMPLE_FORCE = 'Northshire Constabulary';

/**
 * The ids of the rules of one data file that fire on an example sentence, read the way the extractor
 * reads it: agents and modality from the sentence's clause frames, conditions from the decision on the
 * sentence, titles and speech from who it is attributed to, contexts from a heading's text, scope from
 * the national-scope words, verb classes from the verb groups and clauses they shape.
 */
export function firedRules(file: RuleFile, example: string): Set<string> {
  const force = forceAliases(EXAMPLE_FORCE);
  const sentences = tagText(example);
  const tokens = sentences.flatMap((sentence) => sentence.tokens);
  switch (file) {
    case 'agents':
    case 'modality':
      return new Set(sentences.flatMap((sentence) => readFrames(sentence.tokens, force).flatMap((frame) => frame.fired)));
    case 'conditions': {
      const input = sentences.map((sentence) => ({
        tokens: sentence.tokens,
        frames: readFrames(sentence.tokens, force),
        text: sentence.text,
      }));
      const decision = decideUnit(input, { speaker: 'force', force }, 'item', 'commitment', undefined);
      return new Set(decision?.rules ?? []);
    }
    case 'titles': {
      const state: QuoteState = {};
      const spans = quoteSpans(example, tokens, force, state);
      const rule = spans.find((span) => span.speaker)?.speaker?.rule ?? roleVoice(example, force, true)?.rule;
      return new Set(rule ? [rule] : []);
    }
    case 'speech': {
      const spans = quoteSpans(example, tokens, force, {});
      const fired: string[] = spans.some((span) => span.speaker) ? ['speech-verb'] : [];
      if (opensWithAddresseeLabel(example)) fired.push('addressee-label');
      return new Set(castList(example, force).length > 0 ? [...fired, 'cast-list'] : fired);
    }
    case 'contexts':
      return new Set(
        extractionLexicon()
          .contexts.filter((rule) => rule.patterns.some((pattern) => pattern.test(example)))
          .map((rule) => rule.id),
      );
    case 'scope':
      return new Set(hasNationalScope(example) ? ['national-scope'] : []);
    case 'targets': {
      const input = sentences.map((sentence) => ({
        tokens: sentence.tokens,
        frames: readFrames(sentence.tokens, force),
        text: sentence.text,
      }));
      return new Set(decideUnit(input, { speaker: 'force', force }, 'item', 'target', undefined)?.rules ?? []);
    }
    case 'verbs':
      return verbClassesShaping(sentences.map((sentence) => sentence.tokens));
  }
}

/** The verb classes that shape the reading of some sentence: a catenative verb inside a verb group, a clause made part of the one before it. */
function verbClassesShaping(sentences: Token[][]): Set<string> {
  const classes = verbClasses();
  const fired = new Set<string>();
  for (const tokens of sentences) {
    const clauses = findClauses(tokens, groupLexicon());
    if (clauses.some((clause) => clause.group.chain.some((token) => classes.catenative.has(token.lemma)))) fired.add('catenative');
    clauses.forEach((clause, index) => {
      const previous = clauses[index - 1];
      if (
        clause.relative &&
        !clause.introducer?.match(/^(who|whom|whose|which|what|how|why|whether|whatever)$/u) &&
        previous &&
        classes.clauseComplement.has(previous.group.main.lemma)
      ) {
        fired.add('clause-complement');
      }
    });
  }
  return fired;
}
