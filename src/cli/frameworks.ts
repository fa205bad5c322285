import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { registerFrameworksCheck } from './frameworks-check.js';
import { registerFrameworksMap } from './frameworks-map.js';
import { registerFrameworksNew } from './frameworks-new.js';
import { addExitCodes, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';
import { resolveFramework } from './shared.js';

/** Registers `vawg frameworks` and its subcommands: show (the default), new, check and map. */
export function registerFrameworks(program: Command, context: CliContext): void {
  const frameworks = program
    .command('frameworks')
    .description('list the framework catalogs and crosswalks, show one catalog, scaffold and check your own, print a crosswalk')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ vawg frameworks                                   every catalog and crosswalk, with status, version and sha256\n' +
        '  $ vawg frameworks npcc-vawg-2024 --format markdown  one catalog\n' +
        '  $ vawg frameworks map npcc-vawg-2021 npcc-vawg-2024 how one catalog maps to another\n' +
        '  $ vawg frameworks new pcc-plan-2025                 scaffold pcc-plan-2025.yaml\n' +
        '  $ vawg frameworks check pcc-plan-2025.yaml          check a catalog or a crosswalk\n' +
        '\nExit codes: see each command (vawg frameworks <command> --help)',
    );
  const show = frameworks
    .command('show', { isDefault: true })
    .description('list every bundled catalog and crosswalk (status, version, sha256), or show one catalog')
    .argument('[framework]', 'a catalog id or path to show')
    .addOption(formatOption(FORMAT_NAMES.frameworks, 'table'))
    .addHelpText('after', '\nExamples:\n  $ vawg frameworks show\n  $ vawg frameworks show npcc-vawg-2024 --format markdown');
  addOutputOption(show);
  addExitCodes(show, REPORT_EXIT_CODES);
  show.action(async (reference: string | undefined, flags: { format: string; outputFile?: string }) => {
    const { bundledFrameworkIds, loadFramework } = await import('../io/catalog.js');
    const { bundledCrosswalkFiles, loadCrosswalk } = await import('../io/crosswalk.js');
    const { FRAMEWORK_DETAIL_FORMATTERS } = await import('../report/frameworks/detail.js');
    const { FRAMEWORK_LIST_FORMATTERS } = await import('../report/frameworks/list.js');
    const { formatFrameworkDetailCsv, formatFrameworkListCsv } = await import('../report/frameworks/csv.js');
    const { emitReport, reportColor } = await import('./output.js');
    const LIST_FORMATTERS = { ...FRAMEWORK_LIST_FORMATTERS, csv: formatFrameworkListCsv };
    const DETAIL_FORMATTERS = { ...FRAMEWORK_DETAIL_FORMATTERS, csv: formatFrameworkDetailCsv };
    const options = { color: reportColor(flags, context) };
    const format = flags.format as keyof typeof LIST_FORMATTERS;
    if (reference === undefined) {
      const catalogs = bundledFrameworkIds().map((id) => loadFramework(id));
      const crosswalks = bundledCrosswalkFiles().map((file) => loadCrosswalk(file, catalogs));
      emitReport(LIST_FORMATTERS[format]({ catalogs, crosswalks }, options), flags, context);
      return;
    }
    emitReport(DETAIL_FORMATTERS[format](loadFramework(resolveFramework(reference, context)), options), flags, context);
  });
  registerFrameworksNew(frameworks, context);
  registerFrameworksCheck(frameworks, context);
  registerFrameworksMap(frameworks, context);
  for (const command of frameworks.commands) command.exitOverride();
}
