import { readFileSync } from 'node:fs';
import { defaultClassifierSettings, type ClassifierSettings } from '../classify/index.js';
import { loadFramework } from '../io/catalog.js';
import { VawgError } from '../io/errors.js';
import { frameworkActions, mappableIds, type Framework } from '../model/index.js';
import { MAX_LINE_DISTANCE, MIN_OVERLAP } from './align.js';
import { predictBaseline } from './baseline.js';
import { bootstrapInterval, pooledScore, type Interval } from './bootstrap.js';
import { documentErrors, type DocumentErrors } from './errors.js';
import { round, scoresOf, type Scores } from './metrics.js';
import { extractForGold, predictWith } from './predict.js';
import { reliabilityTable, type ReliabilityBand } from './reliability.js';
import { countAgreement, figuresOf, poolCounts, type EvaluationCounts, type EvaluationFigures } from './score.js';
import type { GoldSplit } from './splits.js';
import { predictTfidf } from './tfidf.js';
import { tuneClassifier, type PreparedGold } from './tune.js';

export type { EvaluationFigures } from './score.js';

/** Figures for one gold document. */
export interface DocumentEvaluation {
  slug: string;
  force: string;
  tool: EvaluationFigures;
  baseline: EvaluationFigures;
  tfidf: EvaluationFigures;
  /** With holdout: the tool's figures when tuned and calibrated without this document. */
  holdout?: EvaluationFigures;
}

/** 95% bootstrap intervals of the headline figures (documents resampled). */
export interface FigureIntervals {
  extractionPrecision: Interval | null;
  extractionRecall: Interval | null;
  extractionF1: Interval | null;
  mappingF1: Interval | null;
  endToEndF1: Interval | null;
  strengthAccuracy: Interval | null;
}

/** Precision, recall and F1 of the mappings to one action or pillar, over paired commitments. */
export interface ActionFigures extends Scores {
  id: string;
  /** How many gold mappings to it there are. */
  support: number;
  /** How many mappings to it the tool made. */
  predicted: number;
}

/** The evaluation of one split. */
export interface SplitEvaluation {
  name: string;
  documents: DocumentEvaluation[];
  tool: EvaluationFigures;
  intervals: FigureIntervals;
  baseline: EvaluationFigures;
  tfidf: EvaluationFigures;
  perAction: ActionFigures[];
  reliability: ReliabilityBand[];
  /** With holdout: pooled figures of the documents each scored when tuned without it. */
  holdout?: { figures: EvaluationFigures; intervals: FigureIntervals };
}

/** The result of `vawg eval`. */
export interface EvaluationReport {
  version: 2;
  framework: string;
  matching: { minOverlap: number; maxLineDistance: number };
  /** Which splits the classifier's settings and calibration were fitted on (and the holdout refits on). */
  tunedOn: string[];
  splits: SplitEvaluation[];
  errors?: DocumentErrors[];
}

/** Options for an evaluation run. */
export interface EvaluationOptions {
  /** Also score each document of the tuning splits with settings tuned and calibrated without it. */
  holdout?: boolean;
  /** List each document's missed and spurious units and wrong or missing mappings. */
  errors?: boolean;
  settings?: ClassifierSettings;
  framework?: Framework;
  /** The splits the shipped settings were tuned on (for the holdout); by default seeds and dev. */
  tuningSplits?: string[];
}

interface Scored {
  split: string;
  item: PreparedGold;
  tool: EvaluationCounts;
  baseline: EvaluationCounts;
  tfidf: EvaluationCounts;
  holdout?: EvaluationCounts;
}

