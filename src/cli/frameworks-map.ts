import type { Command } from 'commander';
import { crosswalkCeiling } from '../assess/crosswalk.js';
import { loadFramework } from '../io/catalog.js';
import { findCrosswalk, loadCrosswalk } from '../io/crosswalk.js';
import { VawgError } from '../io/errors.js';
import { CROSSWALK_FORMATTERS } from '../report/frameworks/crosswalk.js';
import type { CliContext } from './context.js';
import { collect } from './coverage-input.js';
import { formatCrosswalkCsv } from '../report/frameworks/csv.js';
import { addExitCodes, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';
import { emitReport, reportColor } from './output.js';
import { resolveFramework } from './shared.js';

/** The formats of `vawg frameworks map`. */
const FORMATTERS = { ...CROSSWALK_FORMATTERS, csv: formatCrosswalkCsv };

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
    .addOption(formatOption(Object.keys(FORMATTERS), 'table'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg frameworks map npcc-vawg-2021 npcc-vawg-2024\n  $ vawg frameworks map npcc-vawg-2024 npcc-vawg-2021 --format json',
    );
  addOutputOption(command);
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action((from: string, to: string, flags: { crosswalk: string[]; format: string; outputFile?: string }) => {
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
