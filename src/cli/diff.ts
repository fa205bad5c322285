import type { Command } from 'commander';
import { diffDocuments } from '../assess/diff.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { DIFF_FORMATTERS } from '../report/diff/index.js';
import type { CliContext } from './context.js';
import { oneOf, resolveDocuments, resolveFramework } from './shared.js';

/** Registers `vawg diff`. */
export function registerDiff(program: Command, context: CliContext): void {
  program
    .command('diff')
    .description('compare two commitment documents (two forces, or two versions of one strategy) action by action')
    .argument('<a>', 'first commitment document, or a bundled slug')
    .argument('<b>', 'second commitment document, or a bundled slug')
    .option('--framework <id|path>', 'framework to compare against (default: the one the documents name)')
    .option('--format <format>', Object.keys(DIFF_FORMATTERS).join(', '), oneOf(Object.keys(DIFF_FORMATTERS)), 'table')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg diff dorset warwickshire\n  $ vawg diff old/kent.yaml strategies/kent.yaml --format markdown',
    )
    .action((a: string, b: string, flags: { framework?: string; format: string }) => {
      const frameworkReference = resolveFramework(flags.framework, context);
      const [left, right] = resolveDocuments([a, b], context).map((file) => loadValidDocument(file, frameworkReference));
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
      const report = diffDocuments(
        { ...left, file: context.display(left.file) },
        { ...right, file: context.display(right.file) },
        framework,
      );
      context.stdout.write(DIFF_FORMATTERS[flags.format]!(report, { color: context.color() }));
    });
}
