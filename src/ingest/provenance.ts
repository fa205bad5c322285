import { existsSync } from 'node:fs';
import path from 'node:path';
import { VawgError } from '../io/errors.js';
import { readYamlFile } from '../io/yaml-file.js';

/** Where a source came from, kept beside it as `<name>.source.yaml` when it cannot carry front matter. */
export interface Provenance {
  force?: string;
  title?: string;
  [key: string]: unknown;
}

/** The provenance file of a source (`dorset.txt` → `dorset.source.yaml`), if there is one. */
export function provenancePath(sourceFile: string): string {
  const parsed = path.parse(sourceFile);
  return path.join(parsed.dir, `${parsed.name}.source.yaml`);
}

/** Reads the provenance beside a source; `{}` when there is none. */
export function readProvenance(sourceFile: string): Provenance {
  const file = provenancePath(sourceFile);
  if (!existsSync(file)) return {};
  const yaml = readYamlFile(file);
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    throw new VawgError('provenance must be a mapping of keys to values', { file, line: 1, column: 1 });
  }
  return yaml.value as Provenance;
}
