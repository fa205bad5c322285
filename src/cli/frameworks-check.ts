import type { Command } from 'commander';
import { inspectCatalog } from '../io/catalog.js';
import { inspectCrosswalk, looksLikeCrosswalk } from '../io/crosswalk.js';
import { EXIT, VawgError } from '../io/errors.js';
import { readYamlFile } from '../io/yaml-file.js';
import type { Finding, Framework } from '../model/index.js';
import { FRAMEWORK_CHECK_FORMATTERS, type CheckedFile } from '../report/frameworks/check.js';
import type { CliContext } from './context.js';
import { resolveInputPaths } from './inputs.js';
import { addExitCodes, formatOption } from './options.js';

/** Registers `vawg frameworks check <files...>`. */
export function registerFrameworksCheck(frameworks: Command, context: CliContext): void {
  const command = frameworks
    .command('check')
    .description('check catalog and crosswalk files: schema, unknown or duplicate ids, bad relations; exit 2 on any error')
    .argument('<files...>', 'catalog or crosswalk files (a crosswalk is a file with mappings:), folders of them, or globs')
    .addOption(formatOption(Object.keys(FRAMEWORK_CHECK_FORMATTERS), 'text'))
    .addHelpText(
      'after',
      '\nCatalogs named on the command line are used to check the crosswalks beside them, so a crosswalk to your own\n' +
        'catalog can name it by id. Warnings (placeholders left, actions no crosswalk entry mentions) do not fail.\n' +
        '\nExamples:\n  $ vawg frameworks check frameworks/*.yaml frameworks/crosswalks/*.yaml\n  $ vawg frameworks check pcc-plan-2025.yaml npcc-vawg-2021--pcc-plan-2025.yaml',
    )
    .action((files: string[], flags: { format: string }) => {
      const checked = checkFiles(resolveInputPaths(files, context, { kind: 'catalogs' }));
      report(checked, flags.format, context);
      if (checked.some((entry) => !entry.valid)) context.exitCode = EXIT.unusable;
    });
  addExitCodes(command, {
    0: 'every catalog and crosswalk is valid (warnings do not fail)',
    2: 'a file has an error, or could not be read',
  });
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
