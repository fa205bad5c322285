/** `vawg eval` as tables: one row per document and method, the overall rows, and the leave-one-out section. */
import { describe, expect, it } from 'vitest';
import type { EvaluationFigures, EvaluationReport } from '../../src/evaluate/index.ts';
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
const baseline = figures(4, 6, { p: 0.5, r: 0.75, f: 0.6, mp: 0.1, mr: 0.2, mf: 0.134, e: 0.005 });
const empty = figures(0, 0, {});

const report: EvaluationReport = {
  version: 1,
  framework: 'npcc-vawg-2021',
  matching: { minOverlap: 0.6, maxLineDistance: 2 },
  documents: [
    { slug: 'alpha', force: 'Alpha Police', tool, baseline },
    { slug: 'beta', force: 'Beta Police', tool: empty, baseline: empty },
  ],
  overall: { tool, baseline },
};

/** The cells of each table row, trimmed. */
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

describe('formatEvalTable', () => {
  it('prints the heading, then per document the tool and the baseline, then overall, figures to two places', () => {
    const text = formatEvalTable(report, { color: false });
    expect(text.split('\n')[0]).toBe('Accuracy against 2 gold documents (npcc-vawg-2021)');
    expect(rows(text)).toEqual([
      ['Document', 'Method', 'Gold', 'Found', 'Extr P', 'Extr R', 'Extr F1', 'Map P', 'Map R', 'Map F1', 'E2E F1', 'Macro F1', 'Strength'],
      ['alpha', 'vawg', '4', '3', '1.00', '0.75', '0.86', '0.50', '0.33', '0.40', '0.25', '0.13', '0.67'],
      ['', 'baseline', '4', '6', '0.50', '0.75', '0.60', '0.10', '0.20', '0.13', '0.01', '—', '—'],
      ['beta', 'vawg', '0', '0', '—', '—', '—', '—', '—', '—', '—', '—', '—'],
      ['', 'baseline', '0', '0', '—', '—', '—', '—', '—', '—', '—', '—', '—'],
      ['overall', 'vawg', '4', '3', '1.00', '0.75', '0.86', '0.50', '0.33', '0.40', '0.25', '0.13', '0.67'],
      ['', 'baseline', '4', '6', '0.50', '0.75', '0.60', '0.10', '0.20', '0.13', '0.01', '—', '—'],
    ]);
    expect(text).toContain('Dice >= 0.6 and they start within 2 line.');
    expect(text).not.toContain('Leave-one-force-out');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('adds the leave-one-force-out table, with the settings tuned on the other forces, when there is one', () => {
    const settings = { minConfidence: 0.35, sectionWeight: 0.25, secondaryMinShare: 0.7 };
    const withHoldout: EvaluationReport = {
      ...report,
      documents: [{ ...report.documents[0]!, holdout: { figures: tool, settings } }, report.documents[1]!],
      holdout: { pooled: baseline, meanMappingF1: 0.4, meanExtractionF1: null },
    };
    const text = formatEvalTable(withHoldout, { color: false });
    const [, holdout] = text.split('Leave-one-force-out: thresholds tuned on the other forces, scored on the one held out\n');
    expect(rows(holdout!)).toEqual([
      ['Held out', 'Tuned on the others', 'Extr F1', 'Map P', 'Map R', 'Map F1', 'E2E F1'],
      ['alpha', 'min-confidence 0.35, section-weight 0.25, secondary-share 0.7', '0.86', '0.50', '0.33', '0.40', '0.25'],
    ]);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'mean over forces: extraction F1 —, mapping micro-F1 0.40; pooled mapping micro-F1 0.13',
    );
  });

  it('bolds the overall row only when colour is on', () => {
    expect(formatEvalTable(report, { color: true })).toContain('\u001b[1moverall\u001b[22m');
  });
});

describe('EVAL_FORMATTERS.json', () => {
  it('is the report itself, indented, with a final newline', () => {
    const text = EVAL_FORMATTERS.json!(report, { color: false });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });
});
