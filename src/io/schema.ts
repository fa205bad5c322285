import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Finding } from '../model/index.js';
import { didYouMean } from '../text/suggest.js';
import { packagePath } from './paths.js';
import { pointerSegments, type LocatedYaml } from './yaml-file.js';

/** A schema violation with its place in the YAML source. */
export interface SchemaProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** JSON pointer of the offending value. */
  pointer?: string;
}

/** Schema problems as error findings, each with the rule `ruleOf` gives it (by default `schema`). */
export function schemaFindings(problems: SchemaProblem[], ruleOf: (problem: SchemaProblem) => string = () => 'schema'): Finding[] {
  return problems.map((problem) => ({
    rule: ruleOf(problem),
    severity: 'error',
    message: problem.message,
    file: problem.file,
    line: problem.line,
    column: problem.column,
  }));
}

/** Reads one of the package's JSON Schemas from `schemas/`. */
export function readPackageSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('schemas', name), 'utf8')) as Record<string, unknown>;
}

/** The ajv options every schema is compiled with, at build time and at run time alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;

const require = createRequire(import.meta.url);

/** The name of a schema's validator generated at build time: a hash of the schema's exact JSON. */
export function schemaKey(schema: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 20);
}

/** Where `npm run build` writes the validators it generates with ajv's standalone code. */
export function generatedValidatorsFolder(): string {
  return packagePath('dist', 'validators');
}

/**
 * A validator for a JSON Schema (draft 2020-12) with all errors reported: the one generated at
 * build time for exactly this schema when there is one (no compiling at start-up), otherwise
 * compiled now by ajv (a user's own framework narrows the commitment schema to ids no build saw).
 */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const generated = path.join(generatedValidatorsFolder(), `${schemaKey(schema)}.cjs`);
  if (existsSync(generated)) return require(generated) as ValidateFunction;
  return compileSchemaNow(schema);
}

/** Compiles a JSON Schema with ajv in this process, with the options the build uses. */
export function compileSchemaNow(schema: Record<string, unknown>): ValidateFunction {
  const ajv = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  return new ajv.Ajv2020(AJV_OPTIONS).compile(schema);
}

/** Validates a parsed YAML file, returning each violation located in the source, sorted by position. */
export function validateLocated(validate: ValidateFunction, yaml: LocatedYaml): SchemaProblem[] {
  if (validate(yaml.value)) return [];
  const problems = (validate.errors ?? []).filter(isReportable).map((error) => {
    const pointer = pointerOfError(error);
    const { line, column } = yaml.locate(pointer);
    return { file: yaml.file, line, column, message: describeSchemaError(error, yaml.value), pointer };
  });
  const unique = new Map(problems.map((problem) => [`${problem.line}:${problem.column}:${problem.message}`, problem]));
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

function isReportable(error: ErrorObject): boolean {
  return error.keyword !== 'if' && error.keyword !== 'oneOf' && error.keyword !== 'anyOf';
}

function pointerOfError(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
    const extra = params.additionalProperty ?? params.unevaluatedProperty ?? '';
    return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return error.instancePath;
}

/** A readable path such as `commitments[3].actions[0].id` for a JSON pointer. */
export function readablePath(pointer: string): string {
  let out = '';
  for (const segment of pointerSegments(pointer)) {
    out += /^\d+$/.test(segment) ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? 'document' : out;
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of pointerSegments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function describeSchemaError(error: ErrorObject, root: unknown): string {
  const where = readablePath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where}: missing required field "${String(params.missingProperty)}"`;
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `${where}: unknown field "${field}"${didYouMean(field, known)}`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const given = valueAt(root, error.instancePath);
      const value = JSON.stringify(given);
      const hint = typeof given === 'string' ? didYouMean(given, allowed) : '';
      const described = (error.parentSchema as { description?: string } | undefined)?.description;
      if (allowed.length > 6 && described)
        return `${where}: unknown value ${value}${hint}: expected ${lowerFirst(described.replace(/\.$/, ''))}`;
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, ...` : allowed.join(', ');
      return `${where}: unknown value ${value}${hint} (expected one of: ${shown})`;
    }
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
