import Table from 'cli-table3';
import type { EvaluationFigures, EvaluationReport } from '../../evaluate/index.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';

const HEAD = [
  'Document',
  'Method',
  'Gold',
  'Found',
  'Extr P',
  'Extr R',
  'Extr F1',
  'Map P',
  'Map R',
  'Map F1',
  'E2E F1',
  'Macro F1',
  'Strength',
];

/** The evaluation as terminal tables: tool and baseline per document and overall, then the holdout figures. */
export function formatEvalTable(report: EvaluationReport, options: ReportOptions): string {
  const paint = painter(options);
  const table = new Table({ head: HEAD, style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
  for (const document of report.documents) {
    table.push(row(t(document.slug), 'vawg', document.tool), row('', 'baseline', document.baseline));
  }
  table.push(row(paint.bold('overall'), paint.bold('vawg'), report.overall.tool), row('', 'baseline', report.overall.baseline));
  const lines = [
    `Accuracy against ${report.documents.length} gold documents (${t(report.framework)})`,
    table.toString(),
    paint.dim(
      `Extraction: predicted and gold commitments pair up one to one when their words overlap by Dice >= ${report.matching.minOverlap} ` +
        `and they start within ${report.matching.maxLineDistance} line. Mapping: (commitment, action) pairs over paired commitments; ` +
        'E2E also counts the actions of missed and spurious commitments. Macro F1: mean over actions. Strength: accuracy over paired commitments.',
    ),
  ];
  if (report.holdout) {
    const holdout = new Table({
      head: ['Held out', 'Tuned on the others', 'Extr F1', 'Map P', 'Map R', 'Map F1', 'E2E F1'],
      style: PLAIN_TABLE_STYLE,
      chars: COMPACT_TABLE_CHARS,
    });
    for (const document of report.documents) {
      if (!document.holdout) continue;
      const { figures, settings } = document.holdout;
      holdout.push([
        t(document.slug),
        `min-confidence ${settings.minConfidence}, section-weight ${settings.sectionWeight}, secondary-share ${settings.secondaryMinShare}`,
        number(figures.extraction.f1),
        number(figures.mapping.precision),
        number(figures.mapping.recall),
        number(figures.mapping.f1),
        number(figures.endToEnd.f1),
      ]);
    }
    lines.push(
      '',
      'Leave-one-force-out: thresholds tuned on the other forces, scored on the one held out',
      holdout.toString(),
      `mean over forces: extraction F1 ${number(report.holdout.meanExtractionF1)}, mapping micro-F1 ${number(report.holdout.meanMappingF1)}; ` +
        `pooled mapping micro-F1 ${number(report.holdout.pooled.mapping.f1)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function row(document: string, method: string, figures: EvaluationFigures): string[] {
  return [
    document,
    method,
    String(figures.gold),
    String(figures.predicted),
    number(figures.extraction.precision),
    number(figures.extraction.recall),
    number(figures.extraction.f1),
    number(figures.mapping.precision),
    number(figures.mapping.recall),
    number(figures.mapping.f1),
    number(figures.endToEnd.f1),
    number(figures.macroF1),
    number(figures.strengthAccuracy),
  ];
}

function number(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
