import { inspectCatalog } from '../io/catalog.js';
import { inspectCrosswalk, looksLikeCrosswalk } from '../io/crosswalk.js';
import { EXIT, VawgError } from '../io/errors.js';
import { readYamlFile } from '../io/yaml-file.js';
import type { Finding, Framework } from '../model/index.js';
import { FRAMEWORK_CHECK_FORMATTERS, type CheckedFile } from '../report/frameworks/check.js';
import type { CliContext } from './context.js';
import { resolveInputPaths } from './inputs.js';

/** Checks catalog and crosswalk files and prints what was found; exit 2 when any has an error. */
export function runFrameworksCheck(files: string[], flags: { format: string }, context: CliContext): void {
  const checked = checkFiles(resolveInputPaths(files, context, { kind: 'catalogs' }));
  report(checked, flags.format, context);
  if (checked.some((entry) => !entry.valid)) context.exitCode = EXIT.unusable;
}

function checkFiles(files: string[]): CheckedFile[] {
  const kinds = files.map((file) => kindOf(file));
  const known: Framework[] = [];
  const results = new Map<string, CheckedFile>();
  files.forEach((file, index) => {
    const kind = kinds[index];
    if (kind === undefined || kind instanceof VawgError) return;
    if (kind !== 'catalog') return;
    const inspection = guarded(file, () => inspectCatalog(file));
    if ('framework' in inspection && inspection.framework) known.push(inspection.framework);
    results.set(file, toChecked(file, 'catalog', inspection));
  });
  files.forEach((file, index) => {
    const kind = kinds[index];
    if (kind instanceof VawgError) results.set(file, unreadable(file, kind));
    else if (kind === 'crosswalk')
      results.set(
        file,
        toChecked(
          file,
          'crosswalk',
          guarded(file, () => inspectCrosswalk(file, known)),
        ),
      );
  });
  return files.map((file) => results.get(file)!);
}

function kindOf(file: string): 'catalog' | 'crosswalk' | VawgError {
  try {
    return looksLikeCrosswalk(readYamlFile(file)) ? 'crosswalk' : 'catalog';
  } catch (error) {
    if (error instanceof VawgError) return error;
    throw error;
  }
}

function guarded<T extends { findings: Finding[] }>(file: string, inspect: () => T): T | { findings: Finding[] } {
  try {
    return inspect();
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    return { findings: [findingOf(file, error)] };
  }
}

function toChecked(file: string, kind: CheckedFile['kind'], inspection: { findings: Finding[] }): CheckedFile {
  return { file, kind, valid: !inspection.findings.some((finding) => finding.severity === 'error'), findings: inspection.findings };
}

function unreadable(file: string, error: VawgError): CheckedFile {
  return { file, kind: 'unreadable', valid: false, findings: [findingOf(file, error)] };
}

function findingOf(file: string, error: VawgError): Finding {
  return {
    rule: 'read',
    severity: 'error',
    message: error.message,
    file: error.location?.file ?? file,
    line: error.location?.line ?? 1,
    column: error.location?.column ?? 1,
  };
}

function report(checked: CheckedFile[], format: string, context: CliContext): void {
  const shown = checked.map((entry) => ({
    ...entry,
    file: context.display(entry.file),
    findings: entry.findings.map((finding) => ({ ...finding, file: context.display(finding.file) })),
  }));
  context.stdout.write(FRAMEWORK_CHECK_FORMATTERS[format]!(shown, { color: context.color() }));
}
