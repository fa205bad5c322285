import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { addExitCodes, addOutputOption, collect, formatOption, REPORT_EXIT_CODES } from './options.js';
import { resolveFramework } from './shared.js';

/** Registers `vawg frameworks map <from> <to>`. */
export function registerFrameworksMap(frameworks: Command, context: CliContext): void {
  const command = frameworks
    .command('map')
    .description(
      'print the crosswalk from one catalog to another (read backwards when written the other way), and what each target action can reach',
    )
    .argument('<from>', 'the catalog commitments are mapped to (id or path)')
    .argument('<to>', 'the catalog to read them against (id or path)')
    .option('--crosswalk <file>', 'a crosswalk file to use before the bundled ones (repeatable)', collect, [])
    .addOption(formatOption(FORMAT_NAMES.crosswalk, 'table'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg frameworks map npcc-vawg-2021 npcc-vawg-2024\n  $ vawg frameworks map npcc-vawg-2024 npcc-vawg-2021 --format json',
    );
  addOutputOption(command);
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (from: string, to: string, flags: { crosswalk: string[]; format: string; outputFile?: string }) => {
    const { crosswalkCeiling } = await import('../assess/crosswalk.js');
    const { loadFramework } = await import('../io/catalog.js');
    const { findCrosswalk, loadCrosswalk } = await import('../io/crosswalk.js');
    const { VawgError } = await import('../io/errors.js');
    const { emitReport, reportColor } = await import('./output.js');
    const { CROSSWALK_FORMATTERS } = await import('../report/frameworks/crosswalk.js');
    const { formatCrosswalkCsv } = await import('../report/frameworks/csv.js');
    const FORMATTERS = { ...CROSSWALK_FORMATTERS, csv: formatCrosswalkCsv };
    const source = loadFramework(resolveFramework(from, context));
    const target = loadFramework(resolveFramework(to, context));
    const given = flags.crosswalk.map((file) => loadCrosswalk(context.resolve(file), [source, target]));
    const crosswalk = findCrosswalk(source, target, given);
    if (!crosswalk)
      throw new VawgError(
        `no crosswalk joins ${source.id} and ${target.id}: write one (see vawg frameworks check --help) and give it with --crosswalk`,
      );
    const view = { crosswalk, source, target, ceiling: crosswalkCeiling(crosswalk, source, target) };
    emitReport(FORMATTERS[flags.format as keyof typeof FORMATTERS](view, { color: reportColor(flags, context) }), flags, context);
  });
}
