/** A sentence of a block of text, with its offset in that block. */
export interface Sentence {
  text: string;
  start: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const ABBREVIATION_END = /\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs|approx|Insp|Supt|Sgt|Cllr|Det|Ch|Con)\.\s*$/;

/** Splits text into sentences with Intl.Segmenter, re-joining breaks after common abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of segmenter.segment(text)) {
    const previous = sentences[sentences.length - 1];
    if (previous && ABBREVIATION_END.test(previous.text)) {
      previous.text += segment.segment;
      continue;
    }
    sentences.push({ text: segment.segment, start: segment.index });
  }
  return sentences
    .map((sentence) => {
      const leading = sentence.text.length - sentence.text.trimStart().length;
      return { text: sentence.text.trim(), start: sentence.start + leading };
    })
    .filter((sentence) => sentence.text !== '');
}
