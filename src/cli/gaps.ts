import type { Command } from 'commander';
import { assessCoverage } from '../assess/coverage.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { GAPS_FORMATTERS } from '../report/gaps/index.js';
import { shouldColor } from '../report/style.js';
import { oneOf, resolveDocuments } from './shared.js';

interface GapsFlags {
  framework?: string;
  format: string;
}

/** Registers `vawg gaps`. */
export function registerGaps(program: Command): void {
  program
    .command('gaps')
    .description('report, per force, which framework actions are covered, only partly covered, or missing')
    .argument('[files...]', 'commitment documents, or bundled slugs such as dorset (default: strategies/*.yaml)')
    .option('--framework <id|path>', 'framework to assess against (default: the one the documents name)')
    .option('--format <format>', Object.keys(GAPS_FORMATTERS).join(', '), oneOf(Object.keys(GAPS_FORMATTERS)), 'table')
    .addHelpText('after', '\nExamples:\n  $ vawg gaps\n  $ vawg gaps dorset kent --format markdown\n  $ vawg gaps strategies/*.yaml --format csv > coverage.csv')
    .action((files: string[], flags: GapsFlags) => {
      const documents = resolveDocuments(files).map((file) => loadValidDocument(file, flags.framework));
      const framework = flags.framework === undefined ? documents[0]?.framework : loadFramework(flags.framework);
      if (!framework) throw new VawgError('no commitment documents given');
      const mismatch = documents.find((loaded) => loaded.document.framework !== framework.id);
      if (mismatch) {
        throw new VawgError(`maps to ${mismatch.document.framework}, not ${framework.id}: assess documents of one framework at a time`, {
          file: mismatch.file,
          ...mismatch.yaml.locate('/framework'),
        });
      }
      const forces = documents.map((loaded) => assessCoverage(loaded.document, framework, loaded.file));
      const format = GAPS_FORMATTERS[flags.format] ?? GAPS_FORMATTERS.table;
      process.stdout.write(format!({ framework, forces }, { color: shouldColor() }));
    });
}
