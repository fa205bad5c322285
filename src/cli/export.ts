import path from 'node:path';
import type { Command } from 'commander';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { EXPORT_COLUMNS, EXPORT_FORMATTERS, exportRows, type ExportSource } from '../report/export/index.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption, REPORT_EXIT_CODES } from './options.js';
import { emitReport } from './output.js';
import { packageVersion } from './program-version.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';

interface ExportFlags {
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
    .addOption(formatOption(Object.keys(EXPORT_FORMATTERS), 'csv'))
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
  command.action((files: string[], flags: ExportFlags) => {
    const inputs = resolveInputs(files, context, { kind: 'documents', bundled: flags.bundled === true, defaultToStrategies: true });
    if (flags.format === 'parquet' && flags.outputFile === undefined) {
      throw new VawgError('parquet is binary: write it to a file with -o FILE');
    }
    const framework = resolveFramework(flags.framework, context);
    const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'exporting' });
    const sources = inputs.map((input): ExportSource => {
      const loaded = loadValidDocument(input.file, framework, input.content === undefined ? {} : { content: input.content });
      progress.advance(context.display(input.file));
      const source = context.display(path.resolve(path.dirname(loaded.file), loaded.document.document.source));
      return { document: loaded.document, framework: loaded.framework, file: context.display(loaded.file), source };
    });
    progress.finish();
    const output = EXPORT_FORMATTERS[flags.format]!(exportRows(sources), {
      trustedCsv: !flags.formulaGuard,
      createdBy: `vawg ${packageVersion()}`,
    });
    emitReport(
      output,
      flags,
      context,
      inputs.map((input) => input.file),
    );
  });
}
