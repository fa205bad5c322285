import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { lilconfigSync, type LoaderSync } from 'lilconfig';
import type { RuleSetting, Severity } from '../model/index.js';
import { VawgError } from './errors.js';
import { compileSchema, readPackageSchema, validateLocated } from './schema.js';
import { parseYamlText, readYamlFile, type LocatedYaml } from './yaml-file.js';
import { CONFIG_FILE_NAME } from './config-name.js';

export { CONFIG_FILE_NAME };

/** Where `vawg check` looks for its settings in each folder, in order; in package.json, under a `vawg` key. */
export const CONFIG_SEARCH_PLACES = [CONFIG_FILE_NAME, '.vawgrc', '.vawgrc.yaml', '.vawgrc.yml', 'package.json'];

/** Settings of `vawg check`, from the config file. */
export interface CheckConfig {
  framework?: string;
  'min-coverage'?: number;
  require?: string[];
  'fail-on'?: Severity;
  'max-warnings'?: number;
  rules?: Record<string, RuleSetting>;
}

/**
 * The folder the search for a config file stops at (inclusive), as ESLint's flat config does: the
 * repository root (the nearest folder above `start` holding `.git`), else the home folder when
 * `start` lies inside it, else the file-system root. A config file further up never applies.
 */
export function configStopDir(start: string, home: string = homedir()): string {
  let dir = path.resolve(start);
  const homeDir = path.resolve(home);
  for (;;) {
    if (existsSync(path.join(dir, '.git')) || dir === homeDir) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

const yamlLoader: LoaderSync = (filepath, content) => parseYamlText(content, filepath).value;
const jsonLoader: LoaderSync = (filepath, content) => parseYamlText(content, filepath).value;

/** The nearest config file (by lilconfig) from `start` up to the repository root or home folder, if any. */
export function findConfigFile(start: string, home?: string): string | undefined {
  const explorer = lilconfigSync('vawg', {
    searchPlaces: CONFIG_SEARCH_PLACES,
    stopDir: configStopDir(start, home),
    ignoreEmptySearchPlaces: false,
    loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader, '.json': jsonLoader },
    packageProp: 'vawg',
    cache: false,
  });
  const found = explorer.search(start);
  return found?.filepath || undefined;
}

/** Reads and validates a config file against `schemas/config.schema.json` (a package.json by its `vawg` key); problems stop with file:line:col. */
export function loadConfig(file: string): CheckConfig {
  const yaml = readYamlFile(file);
  const inPackage = path.basename(file) === 'package.json';
  const settings = inPackage ? packageSettings(yaml) : yaml;
  if (settings.value === null || settings.value === undefined) return {};
  const first = validateLocated(compileSchema(readPackageSchema('config.schema.json')), settings)[0];
  if (first) throw new VawgError(`invalid config: ${first.message}`, first);
  return settings.value as CheckConfig;
}

/** The `vawg` key of a package.json, located in the file. */
function packageSettings(yaml: LocatedYaml): LocatedYaml {
  const value = (yaml.value as Record<string, unknown> | null)?.vawg;
  return { ...yaml, value, locate: (pointer) => yaml.locate(`/vawg${pointer === '/' ? '' : pointer}`) };
}
