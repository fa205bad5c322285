import path from 'node:path';
import type { Command } from 'commander';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { portablePath } from '../io/paths.js';
import { formatExplanation } from '../report/explain.js';
import type { CliContext } from './context.js';
import { oneOf, resolveDocuments } from './shared.js';

/** Registers `vawg explain`. */
export function registerExplain(program: Command, context: CliContext): void {
  program
    .command('explain')
    .description('show why a commitment was mapped as it was: the phrases matched, what its headings contributed, the confidence')
    .argument('<file>', 'a commitment document, or a bundled slug such as warwickshire')
    .argument('<commitment-id>', 'the commitment id, or a unique start of it')
    .option('--format <format>', 'text or json', oneOf(['text', 'json']), 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg explain strategies/warwickshire.yaml warwickshire-8d46856b\n  $ vawg explain dorset dorset-1912 --format json',
    )
    .action((file: string, id: string, flags: { format: string }) => {
      const [resolved] = resolveDocuments([file], context);
      const loaded = loadValidDocument(resolved ?? context.resolve(file));
      const found = loaded.document.commitments.filter((commitment) => commitment.id === id || commitment.id.startsWith(id));
      const exact = found.find((commitment) => commitment.id === id);
      const commitment = exact ?? (found.length === 1 ? found[0] : undefined);
      if (!commitment) {
        const why = found.length > 1 ? `"${id}" matches ${found.length} commitments: give more of the id` : `no commitment "${id}"`;
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
