import type { ValidateFunction } from 'ajv';
import { mappableIds, type CommitmentDocument, type Framework } from '../model/index.js';
import { loadFramework } from './catalog.js';
import { requireFrameworkReference } from './framework-source.js';
import { VawgError } from './errors.js';
import { compileSchema, readPackageSchema, validateLocated, type SchemaProblem } from './schema.js';
import type { ReadTextOptions } from './read-text.js';
import { readYamlFile, type LocatedYaml } from './yaml-file.js';
import { compactLayout, stringifyYaml } from './yaml-layout.js';
import { yamlModule } from './yaml-module.js';

/** A commitment document read from disk, with its framework and any schema problems. */
export interface LoadedDocument {
  file: string;
  yaml: LocatedYaml;
  document: CommitmentDocument;
  framework: Framework;
  problems: SchemaProblem[];
}

const validators = new WeakMap<Framework, ValidateFunction>();

/** The commitment schema with action ids narrowed to one framework's actions and pillars. */
export function commitmentValidator(framework: Framework): ValidateFunction {
  const cached = validators.get(framework);
  if (cached) return cached;
  const validator = compileSchema(commitmentSchema(framework));
  validators.set(framework, validator);
  return validator;
}

/** `schemas/commitments.schema.json` with `$defs/mappableId` narrowed to one framework's action and pillar ids. */
export function commitmentSchema(framework: Framework): Record<string, unknown> {
  const schema = readPackageSchema('commitments.schema.json');
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  defs.mappableId = { description: `An action or pillar id of ${framework.id}.`, enum: mappableIds(framework) };
  return schema;
}

/** Which catalog to check a document against: one reference for every document, or a choice from the id the document declares. */
export type FrameworkChoice = string | ((declared: string | undefined) => string | undefined);

/** Reads a commitment document and checks it against the schema of its framework (or the one given or chosen). */
export function loadCommitmentDocument(file: string, frameworkChoice?: FrameworkChoice, read: ReadTextOptions = {}): LoadedDocument {
  if (/\.(txt|text|md|markdown|html?|pdf|docx?)$/i.test(file)) {
    throw new VawgError('is a strategy source, not a commitment document: run vawg parse on it first', { file });
  }
  const yaml = readYamlFile(file, read);
  const value = yaml.value;
  if (value === null || value === undefined) {
    throw new VawgError('is empty: a commitment document holds version, force, document, framework and commitments', { file });
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new VawgError('not a commitment document: expected a mapping with version, force, document, framework and commitments', {
      file,
      line: 1,
      column: 1,
    });
  }
  const declared = (value as { framework?: unknown }).framework;
  const recorded = (value as { frameworkSource?: { path?: unknown } }).frameworkSource;
  const fromDocument =
    typeof declared !== 'string'
      ? undefined
      : typeof recorded?.path === 'string'
        ? requireFrameworkReference({ framework: declared, frameworkSource: { path: recorded.path, sha256: '' } }, file)
        : declared;
  const frameworkReference =
    typeof frameworkChoice === 'function' ? frameworkChoice(typeof declared === 'string' ? declared : undefined) : frameworkChoice;
  let framework: Framework;
  try {
    framework = loadFramework(frameworkReference ?? fromDocument);
  } catch (error) {
    if (error instanceof VawgError && !error.location && typeof declared === 'string' && !frameworkReference) {
      throw new VawgError(error.message, { file, ...yaml.locate('/framework') });
    }
    throw error;
  }
  return { file, yaml, document: value as CommitmentDocument, framework, problems: documentProblems(yaml, framework) };
}

/** Like loadCommitmentDocument, but an invalid document stops the command with its first problem. */
export function loadValidDocument(file: string, frameworkChoice?: FrameworkChoice, read: ReadTextOptions = {}): LoadedDocument {
  const loaded = loadCommitmentDocument(file, frameworkChoice, read);
  const first = loaded.problems[0];
  if (first) {
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more; run vawg validate)` : '';
    throw new VawgError(`invalid commitment document: ${first.message}${more}`, first);
  }
  return loaded;
}

/** Every schema problem of a commitment document, and every id used twice, in the order they appear in the file. */
export function documentProblems(yaml: LocatedYaml, framework: Framework): SchemaProblem[] {
  const problems = [...validateLocated(commitmentValidator(framework), yaml), ...duplicateIds(yaml)];
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Ids used twice across commitments, statements and retired commitments: each must name one item. */
function duplicateIds(yaml: LocatedYaml): SchemaProblem[] {
  const seen = new Map<string, string>();
  const problems: SchemaProblem[] = [];
  for (const list of ['commitments', 'statements', 'retired'] as const) {
    const items = (yaml.value as Record<string, unknown> | null)?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          file: yaml.file,
          ...yaml.locate(`/${list}/${index}/id`),
          message: `${list}[${index}].id: duplicate id "${id}" (first used at ${first}): give each commitment its own id`,
        });
      } else seen.set(id, `${list}[${index}]`);
    });
  }
  return problems;
}

/** Serialises a commitment document as YAML (compact positions and evidence) or as JSON. */
export function serializeDocument(document: CommitmentDocument, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  const yaml = new (yamlModule().Document)(document, { aliasDuplicateObjects: false });
  yaml.commentBefore =
    ` Commitments of ${document.force.name}, mapped to ${document.framework}; written by vawg parse.\n` +
    ' Correct anything the tool got wrong and mark what you change "by: analyst": a re-parse keeps it.';
  return stringifyYaml(compactLayout(yaml));
}
