import type { Command } from 'commander';
import { bundledFrameworkIds, loadFramework } from '../io/catalog.js';
import { FRAMEWORK_DETAIL_FORMATTERS } from '../report/frameworks/detail.js';
import { FRAMEWORK_LIST_FORMATTERS } from '../report/frameworks/list.js';
import type { CliContext } from './context.js';
import { oneOf, resolveFramework } from './shared.js';

/** Registers `vawg frameworks`. */
export function registerFrameworks(program: Command, context: CliContext): void {
  program
    .command('frameworks')
    .description("list the bundled framework catalogs, or show one catalog's pillars and actions")
    .argument('[framework]', 'a catalog id or path to show')
    .option('--format <format>', 'table, json or markdown', oneOf(['table', 'json', 'markdown']), 'table')
    .addHelpText('after', '\nExamples:\n  $ vawg frameworks\n  $ vawg frameworks npcc-vawg-2021 --format markdown')
    .action((reference: string | undefined, flags: { format: string }) => {
      const options = { color: context.color() };
      if (reference === undefined) {
        const frameworks = bundledFrameworkIds().map((id) => loadFramework(id));
        context.stdout.write(FRAMEWORK_LIST_FORMATTERS[flags.format]!(frameworks, options));
        return;
      }
      context.stdout.write(FRAMEWORK_DETAIL_FORMATTERS[flags.format]!(loadFramework(resolveFramework(reference, context)), options));
    });
}
