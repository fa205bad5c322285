import { existsSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { loadFramework } from '../io/catalog.js';
import { VawgError } from '../io/errors.js';
import { compileSchema, readPackageSchema, validateLocated } from '../io/schema.js';
import { readYamlFile } from '../io/yaml-file.js';
import { mappableIds, type Strength } from '../model/index.js';

/** One hand-labelled commitment. */
export interface GoldCommitment {
  line: number;
  text: string;
  actions: string[];
  strength: Strength;
  note?: string;
}

/** The hand labels of one source document. */
export interface GoldDocument {
  file: string;
  slug: string;
  force: string;
  /** The source path, resolved so it can be read. */
  source: string;
  framework: string;
  commitments: GoldCommitment[];
}

/** Reads every `*.yaml` gold file in a folder, checked against `schemas/gold.schema.json` and the framework's ids. */
export function loadGoldSet(folder: string): GoldDocument[] {
  if (!existsSync(folder)) throw new VawgError('no such gold folder', { file: folder });
  const files = globSync('*.{yaml,yml}', { cwd: folder }).sort();
  if (files.length === 0) throw new VawgError('no gold files (*.yaml) in this folder', { file: folder });
  return files.map((name) => loadGoldFile(path.join(folder, name)));
}

/** Reads one gold file. */
export function loadGoldFile(file: string): GoldDocument {
  const yaml = readYamlFile(file);
  const first = validateLocated(compileSchema(readPackageSchema('gold.schema.json')), yaml)[0];
  if (first) throw new VawgError(`invalid gold file: ${first.message}`, first);
  const raw = yaml.value as Omit<GoldDocument, 'file' | 'framework'> & { framework?: string };
  const framework = loadFramework(raw.framework);
  const known = new Set(mappableIds(framework));
  raw.commitments.forEach((commitment, index) => {
    const unknown = commitment.actions.find((id) => !known.has(id));
    if (unknown) throw new VawgError(`unknown action id "${unknown}"`, { file, ...yaml.locate(`/commitments/${index}/actions`) });
  });
  return { ...raw, file, framework: framework.id, source: resolveSource(raw.source, file) };
}

function resolveSource(source: string, goldFile: string): string {
  const candidates = [source, path.resolve(path.dirname(goldFile), source), path.resolve(path.dirname(goldFile), '..', '..', source)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new VawgError(`source "${source}" not found`, { file: goldFile });
  return found;
}
