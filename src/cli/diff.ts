import path from 'node:path';
import type { Command } from 'commander';
import { diffDocuments, documentsDiffer } from '../assess/diff.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument, type LoadedDocument } from '../io/commitment-document.js';
import { EXIT, VawgError } from '../io/errors.js';
import { DIFF_FORMATTERS } from '../report/diff/index.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption } from './options.js';
import { emitReport, reportColor } from './output.js';
import { resolveFramework } from './shared.js';

interface DiffFlags {
  framework?: string;
  format: string;
  exitCode?: boolean;
  formulaGuard: boolean;
  outputFile?: string;
}

/** Registers `vawg diff`. */
export function registerDiff(program: Command, context: CliContext): void {
  const command = program
    .command('diff')
    .description('compare two commitment documents (two forces, or two versions of one strategy) action by action')
    .argument('<a>', 'first commitment document, a bundled slug, or - for standard input')
    .argument('<b>', 'second commitment document, a bundled slug, or - for standard input')
    .option('--framework <id|path>', 'framework to compare against (default: the one the documents name)')
    .addOption(formatOption(Object.keys(DIFF_FORMATTERS), 'table'))
    .option('--exit-code', 'exit 1 when the documents differ and 0 when they do not, as git diff --exit-code does')
    .option(
      '--no-formula-guard',
      "csv: write cells that start with = + - @ as they are, for data you trust (by default they get a leading ')",
    );
  addOutputOption(command);
  addInputOptions(command);
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg diff dorset warwickshire\n  $ vawg diff old/kent.yaml strategies/kent.yaml --format markdown\n  $ vawg diff old/kent.yaml strategies/kent.yaml --exit-code > /dev/null || echo "the strategy changed"',
  );
  addExitCodes(command, {
    0: 'the diff was written (with --exit-code: and the documents do not differ)',
    1: 'with --exit-code: the documents differ',
    2: 'it could not be: usage error, missing or unreadable file, invalid document, documents of different frameworks',
  });
  command.action((a: string, b: string, flags: DiffFlags) => {
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
  });
}

/** A document as the diff shows it: its file and its source as the user reads them. */
function sideOf(loaded: LoadedDocument, context: CliContext): Parameters<typeof diffDocuments>[0] {
  const source = context.display(path.resolve(path.dirname(loaded.file), loaded.document.document.source));
  return { document: loaded.document, file: context.display(loaded.file), source };
}
