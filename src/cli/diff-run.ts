import path from 'node:path';
import { diffDocuments, documentsDiffer } from '../assess/diff.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument, type LoadedDocument } from '../io/commitment-document.js';
import { EXIT, VawgError } from '../io/errors.js';
import { DIFF_FORMATTERS } from '../report/diff/index.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { emitReport, reportColor } from './output.js';
import { resolveFramework } from './shared.js';
import type { DiffFlags } from './diff.js';

/** Runs `vawg diff` on two documents and writes the report. */
export function diffCommand(a: string, b: string, flags: DiffFlags, context: CliContext): void {
  const frameworkReference = resolveFramework(flags.framework, context);
  const inputs = [a, b].map((arg) => resolveInputs([arg], context, { kind: 'documents' })[0]!);
  const [left, right] = inputs.map((input) =>
    loadValidDocument(input.file, frameworkReference, input.content === undefined ? {} : { content: input.content }),
  );
  if (!left || !right) throw new VawgError('diff needs two documents');
  const framework = frameworkReference === undefined ? left.framework : loadFramework(frameworkReference);
  for (const side of [left, right]) {
    if (side.document.framework !== framework.id) {
      throw new VawgError(`maps to ${side.document.framework}, not ${framework.id}: diff documents of one framework`, {
        file: side.file,
        ...side.yaml.locate('/framework'),
      });
    }
  }
  const report = diffDocuments(sideOf(left, context), sideOf(right, context), framework);
  const options = { color: reportColor(flags, context), trustedCsv: !flags.formulaGuard };
  emitReport(DIFF_FORMATTERS[flags.format]!(report, options), flags, context, [left.file, right.file]);
  if (flags.exitCode && documentsDiffer(report)) context.exitCode = EXIT.failed;
}

/** A document as the diff shows it: its file and its source as the user reads them. */
function sideOf(loaded: LoadedDocument, context: CliContext): Parameters<typeof diffDocuments>[0] {
  const source = context.display(path.resolve(path.dirname(loaded.file), loaded.document.document.source));
  return { document: loaded.document, file: context.display(loaded.file), source };
}
