import path from 'node:path';
import type { Command } from 'commander';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { portablePath } from '../io/paths.js';
import { formatExplanation, type ExplainedItem } from '../report/explain.js';
import type { CliContext } from './context.js';
import { oneOf, resolveDocuments } from './shared.js';

/** Registers `vawg explain`. */
export function registerExplain(program: Command, context: CliContext): void {
  program
    .command('explain')
    .description(
      'show why a commitment or statement was read and mapped as it was: whose voice, the phrases matched, what its headings contributed, the confidence and any review flag',
    )
    .argument('<file>', 'a commitment document, or a bundled slug such as warwickshire')
    .argument('<commitment-id>', 'the id of a commitment, statement or retired commitment, or a unique start of it')
    .option('--format <format>', 'text or json', oneOf(['text', 'json']), 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg explain strategies/warwickshire.yaml warwickshire-8d46856b\n  $ vawg explain dorset dorset-1912 --format json',
    )
    .action((file: string, id: string, flags: { format: string }) => {
      const [resolved] = resolveDocuments([file], context);
      const loaded = loadValidDocument(resolved ?? context.resolve(file));
      const { commitments, statements = [], retired = [] } = loaded.document;
      const everything: ExplainedItem[] = [...commitments, ...statements, ...retired];
      const found = everything.filter((item) => item.id === id || item.id.startsWith(id));
      const exact = found.find((item) => item.id === id);
      const commitment = exact ?? (found.length === 1 ? found[0] : undefined);
      if (!commitment) {
        const why =
          found.length > 1
            ? `"${id}" matches ${found.length} commitments and statements: give more of the id`
            : `no commitment, statement or retired commitment "${id}"`;
        throw new VawgError(why, { file: loaded.file });
      }
      const sourcePath = portablePath(path.resolve(path.dirname(loaded.file), loaded.document.document.source), context.cwd);
      if (flags.format === 'json') {
        context.stdout.write(`${JSON.stringify({ file: context.display(loaded.file), source: sourcePath, commitment }, null, 2)}\n`);
        return;
      }
      context.stdout.write(formatExplanation(commitment, loaded.document, loaded.framework, { color: context.color(), sourcePath }));
    });
}
