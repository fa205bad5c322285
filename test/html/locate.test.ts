import { describe, expect, it } from 'vitest';
import { phraseRanges, SourceIndex } from '../../src/report/html/source-locate.ts';
import type { SourceLine } from '../../src/report/html/input.ts';

function lines(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ line: index + 1, text }));
}

function found(index: SourceIndex, range: { start: number; end: number } | undefined): string | undefined {
  return range && index.text.slice(range.start, range.end);
}

describe('finding a commitment in its source', () => {
  it('follows a sentence wrapped over two lines, and stops at its end', () => {
    const index = new SourceIndex(
      lines('# Trust', 'We will vet every officer again, and we will', 'dismiss those who abuse their position. Next sentence.'),
    );
    const range = index.locate(
      { line: 2, column: 1 },
      'We will vet every officer again, and we will dismiss those who abuse their position.',
    );
    expect(range?.exact).toBe(true);
    expect(found(index, range)).toBe('We will vet every officer again, and we will\ndismiss those who abuse their position');
  });

  it('reads through markdown emphasis, curly quotes and a word hyphenated across a line break', () => {
    const index = new SourceIndex(lines('We will **relentlessly** pursue the perpe-', 'trators of ‘stalking’.'));
    const range = index.locate({ line: 1, column: 1 }, "We will relentlessly pursue the perpetrators of 'stalking'.");
    expect(range?.exact).toBe(true);
    expect(found(index, range)).toBe('We will **relentlessly** pursue the perpe-\ntrators of ‘stalking');
  });

  it('takes the occurrence nearest the recorded column when a line says the same thing twice', () => {
    const index = new SourceIndex(lines('We will act. We said so before. We will act.'));
    expect(index.locate({ line: 1, column: 32 }, 'We will act.')).toEqual({ start: 32, end: 43, exact: true });
    expect(index.locate({ line: 1, column: 1 }, 'We will act.')).toEqual({ start: 0, end: 11, exact: true });
  });

  it('finds each of many look-alike sentences on one long line when its column is a little off', () => {
    const sentences = Array.from({ length: 50 }, (_, index) => `We will deliver commitment ${index} with partners.`);
    const index = new SourceIndex(lines(sentences.join(' ')));
    let column = 1;
    const found: (string | undefined)[] = [];
    for (const sentence of sentences) {
      const range = index.locate({ line: 1, column: column + 5 }, sentence);
      found.push(range?.exact ? index.text.slice(range.start, range.end) : undefined);
      column += sentence.length + 1;
    }
    expect(found).toEqual(sentences.map((sentence) => sentence.slice(0, -1)));
  });

  it('skips running headers and footers between the lines of a PDF sentence', () => {
    const index = new SourceIndex([
      { page: 1, line: 30, text: 'We will work with partners to prevent these' },
      { page: 1, line: 31, text: 'Page 1 of 4', furniture: true },
      { page: 2, line: 1, text: 'Force strategy 2025', furniture: true },
      { page: 2, line: 2, text: 'crimes happening in the first place.' },
    ]);
    const range = index.locate(
      { page: 1, line: 30, column: 1 },
      'We will work with partners to prevent these crimes happening in the first place.',
    );
    expect(range?.exact).toBe(true);
    expect(index.lineAt(range!.end)).toBe(3);
  });

  it('tells a page and line apart from the same line number on another page', () => {
    const index = new SourceIndex([
      { page: 1, line: 1, text: 'Title page' },
      { page: 2, line: 1, text: 'We will train every officer.' },
    ]);
    expect(found(index, index.locate({ page: 2, line: 1, column: 1 }, 'We will train every officer.'))).toBe('We will train every officer');
    expect(index.lineIndexOf({ page: 3, line: 1 })).toBeUndefined();
  });

  it('highlights the longest matching beginning of a reworded commitment, marked as not exact', () => {
    const index = new SourceIndex(lines('We will train every response officer by 2026 in trauma-informed practice.'));
    const range = index.locate({ line: 1, column: 1 }, 'We will train every response officer by 2027 in trauma-informed practice.');
    expect(range?.exact).toBe(false);
    expect(found(index, range)).toBe('We will train every response officer by 2026');
  });

  it('falls back to the rest of the line from the column when nothing matches', () => {
    const index = new SourceIndex(lines('Introduction. Something else entirely.'));
    expect(index.locate({ line: 1, column: 15 }, 'An analyst wrote this commitment by hand.')).toEqual({
      start: 14,
      end: 38,
      exact: false,
    });
  });

  it('gives nothing for a line the source does not have', () => {
    expect(new SourceIndex(lines('one line')).locate({ line: 9, column: 1 }, 'one line')).toBeUndefined();
  });
});

describe('marking evidence phrases', () => {
  it('compares stems as the classifier does, across hyphens and plurals', () => {
    const text = 'An evidence-led approach for every victim of stalking.';
    const ranges = phraseRanges(text, ['evidence led', 'victims', 'stalking']);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['evidence-led', 'victim', 'stalking']);
  });

  it('never marks part of a word, and merges overlapping phrases', () => {
    const text = 'Data on criminal justice outcomes.';
    const ranges = phraseRanges(text, ['da', 'criminal justice', 'justice outcomes']);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['criminal justice outcomes']);
  });
});
