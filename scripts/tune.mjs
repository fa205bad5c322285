#!/usr/bin/env node
// Fits the classifier's weights, thresholds and confidence curve on the seeds and the development part
// of the corpus (never the sealed part) and writes them into src/classify/data/settings.yaml and
// calibration.yaml, keeping the files' comments. Run with `npm run tune` (it builds first).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadSplits } = await import(path.join(root, 'dist/evaluate/splits.js'));
const { extractForGold } = await import(path.join(root, 'dist/evaluate/predict.js'));
const { tuneClassifier } = await import(path.join(root, 'dist/evaluate/tune.js'));
const { defaultClassifierSettings } = await import(path.join(root, 'dist/classify/index.js'));
const { loadFramework } = await import(path.join(root, 'dist/io/catalog.js'));

const splits = loadSplits(['seeds', 'dev']);
const prepared = [];
for (const split of splits) for (const gold of split.golds) prepared.push({ gold, commitments: await extractForGold(gold) });
const tuned = tuneClassifier(prepared, loadFramework('npcc-vawg-2021'), defaultClassifierSettings());

const keys = {
  'section-weight': tuned.sectionWeight,
  'context-retrieval-weight': tuned.contextRetrievalWeight,
  'retrieval-scale': tuned.retrievalScale,
  'min-score': tuned.minScore,
  'min-strongest': tuned.minStrongest,
  'secondary-share': tuned.secondaryShare,
  'secondary-min-indicator': tuned.secondaryMinIndicator,
  'pillar-min-score': tuned.pillarMinScore,
  'pillar-action-share': tuned.pillarActionShare,
  'whole-min-score': tuned.wholeMinScore,
};
const update = (file, values) => {
  const target = path.join(root, 'src/classify/data', file);
  const document = parseDocument(readFileSync(target, 'utf8'));
  for (const [key, value] of Object.entries(values)) document.set(key, value);
  writeFileSync(target, document.toString());
};
update('settings.yaml', keys);
update('calibration.yaml', { slope: tuned.calibration.slope, intercept: tuned.calibration.intercept });
process.stdout.write(
  `tuned on ${prepared.length} documents (${splits.map((split) => split.name).join(', ')}): ${JSON.stringify({ ...keys, ...tuned.calibration })}\n`,
);
