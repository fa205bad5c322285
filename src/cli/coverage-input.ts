import { assessCoverage } from '../assess/coverage.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument, type LoadedDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import type { Framework } from '../model/index.js';
import type { CoverageReport } from '../report/coverage-report.js';
import type { CliContext } from './context.js';
import { resolveDocuments, resolveFramework } from './shared.js';

/** Loads the documents named on the command line (all bundled ones when none) and assesses each against one framework. */
export function buildCoverageReport(files: string[], frameworkOption: string | undefined, context: CliContext): CoverageReport {
  const { framework, documents } = loadCoverageDocuments(files, frameworkOption, context);
  return { framework, forces: documents.map((loaded) => assessCoverage(loaded.document, framework, context.display(loaded.file))) };
}

/** Loads the documents named on the command line (all bundled ones when none) and the one framework they are assessed against. */
export function loadCoverageDocuments(
  files: string[],
  frameworkOption: string | undefined,
  context: CliContext,
): { framework: Framework; documents: LoadedDocument[] } {
  const frameworkReference = resolveFramework(frameworkOption, context);
  const documents = resolveDocuments(files, context).map((file) => loadValidDocument(file, frameworkReference));
  const framework = frameworkReference === undefined ? documents[0]?.framework : loadFramework(frameworkReference);
  if (!framework) throw new VawgError('no commitment documents given');
  const mismatch = documents.find((loaded) => loaded.document.framework !== framework.id);
  if (mismatch) {
    throw new VawgError(`maps to ${mismatch.document.framework}, not ${framework.id}: assess documents of one framework at a time`, {
      file: mismatch.file,
      ...mismatch.yaml.locate('/framework'),
    });
  }
  return { framework, documents };
}
