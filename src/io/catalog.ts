import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Action, Finding, Framework, Indicator, Pillar } from '../model/index.js';
import { catalogFindings } from './catalog-rules.js';
import { VawgError } from './errors.js';
import { packagePath } from './paths.js';
import type { ValidateFunction } from 'ajv';
import { compileSchema, readPackageSchema, schemaFindings, validateLocated } from './schema.js';
import { readYamlFile, type LocatedYaml } from './yaml-file.js';
import { didYouMean } from '../text/suggest.js';
import { DEFAULT_FRAMEWORK } from './default-framework.js';

export { DEFAULT_FRAMEWORK };

/** A catalog file as written: pillars holding actions, or one level of items. */
export interface RawCatalog extends Omit<Framework, 'pillars' | 'path' | 'sha256' | 'shape'> {
  pillars?: (Omit<Pillar, 'actions' | 'implicit'> & { actions: Omit<Action, 'pillar'>[] })[];
  items?: Omit<Action, 'pillar'>[];
}

/** A catalog file read and checked: the framework when it is usable, and everything found wrong or worth a look. */
export interface CatalogInspection {
  file: string;
  yaml: LocatedYaml;
  /** Set when the catalog has no errors (it may still have warnings). */
  framework?: Framework;
  findings: Finding[];
}

const loaded = new Map<string, Framework>();

/** The catalogs bundled in `frameworks/`, by file name without extension, sorted. */
export function bundledFrameworkIds(): string[] {
  const directory = packagePath('frameworks');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Whether a catalog reference is a path (it has a slash or a YAML extension) rather than a bundled id. */
export function isCatalogPath(reference: string): boolean {
  return reference.includes('/') || reference.includes(path.sep) || /\.ya?ml$/.test(reference);
}

/** Finds a catalog file from a bundled id or a path (relative paths against `relativeTo` when given). */
export function resolveFrameworkFile(reference: string, relativeTo?: string): string {
  if (isCatalogPath(reference)) {
    const file = relativeTo === undefined ? reference : path.resolve(relativeTo, reference);
    if (!existsSync(file)) throw new VawgError('no such framework file', { file });
    return file;
  }
  for (const extension of ['.yaml', '.yml']) {
    const candidate = packagePath('frameworks', `${reference}${extension}`);
    if (existsSync(candidate)) return candidate;
  }
  const known = bundledFrameworkIds();
  throw new VawgError(
    `unknown framework "${reference}"${didYouMean(reference, known)} (bundled: ${known.join(', ')}; or give a path to a catalog file)`,
  );
}

/** Loads a framework catalog by id or path, validated against `schemas/framework.schema.json` and its ids checked; the first error stops it. */
export function loadFramework(reference: string = DEFAULT_FRAMEWORK): Framework {
  const file = resolveFrameworkFile(reference);
  const cached = loaded.get(path.resolve(file));
  if (cached) return cached;
  const inspection = inspectCatalog(file);
  const error = inspection.findings.find((finding) => finding.severity === 'error');
  if (error || !inspection.framework) {
    const { message, line, column } = error ?? { message: 'unusable catalog', line: 1, column: 1 };
    throw new VawgError(error?.rule === 'schema' ? `invalid framework catalog: ${message}` : message, { file, line, column });
  }
  loaded.set(path.resolve(file), inspection.framework);
  return inspection.framework;
}

/** Reads a catalog file and reports every schema and identifier problem, located in the file. */
export function inspectCatalog(file: string): CatalogInspection {
  const yaml = readYamlFile(file);
  const schemaProblems = validateLocated(catalogValidator(), yaml);
  if (schemaProblems.length > 0) return { file, yaml, findings: schemaFindings(schemaProblems) };
  const raw = yaml.value as RawCatalog;
  const findings = catalogFindings(raw, yaml);
  const framework = findings.some((finding) => finding.severity === 'error') ? undefined : frameworkFromRaw(raw, file);
  return { file, yaml, findings, ...(framework ? { framework } : {}) };
}

/** sha256 of a file's bytes, in hex. */
export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function frameworkFromRaw(raw: RawCatalog, file: string): Framework {
  const { pillars, items, ...rest } = raw;
  const common = { ...rest, path: file, sha256: fileSha256(file) };
  if (items) {
    const group: Pillar = {
      id: raw.id,
      title: raw.short ?? raw.title,
      summary: raw.title,
      indicators: [] as Indicator[],
      actions: items.map((item) => ({ ...item, pillar: raw.id })),
      implicit: true,
    };
    return { ...common, shape: 'items', pillars: [group] };
  }
  return {
    ...common,
    shape: 'pillars',
    pillars: (pillars ?? []).map((pillar) => ({
      ...pillar,
      actions: pillar.actions.map((action) => ({ ...action, pillar: pillar.id })),
    })),
  };
}

let compiledCatalogValidator: ValidateFunction | undefined;

/** The compiled `schemas/framework.schema.json`, compiled once per process. */
function catalogValidator(): ValidateFunction {
  compiledCatalogValidator ??= compileSchema(readPackageSchema('framework.schema.json'));
  return compiledCatalogValidator;
}
