import type { Command } from 'commander';
import { EXPORT_COLUMNS } from '../report/export/rows.js';
import { FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';

/** The flags the command receives. */
export interface ExportFlags {
  format: string;
  framework?: string;
  bundled?: boolean;
  quiet?: boolean;
  formulaGuard: boolean;
  outputFile?: string;
}

/** Registers `vawg export`. */
export function registerExport(program: Command, context: CliContext): void {
  const command = program
    .command('export')
    .description('every commitment and statement as tidy data for R or pandas: one row per commitment and action it maps to')
    .argument(
      '[files...]',
      'commitment documents, folders of them, globs, slugs such as dorset, or - for standard input (default: ./strategies/*.yaml)',
    )
    .addOption(formatOption(FORMAT_NAMES.export, 'csv'))
    .option('--framework <id|path>', 'read the documents against this catalog (default: the one each names)')
    .option('--quiet', 'show no progress bar')
    .option(
      '--no-formula-guard',
      "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
    );
  addOutputOption(command, 'the export (parquet needs a file)');
  addInputOptions(command, { bundled: true });
  command.addHelpText(
    'after',
    `\nColumns: ${EXPORT_COLUMNS.join(', ')}\n\nExamples:\n  $ vawg export -o commitments.csv\n  $ vawg export dorset kent --format jsonl\n  $ vawg export --bundled --format parquet -o commitments.parquet\n  $ python -c "import pandas as pd; print(pd.read_csv('commitments.csv').groupby('action').size())"`,
  );
  addExitCodes(command, REPORT_EXIT_CODES);
  command.action(async (files: string[], flags: ExportFlags) => {
    const { exportCommand } = await import('./export-run.js');
    exportCommand(files, flags, context);
  });
}
