/** Validates SARIF logs against the vendored SARIF 2.1.0 schema (draft-04), for every test that checks SARIF. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { ROOT } from './cli.ts';

// Both packages are CommonJS with a `default` property; under NodeNext the default import is the module object.
type Validator = ((log: unknown) => boolean) & { errors?: unknown };
type AjvConstructor = new (options: object) => { compile(schema: object): Validator };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvConstructor }).default ?? AjvDraft04Module) as AjvConstructor;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** A compiled validator for SARIF 2.1.0 logs. */
export function sarifValidator(): Validator {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sarif-2.1.0.schema.json'), 'utf8')) as object;
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as (ajv: unknown) => void)(ajv);
  return ajv.compile(schema);
}