/** Runs the pipeline, the naive baseline and the TF-IDF baseline on every gold document of each split and scores them against the labels. */
export async function evaluateSplits(splits: GoldSplit[], options: EvaluationOptions = {}): Promise<EvaluationReport> {
  const firstGold = splits.flatMap((split) => split.golds)[0];
  const framework = options.framework ?? loadFramework(firstGold?.framework);
  const otherFramework = splits.flatMap((split) => split.golds).find((gold) => gold.framework !== framework.id);
  if (otherFramework) {
    throw new VawgError(
      `labelled against ${otherFramework.framework}, but the mappings are made to ${framework.id}: ` +
        'evaluate with the catalog the labels use (a changed copy of it keeps its id)',
      { file: otherFramework.file, line: lineOfKey(otherFramework.file, 'framework') },
    );
  }
  const settings = options.settings ?? defaultClassifierSettings();
  const tuningSplits = options.tuningSplits ?? ['seeds', 'dev'];
  const scored: Scored[] = [];
  for (const split of splits) {
    for (const gold of split.golds) {
      const item: PreparedGold = { gold, commitments: await extractForGold(gold) };
      const predicted = predictWith(item.commitments, framework, settings);
      scored.push({
        split: split.name,
        item,
        tool: countAgreement(predicted, gold.commitments),
        baseline: countAgreement(predictBaseline(gold.source, framework), gold.commitments),
        tfidf: countAgreement(predictTfidf(item.commitments, framework), gold.commitments),
      });
    }
  }
  if (options.holdout) holdOut(scored, tuningSplits, framework, settings);
  const ids = mappableIds(framework);
  const actionIds = frameworkActions(framework).map((action) => action.id);
  const report: EvaluationReport = {
    version: 2,
    framework: framework.id,
    matching: { minOverlap: MIN_OVERLAP, maxLineDistance: MAX_LINE_DISTANCE },
    tunedOn: tuningSplits,
    splits: splits.map((split) =>
      splitEvaluation(
        split.name,
        scored.filter((entry) => entry.split === split.name),
        actionIds,
        ids,
      ),
    ),
  };
  if (options.errors) {
    report.errors = scored.map((entry) =>
      documentErrors(entry.item, predictWith(entry.item.commitments, framework, settings), entry.split),
    );
  }
  return report;
}

/** Leave-one-document-out over the tuning splits: each document scored with settings tuned and calibrated on the others; other splits are held out already. */
/** The 1-based line where a top-level key is written in a YAML file, or 1 when it is not found. */
function lineOfKey(file: string, key: string): number {
  const index = readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function holdOut(scored: Scored[], tuningSplits: string[], framework: Framework, settings: ClassifierSettings): void {
  const tuning = scored.filter((entry) => tuningSplits.includes(entry.split));
  for (const entry of scored) {
    const others = tuning.filter((other) => other !== entry).map((other) => other.item);
    const tuned = tuningSplits.includes(entry.split) ? tuneClassifier(others, framework, settings) : settings;
    entry.holdout = countAgreement(predictWith(entry.item.commitments, framework, tuned), entry.item.gold.commitments);
  }
}

function splitEvaluation(name: string, entries: Scored[], actionIds: string[], ids: string[]): SplitEvaluation {
  const pooled = poolCounts(entries.map((entry) => entry.tool));
  const evaluation: SplitEvaluation = {
    name,
    documents: entries.map((entry) => {
      const document: DocumentEvaluation = {
        slug: entry.item.gold.slug,
        force: entry.item.gold.force,
        tool: figuresOf(entry.tool, actionIds),
        baseline: figuresOf(entry.baseline, actionIds),
        tfidf: figuresOf(entry.tfidf, actionIds),
      };
      if (entry.holdout) document.holdout = figuresOf(entry.holdout, actionIds);
      return document;
    }),
    tool: figuresOf(pooled, actionIds),
    intervals: intervalsOf(entries.map((entry) => entry.tool)),
    baseline: figuresOf(poolCounts(entries.map((entry) => entry.baseline)), actionIds),
    tfidf: figuresOf(poolCounts(entries.map((entry) => entry.tfidf)), actionIds),
    perAction: ids.map((id) => {
      const counts = pooled.perAction[id] ?? { tp: 0, fp: 0, fn: 0 };
      return { id, ...scoresOf(counts), support: counts.tp + counts.fn, predicted: counts.tp + counts.fp };
    }),
    reliability: reliabilityTable(pooled.calibration),
  };
  const held = entries.map((entry) => entry.holdout).filter((counts): counts is EvaluationCounts => counts !== undefined);
  if (held.length === entries.length && held.length > 0) {
    evaluation.holdout = { figures: figuresOf(poolCounts(held), actionIds), intervals: intervalsOf(held) };
  }
  return evaluation;
}

function intervalsOf(counts: EvaluationCounts[]): FigureIntervals {
  return {
    extractionPrecision: bootstrapInterval(
      counts.map((entry) => entry.extraction),
      pooledScore('precision'),
    ),
    extractionRecall: bootstrapInterval(
      counts.map((entry) => entry.extraction),
      pooledScore('recall'),
    ),
    extractionF1: bootstrapInterval(
      counts.map((entry) => entry.extraction),
      pooledScore('f1'),
    ),
    mappingF1: bootstrapInterval(
      counts.map((entry) => entry.mapping),
      pooledScore('f1'),
    ),
    endToEndF1: bootstrapInterval(
      counts.map((entry) => entry.endToEnd),
      pooledScore('f1'),
    ),
    strengthAccuracy: bootstrapInterval(counts, (drawn) => {
      const matched = drawn.reduce((sum, entry) => sum + entry.matched, 0);
      return matched === 0 ? null : round(drawn.reduce((sum, entry) => sum + entry.strengthCorrect, 0) / matched);
    }),
  };
}
