import path from 'node:path';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { EXPORT_FORMATTERS, exportRows, type ExportSource } from '../report/export/index.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { emitReport } from './output.js';
import { packageVersion } from './program-version.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';
import type { ExportFlags } from './export.js';

/** Runs `vawg export`: the commitments of the documents as tidy rows. */
export function exportCommand(files: string[], flags: ExportFlags, context: CliContext): void {
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
}
