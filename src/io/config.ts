import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RuleSetting, Severity } from '../model/index.js';
import { VawgError } from './errors.js';
import { compileSchema, readPackageSchema, validateLocated } from './schema.js';
import { readYamlFile } from './yaml-file.js';

/** The name `vawg check` looks for from the working directory upwards. */
export const CONFIG_FILE_NAME = 'vawg.config.yaml';

/** Settings of `vawg check`, from the config file. */
export interface CheckConfig {
  framework?: string;
  'min-coverage'?: number;
  require?: string[];
  'fail-on'?: Severity;
  rules?: Record<string, RuleSetting>;
}

/** The nearest vawg.config.yaml in a folder or one above it, if any. */
export function findConfigFile(start: string = process.cwd()): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file against `schemas/config.schema.json`; problems stop with file:line:col. */
export function loadConfig(file: string): CheckConfig {
  const yaml = readYamlFile(file);
  if (yaml.value === null || yaml.value === undefined) return {};
  const first = validateLocated(compileSchema(readPackageSchema('config.schema.json')), yaml)[0];
  if (first) throw new VawgError(`invalid config: ${first.message}`, first);
  return yaml.value as CheckConfig;
}
