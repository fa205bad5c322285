import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pickCrosswalk, reverseCrosswalk, type Crosswalk, type CrosswalkEntry, type Finding, type Framework } from '../model/index.js';
import { fileSha256, isCatalogPath, loadFramework } from './catalog.js';
import { crosswalkFindings } from './crosswalk-rules.js';
import { formatLocated, VawgError } from './errors.js';
import { packagePath } from './paths.js';
import type { ValidateFunction } from 'ajv';
import { compileSchema, readPackageSchema, schemaFindings, validateLocated, type SchemaProblem } from './schema.js';
import { readYamlFile, type LocatedYaml } from './yaml-file.js';

/** A crosswalk file as written. */
export interface RawCrosswalk {
  source: string;
  target: string;
  title?: string;
  version?: string;
  notes?: string;
  mappings: CrosswalkEntry[];
}

/** A crosswalk file read and checked against both its catalogs. */
export interface CrosswalkInspection {
  file: string;
  yaml: LocatedYaml;
  /** Set when the crosswalk has no errors (it may still have warnings). */
  crosswalk?: Crosswalk;
  /** The two catalogs, when both could be loaded. */
  catalogs?: { source: Framework; target: Framework };
  findings: Finding[];
}

/** The crosswalks bundled in `frameworks/crosswalks/`, as absolute paths, sorted. */
export function bundledCrosswalkFiles(): string[] {
  const directory = packagePath('frameworks', 'crosswalks');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(directory, name));
}

/** Whether a parsed YAML file looks like a crosswalk (it has `mappings`) rather than a catalog. */
export function looksLikeCrosswalk(yaml: LocatedYaml): boolean {
  const value = yaml.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'mappings' in value;
}

/**
 * Reads a crosswalk and checks it: its schema, its two catalogs (taken from `known` by id when there, otherwise
 * resolved from its references, paths relative to the crosswalk), and every id against both catalogs.
 */
export function inspectCrosswalk(file: string, known: Framework[] = []): CrosswalkInspection {
  const yaml = readYamlFile(file);
  const schemaProblems = validateLocated(crosswalkValidator(), yaml);
  if (schemaProblems.length > 0) {
    const ruleOf = (problem: SchemaProblem): string =>
      /^\/mappings\/\d+\/relation$/.test(problem.pointer ?? '') ? 'bad-relation' : 'schema';
    return { file, yaml, findings: schemaFindings(schemaProblems, ruleOf) };
  }
  const raw = yaml.value as RawCrosswalk;
  const findings: Finding[] = [];
  const source = catalogOf(raw.source, '/source', file, yaml, known, findings);
  const target = catalogOf(raw.target, '/target', file, yaml, known, findings);
  if (!source || !target) return { file, yaml, findings };
  findings.push(...crosswalkFindings(raw, { source, target }, yaml));
  const catalogs = { source, target };
  if (findings.some((finding) => finding.severity === 'error')) return { file, yaml, catalogs, findings };
  const crosswalk: Crosswalk = {
    id: `${source.id}--${target.id}`,
    ...(raw.title === undefined ? {} : { title: raw.title }),
    ...(raw.version === undefined ? {} : { version: raw.version }),
    ...(raw.notes === undefined ? {} : { notes: raw.notes }),
    source: source.id,
    target: target.id,
    entries: raw.mappings,
    reversed: false,
    path: file,
    sha256: fileSha256(file),
  };
  return { file, yaml, crosswalk, catalogs, findings };
}

/** Loads a crosswalk checked against both its catalogs; the first error stops it. */
export function loadCrosswalk(file: string, known: Framework[] = []): Crosswalk {
  const inspection = inspectCrosswalk(file, known);
  const error = inspection.findings.find((finding) => finding.severity === 'error');
  if (error || !inspection.crosswalk) {
    const { message, line, column, rule } = error ?? { message: 'unusable crosswalk', line: 1, column: 1, rule: 'schema' };
    throw new VawgError(rule === 'schema' || rule === 'bad-relation' ? `invalid crosswalk: ${message}` : message, { file, line, column });
  }
  return inspection.crosswalk;
}

/**
 * The crosswalk between two catalogs, read from `source` to `target`: the first of `given` (crosswalks the user
 * named, already loaded), then of the bundled crosswalks, written either way round between them, reversed when
 * written the other way. Undefined when none is.
 */
export function findCrosswalk(source: Framework, target: Framework, given: readonly Crosswalk[] = []): Crosswalk | undefined {
  const picked = pickCrosswalk(given, source.id, target.id);
  if (picked) return picked;
  for (const file of bundledCrosswalkFiles()) {
    const ends = catalogIdsOf(file, [source, target]);
    const forward = ends.source === source.id && ends.target === target.id;
    const backward = ends.source === target.id && ends.target === source.id;
    if (!forward && !backward) continue;
    const crosswalk = loadCrosswalk(file, [source, target]);
    return forward ? crosswalk : reverseCrosswalk(crosswalk);
  }
  return undefined;
}

/** The ids of the two catalogs a crosswalk file names, without checking its entries. */
export function catalogIdsOf(file: string, known: Framework[] = []): { source?: string; target?: string } {
  const value = readYamlFile(file).value as Partial<RawCrosswalk> | null;
  const idOf = (reference: unknown): string | undefined => {
    if (typeof reference !== 'string') return undefined;
    if (!isCatalogPath(reference)) return reference;
    const resolved = path.resolve(path.dirname(file), reference);
    const match = known.find((framework) => path.resolve(framework.path) === resolved);
    if (match) return match.id;
    return existsSync(resolved) ? loadFramework(resolved).id : undefined;
  };
  const source = idOf(value?.source);
  const target = idOf(value?.target);
  return { ...(source === undefined ? {} : { source }), ...(target === undefined ? {} : { target }) };
}

function catalogOf(
  reference: string,
  pointer: string,
  file: string,
  yaml: LocatedYaml,
  known: Framework[],
  findings: Finding[],
): Framework | undefined {
  const match = isCatalogPath(reference) ? undefined : known.find((framework) => framework.id === reference);
  if (match) return match;
  try {
    return loadFramework(isCatalogPath(reference) ? path.resolve(path.dirname(file), reference) : reference);
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    const message = error.location ? `catalog "${reference}": ${formatLocated(error.message, error.location)}` : error.message;
    findings.push({ rule: 'unknown-catalog', severity: 'error', message, file, ...yaml.locate(pointer) });
    return undefined;
  }
}

let compiledCrosswalkValidator: ValidateFunction | undefined;

/** The compiled `schemas/crosswalk.schema.json`, compiled once per process. */
function crosswalkValidator(): ValidateFunction {
  compiledCrosswalkValidator ??= compileSchema(readPackageSchema('crosswalk.schema.json'));
  return compiledCrosswalkValidator;
}
