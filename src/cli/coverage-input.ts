import { assessCoverage, assessCoverageThrough } from '../assess/coverage.js';
import { loadFramework } from '../io/catalog.js';
import { loadValidDocument, type LoadedDocument } from '../io/commitment-document.js';
import { findCrosswalk, loadCrosswalk } from '../io/crosswalk.js';
import { VawgError } from '../io/errors.js';
import type { Crosswalk, ForceCoverage, Framework } from '../model/index.js';
import type { CoverageReport } from '../report/coverage-report.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { resolveFramework } from './shared.js';

/**
 * Loads the documents named on the command line (`./strategies/*.yaml` when none; see `resolveInputs`) and assesses each against one
 * framework: `--framework`, or else the one the documents share. A document mapped to another framework is read
 * through the crosswalk between the two (from `crosswalkOptions`, then the bundled ones), either way round.
 */
export function buildCoverageReport(
  files: string[],
  frameworkOption: string | undefined,
  context: CliContext,
  crosswalkOptions: string[] = [],
  inputOptions: { bundled?: boolean } = {},
): CoverageReport {
  const { framework, assessed } = assessDocuments(files, frameworkOption, context, crosswalkOptions, inputOptions);
  return { framework, forces: assessed.map((entry) => entry.coverage) };
}

/** Like buildCoverageReport, keeping each loaded document beside its coverage (for reports that show the commitments themselves). */
export function assessDocuments(
  files: string[],
  frameworkOption: string | undefined,
  context: CliContext,
  crosswalkOptions: string[] = [],
  inputOptions: { bundled?: boolean } = {},
): { framework: Framework; assessed: { loaded: LoadedDocument; coverage: ForceCoverage }[] } {
  const frameworkReference = resolveFramework(frameworkOption, context);
  const target = frameworkReference === undefined ? undefined : loadFramework(frameworkReference);
  const choose = (declared: string | undefined): string | undefined => (declared === target?.id ? frameworkReference : declared);
  const documents = resolveInputs(files, context, {
    kind: 'documents',
    defaultToStrategies: true,
    bundled: inputOptions.bundled === true,
  }).map((input) =>
    loadValidDocument(input.file, target ? choose : undefined, input.content === undefined ? {} : { content: input.content }),
  );
  const framework = target ?? documents[0]?.framework;
  if (!framework) throw new VawgError('no commitment documents given');
  const given = crosswalkOptions.map((file) => loadCrosswalk(context.resolve(file), [framework]));
  const crosswalks = new Map<string, Crosswalk | undefined>();
  const coverageOf = (loaded: LoadedDocument): ForceCoverage => {
    const file = context.display(loaded.file);
    if (loaded.document.framework === framework.id) return assessCoverage(loaded.document, framework, file);
    if (target === undefined) {
      throw mismatch(
        loaded,
        `maps to ${loaded.document.framework}, not ${framework.id}: give --framework to read every document against one catalog`,
      );
    }
    const key = `${loaded.framework.path}\u0000${framework.path}`;
    if (!crosswalks.has(key)) crosswalks.set(key, findCrosswalk(loaded.framework, framework, given));
    const crosswalk = crosswalks.get(key);
    if (!crosswalk) {
      const hint =
        given.length > 0 ? `the --crosswalk given join ${given.map((entry) => entry.id).join(', ')}` : 'give one with --crosswalk FILE';
      throw mismatch(loaded, `maps to ${loaded.document.framework}, and no crosswalk joins it to ${framework.id}: ${hint}`);
    }
    return assessCoverageThrough(loaded.document, crosswalk, { source: loaded.framework, target: framework }, file);
  };
  return { framework, assessed: documents.map((loaded) => ({ loaded, coverage: coverageOf(loaded) })) };
}

/** The `--crosswalk` option's help, shared by the commands that assess coverage. */
export const CROSSWALK_OPTION_HELP =
  "a crosswalk file joining the documents' framework to --framework (repeatable; the bundled ones are used otherwise)";

/** A commander parser that collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function mismatch(loaded: LoadedDocument, message: string): VawgError {
  return new VawgError(message, { file: loaded.file, ...loaded.yaml.locate('/framework') });
}
