import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';

const require = createRequire(import.meta.url);

let loaded: typeof YamlModule | undefined;

/**
 * The `yaml` package (its full document model), loaded the first time something needs it: a
 * command that only reads plain files never pays for loading it. Kept once loaded: `require`
 * resolves its path again on every call (a file-system search each time), which writing a
 * document calls for every pair it lays out.
 */
export function yamlModule(): typeof YamlModule {
  loaded ??= require('yaml') as typeof YamlModule;
  return loaded;
}
