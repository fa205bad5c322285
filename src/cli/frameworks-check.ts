import type { Command } from 'commander';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { addExitCodes, formatOption } from './options.js';

/** Registers `vawg frameworks check <files...>`. */
export function registerFrameworksCheck(frameworks: Command, context: CliContext): void {
  const command = frameworks
    .command('check')
    .description('check catalog and crosswalk files: schema, unknown or duplicate ids, bad relations; exit 2 on any error')
    .argument('<files...>', 'catalog or crosswalk files (a crosswalk is a file with mappings:), folders of them, or globs')
    .addOption(formatOption(FORMAT_NAMES.frameworkCheck, 'text'))
    .addHelpText(
      'after',
      '\nCatalogs named on the command line are used to check the crosswalks beside them, so a crosswalk to your own\n' +
        'catalog can name it by id. Warnings (placeholders left, actions no crosswalk entry mentions) do not fail.\n' +
        '\nExamples:\n  $ vawg frameworks check frameworks/*.yaml frameworks/crosswalks/*.yaml\n  $ vawg frameworks check pcc-plan-2025.yaml npcc-vawg-2021--pcc-plan-2025.yaml',
    )
    .action(async (files: string[], flags: { format: string }) => {
      const { runFrameworksCheck } = await import('./frameworks-check-run.js');
      runFrameworksCheck(files, flags, context);
    });
  addExitCodes(command, {
    0: 'every catalog and crosswalk is valid (warnings do not fail)',
    2: 'a file has an error, or could not be read',
  });
}
