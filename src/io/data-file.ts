import { packagePath } from './paths.js';
import { readYamlFile } from './yaml-file.js';

const cache = new Map<string, unknown>();

/** Loads a YAML knowledge file shipped with the package (for example `src/extract/data/cues.yaml`). */
export function loadPackageData<T>(relativePath: string): T {
  const cached = cache.get(relativePath);
  if (cached !== undefined) return cached as T;
  const value = readYamlFile(packagePath(relativePath)).value;
  cache.set(relativePath, value);
  return value as T;
}
