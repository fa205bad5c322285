import Table from 'cli-table3';
import type { EvaluationFigures, EvaluationReport, FigureIntervals, SplitEvaluation } from '../../evaluate/index.js';
import type { Interval } from '../../evaluate/bootstrap.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';
import { escapeTerminal as t } from '../escape/terminal.js';
import { formatEvalErrors } from './errors.js';

/** The evaluation as terminal tables: figures by split with 95% intervals, the baselines, per-document, per-action and reliability tables, the holdout. */
export function formatEvalTable(report: EvaluationReport, options: ReportOptions): string {
  const paint = painter(options);
  const lines: string[] = [
    paint.bold(`Accuracy by split against ${report.framework}`) +
      paint.dim(` (classifier settings and calibration fitted on: ${report.tunedOn.join(', ')})`),
    splitTable(report.splits).toString(),
    paint.dim(
      "Figures pooled over the split's documents, with a 95% bootstrap interval (documents resampled, 1,000 times). " +
        `Extraction: predicted and gold units pair one to one when their words overlap by Dice >= ${report.matching.minOverlap} and they start within ` +
        `${report.matching.maxLineDistance} line. Mapping (paired): (commitment, action) pairs over paired commitments; E2E also counts the actions of missed and spurious ones. ` +
        'Strength: accuracy over paired commitments.',
    ),
    '',
    paint.bold('Beside two baselines'),
    baselineTable(report.splits).toString(),
    paint.dim(
      'Naive: any sentence with "will", mapped to every action sharing a title word. TF-IDF: the tool\'s own units, each mapped to the action whose title, summary and scope is nearest by TF-IDF cosine.',
    ),
    '',
    paint.bold('By document'),
    documentTable(report.splits).toString(),
  ];
  for (const split of report.splits) {
    lines.push('', paint.bold(`Per action (${t(split.name)}, paired commitments)`), actionTable(split).toString());
    lines.push('', paint.bold(`Reliability of confidence (${t(split.name)})`), reliabilityTable(split).toString());
  }
  const held = report.splits.filter((split) => split.holdout);
  if (held.length > 0) {
    const table = new Table({
      head: ['Split', 'Extr F1', 'Map F1 [95% CI]', 'E2E F1 [95% CI]', 'Strength'],
      style: PLAIN_TABLE_STYLE,
      chars: COMPACT_TABLE_CHARS,
    });
    for (const split of held) {
      const { figures, intervals } = split.holdout!;
      table.push([
        split.name,
        number(figures.extraction.f1),
        withInterval(figures.mapping.f1, intervals.mappingF1),
        withInterval(figures.endToEnd.f1, intervals.endToEndF1),
        number(figures.strengthAccuracy),
      ]);
    }
    lines.push(
      '',
      paint.bold('Leave one document out'),
      table.toString(),
      paint.dim(
        `Each document of ${report.tunedOn.join(' and ')} scored with thresholds and calibration refitted on the others; no vocabulary comes from any document.`,
      ),
    );
  }
  if (report.errors) lines.push('', formatEvalErrors(report.errors, options));
  return `${lines.join('\n')}\n`;
}

function splitTable(splits: SplitEvaluation[]): Table.Table {
  const table = new Table({
    head: ['Split', 'Docs', 'Gold', 'Found', 'Extr P', 'Extr R', 'Extr F1', 'Map F1 (paired)', 'Map F1 (E2E)', 'Strength'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const split of splits) table.push(figureRow(t(split.name), split.documents.length, split.tool, split.intervals));
  return table;
}

function figureRow(name: string, documents: number, figures: EvaluationFigures, intervals: FigureIntervals): string[] {
  return [
    name,
    String(documents),
    String(figures.gold),
    String(figures.predicted),
    withInterval(figures.extraction.precision, intervals.extractionPrecision),
    withInterval(figures.extraction.recall, intervals.extractionRecall),
    withInterval(figures.extraction.f1, intervals.extractionF1),
    withInterval(figures.mapping.f1, intervals.mappingF1),
    withInterval(figures.endToEnd.f1, intervals.endToEndF1),
    withInterval(figures.strengthAccuracy, intervals.strengthAccuracy),
  ];
}

function baselineTable(splits: SplitEvaluation[]): Table.Table {
  const table = new Table({
    head: ['Split', 'Method', 'Extr F1', 'Map P', 'Map R', 'Map F1 (paired)', 'Map F1 (E2E)'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const split of splits) {
    for (const [method, figures] of [
      ['vawg', split.tool],
      ['naive', split.baseline],
      ['tf-idf', split.tfidf],
    ] as const) {
      table.push([
        method === 'vawg' ? t(split.name) : '',
        method,
        number(figures.extraction.f1),
        number(figures.mapping.precision),
        number(figures.mapping.recall),
        number(figures.mapping.f1),
        number(figures.endToEnd.f1),
      ]);
    }
  }
  return table;
}

function documentTable(splits: SplitEvaluation[]): Table.Table {
  const table = new Table({
    head: ['Document', 'Split', 'Gold', 'Found', 'Extr P', 'Extr R', 'Map F1', 'E2E F1', 'Strength'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const split of splits) {
    for (const document of split.documents) {
      const figures = document.tool;
      table.push([
        t(document.slug),
        t(split.name),
        String(figures.gold),
        String(figures.predicted),
        number(figures.extraction.precision),
        number(figures.extraction.recall),
        number(figures.mapping.f1),
        number(figures.endToEnd.f1),
        number(figures.strengthAccuracy),
      ]);
    }
  }
  return table;
}

function actionTable(split: SplitEvaluation): Table.Table {
  const table = new Table({
    head: ['Action or pillar', 'Gold', 'Mapped', 'Precision', 'Recall', 'F1'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const action of split.perAction) {
    table.push([
      action.id,
      String(action.support),
      String(action.predicted),
      number(action.precision),
      number(action.recall),
      number(action.f1),
    ]);
  }
  return table;
}

function reliabilityTable(split: SplitEvaluation): Table.Table {
  const table = new Table({
    head: ['Confidence', 'Mappings', 'Mean confidence', 'Right'],
    style: PLAIN_TABLE_STYLE,
    chars: COMPACT_TABLE_CHARS,
  });
  for (const band of split.reliability) {
    table.push([`${band.from.toFixed(1)}–${band.to.toFixed(1)}`, String(band.count), number(band.meanConfidence), number(band.accuracy)]);
  }
  return table;
}

function withInterval(value: number | null, interval: Interval | null): string {
  if (value === null) return '—';
  return interval ? `${value.toFixed(2)} [${interval.low.toFixed(2)}–${interval.high.toFixed(2)}]` : value.toFixed(2);
}

function number(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
