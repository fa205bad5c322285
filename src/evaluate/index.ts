import { defaultClassifierSettings, type ClassifierSettings } from '../classify/index.js';
import { loadFramework } from '../io/catalog.js';
import { frameworkActions, type Framework } from '../model/index.js';
import { predictBaseline } from './baseline.js';
import { loadGoldSet } from './gold.js';
import { meanOf } from './metrics.js';
import { extractForGold, predictWith } from './predict.js';
import { countAgreement, figuresOf, poolCounts, type EvaluationFigures } from './score.js';
import { tuneSettings, type PreparedGold } from './tune.js';
import { MAX_LINE_DISTANCE, MIN_OVERLAP } from './align.js';

/** Figures for one gold document: the tool's, the baseline's, and (with holdout) the tool's when tuned without it. */
export interface DocumentEvaluation {
  slug: string;
  force: string;
  tool: EvaluationFigures;
  baseline: EvaluationFigures;
  holdout?: { figures: EvaluationFigures; settings: Pick<ClassifierSettings, 'minConfidence' | 'sectionWeight' | 'secondaryMinShare'> };
}

export type { EvaluationFigures } from './score.js';

/** The result of `vawg eval`. */
export interface EvaluationReport {
  version: 1;
  framework: string;
  matching: { minOverlap: number; maxLineDistance: number };
  documents: DocumentEvaluation[];
  overall: { tool: EvaluationFigures; baseline: EvaluationFigures };
  /** With holdout: the held-out figures pooled, and the mean of the per-force mapping micro-F1. */
  holdout?: { pooled: EvaluationFigures; meanMappingF1: number | null; meanExtractionF1: number | null };
}

/** Options for an evaluation run. */
export interface EvaluationOptions {
  holdout?: boolean;
  settings?: ClassifierSettings;
  framework?: Framework;
}

/** Runs the pipeline and the naive baseline on every gold document and scores both against the labels. */
export async function evaluateGoldSet(folder: string, options: EvaluationOptions = {}): Promise<EvaluationReport> {
  const golds = loadGoldSet(folder);
  const framework = options.framework ?? loadFramework(golds[0]?.framework);
  const settings = options.settings ?? defaultClassifierSettings();
  const actionIds = frameworkActions(framework).map((action) => action.id);
  const prepared: PreparedGold[] = [];
  for (const gold of golds) prepared.push({ gold, commitments: await extractForGold(gold) });
  const toolCounts = prepared.map((item) => countAgreement(predictWith(item.commitments, framework, settings), item.gold.commitments));
  const baselineCounts = golds.map((gold) => countAgreement(predictBaseline(gold.source, framework), gold.commitments));
  const documents: DocumentEvaluation[] = golds.map((gold, index) => ({
    slug: gold.slug,
    force: gold.force,
    tool: figuresOf(toolCounts[index]!, actionIds),
    baseline: figuresOf(baselineCounts[index]!, actionIds),
  }));
  const report: EvaluationReport = {
    version: 1,
    framework: framework.id,
    matching: { minOverlap: MIN_OVERLAP, maxLineDistance: MAX_LINE_DISTANCE },
    documents,
    overall: { tool: figuresOf(poolCounts(toolCounts), actionIds), baseline: figuresOf(poolCounts(baselineCounts), actionIds) },
  };
  if (options.holdout) {
    const heldCounts = prepared.map((item, index) => {
      const training = prepared.filter((_, other) => other !== index);
      const tuned = tuneSettings(training, framework, settings);
      const counts = countAgreement(predictWith(item.commitments, framework, tuned), item.gold.commitments);
      documents[index]!.holdout = {
        figures: figuresOf(counts, actionIds),
        settings: { minConfidence: tuned.minConfidence, sectionWeight: tuned.sectionWeight, secondaryMinShare: tuned.secondaryMinShare },
      };
      return counts;
    });
    report.holdout = {
      pooled: figuresOf(poolCounts(heldCounts), actionIds),
      meanMappingF1: meanOf(documents.map((document) => document.holdout?.figures.mapping.f1 ?? null)),
      meanExtractionF1: meanOf(documents.map((document) => document.holdout?.figures.extraction.f1 ?? null)),
    };
  }
  return report;
}
