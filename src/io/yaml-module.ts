import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';

const require = createRequire(import.meta.url);

/**
 * The `yaml` package (its full document model), loaded the first time something needs it: a
 * command that only reads plain files never pays for loading it.
 */
export function yamlModule(): typeof YamlModule {
  return require('yaml') as typeof YamlModule;
}
