/** `vawg eval` as tables: figures by split with intervals, the baselines, per document, per action, reliability and the holdout. */
import { describe, expect, it } from 'vitest';
import type { EvaluationFigures, EvaluationReport, FigureIntervals, SplitEvaluation } from '../../src/evaluate/index.ts';
import { EVAL_FORMATTERS } from '../../src/report/eval/index.ts';
import { formatEvalTable } from '../../src/report/eval/table.ts';

function figures(
  gold: number,
  predicted: number,
  values: Partial<Record<'p' | 'r' | 'f' | 'mp' | 'mr' | 'mf' | 'e' | 'macro' | 'strength', number | null>>,
): EvaluationFigures {
  const value = (key: keyof typeof values): number | null => (key in values ? values[key]! : null);
  return {
    gold,
    predicted,
    extraction: { precision: value('p'), recall: value('r'), f1: value('f') },
    mapping: { precision: value('mp'), recall: value('mr'), f1: value('mf') },
    endToEnd: { precision: null, recall: null, f1: value('e') },
    macroF1: value('macro'),
    strengthAccuracy: value('strength'),
  };
}

const tool = figures(4, 3, { p: 1, r: 0.75, f: 0.857, mp: 0.5, mr: 0.333, mf: 0.4, e: 0.25, macro: 0.125, strength: 2 / 3 });
const naive = figures(4, 6, { p: 0.5, r: 0.75, f: 0.6, mp: 0.1, mr: 0.2, mf: 0.134, e: 0.005 });
const tfidf = figures(4, 3, { p: 1, r: 0.75, f: 0.857, mp: 0.3, mr: 0.3, mf: 0.3, e: 0.2 });
const empty = figures(0, 0, {});
const intervals: FigureIntervals = {
  extractionPrecision: { low: 1, high: 1 },
  extractionRecall: { low: 0.5, high: 1 },
  extractionF1: { low: 0.667, high: 1 },
  mappingF1: { low: 0.2, high: 0.6 },
  endToEndF1: null,
  strengthAccuracy: { low: 0.333, high: 1 },
};

const dev: SplitEvaluation = {
  name: 'dev',
  documents: [
    { slug: 'alpha', force: 'Alpha Police', tool, baseline: naive, tfidf },
    { slug: 'beta', force: 'Beta Police', tool: empty, baseline: empty, tfidf: empty },
  ],
  tool,
  intervals,
  baseline: naive,
  tfidf,
  perAction: [{ id: 'trust.capability', support: 3, predicted: 2, precision: 0.5, recall: 0.333, f1: 0.4 }],
  reliability: [
    { from: 0.5, to: 0.6, count: 0, accuracy: null, meanConfidence: null },
    { from: 0.9, to: 1, count: 2, accuracy: 0.5, meanConfidence: 0.955 },
  ],
};

const report: EvaluationReport = {
  version: 2,
  framework: 'npcc-vawg-2021',
  matching: { minOverlap: 0.5, maxLineDistance: 1 },
  tunedOn: ['seeds', 'dev'],
  splits: [dev],
};

/** The cells of each table row of a block of text, trimmed. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('│')
        .map((cell) => cell.trim()),
    );
}

/** The text from one bold heading line to the next blank line. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = text.slice(start + heading.length + 2);
  return rest.slice(0, rest.indexOf('\n\n') === -1 ? undefined : rest.indexOf('\n\n'));
}

describe('formatEvalTable', () => {
  const text = formatEvalTable(report, { color: false });

  it('heads with the framework and what the settings were fitted on, then the split with its intervals', () => {
    expect(text.split('\n')[0]).toBe(
      'Accuracy by split against npcc-vawg-2021 (classifier settings and calibration fitted on: seeds, dev)',
    );
    expect(rows(text.slice(0, text.indexOf('\nBeside two baselines\n')))).toEqual([
      ['Split', 'Docs', 'Gold', 'Found', 'Extr P', 'Extr R', 'Extr F1', 'Map F1 (paired)', 'Map F1 (E2E)', 'Strength'],
      ['dev', '2', '4', '3', '1.00 [1.00–1.00]', '0.75 [0.50–1.00]', '0.86 [0.67–1.00]', '0.40 [0.20–0.60]', '0.25', '0.67 [0.33–1.00]'],
    ]);
    expect(text).toContain('Dice >= 0.5 and they start within 1 line.');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('sets the tool beside the naive and the TF-IDF baselines', () => {
    expect(rows(section(text, 'Beside two baselines'))).toEqual([
      ['Split', 'Method', 'Extr F1', 'Map P', 'Map R', 'Map F1 (paired)', 'Map F1 (E2E)'],
      ['dev', 'vawg', '0.86', '0.50', '0.33', '0.40', '0.25'],
      ['', 'naive', '0.60', '0.10', '0.20', '0.13', '0.01'],
      ['', 'tf-idf', '0.86', '0.30', '0.30', '0.30', '0.20'],
    ]);
  });

  it('lists each document, with a dash where a figure is undefined', () => {
    expect(rows(section(text, 'By document'))).toEqual([
      ['Document', 'Split', 'Gold', 'Found', 'Extr P', 'Extr R', 'Map F1', 'E2E F1', 'Strength'],
      ['alpha', 'dev', '4', '3', '1.00', '0.75', '0.40', '0.25', '0.67'],
      ['beta', 'dev', '0', '0', '—', '—', '—', '—', '—'],
    ]);
  });

  it('gives per-action figures and the reliability bands of the split', () => {
    expect(rows(section(text, 'Per action (dev, paired commitments)'))).toEqual([
      ['Action or pillar', 'Gold', 'Mapped', 'Precision', 'Recall', 'F1'],
      ['trust.capability', '3', '2', '0.50', '0.33', '0.40'],
    ]);
    expect(rows(section(text, 'Reliability of confidence (dev)'))).toEqual([
      ['Confidence', 'Mappings', 'Mean confidence', 'Right'],
      ['0.5–0.6', '0', '—', '—'],
      ['0.9–1.0', '2', '0.95', '0.50'],
    ]);
    expect(text).not.toContain('Leave one document out');
  });

  it('adds the leave-one-document-out table when there is one', () => {
    const held = formatEvalTable({ ...report, splits: [{ ...dev, holdout: { figures: naive, intervals } }] }, { color: false });
    expect(rows(section(held, 'Leave one document out'))).toEqual([
      ['Split', 'Extr F1', 'Map F1 [95% CI]', 'E2E F1 [95% CI]', 'Strength'],
      ['dev', '0.60', '0.13 [0.20–0.60]', '0.01', '—'],
    ]);
    expect(held).toContain('Each document of seeds and dev scored with thresholds and calibration refitted on the others');
  });

  it('bolds headings only when colour is on', () => {
    expect(formatEvalTable(report, { color: true })).toContain('\u001b[1mBeside two baselines\u001b[22m');
  });
});

describe('EVAL_FORMATTERS.json', () => {
  it('is the report itself, indented, with a final newline', () => {
    const json = EVAL_FORMATTERS.json!(report, { color: false });
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });
});
