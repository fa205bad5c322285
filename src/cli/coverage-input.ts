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
  const forces: ForceCoverage[] = [];
  const framework = assessEach(files, frameworkOption, context, crosswalkOptions, inputOptions, (_loaded, coverage) =>
    forces.push(coverage),
  );
  return { framework, forces };
}

/** Like buildCoverageReport, keeping each loaded document beside its coverage (for reports that show the commitments themselves). */
export function assessDocuments(
  files: string[],
  frameworkOption: string | undefined,
  context: CliContext,
  crosswalkOptions: string[] = [],
  inputOptions: { bundled?: boolean } = {},
): { framework: Framework; assessed: { loaded: LoadedDocument; coverage: ForceCoverage }[] } {
  const assessed: { loaded: LoadedDocument; coverage: ForceCoverage }[] = [];
  const framework = assessEach(files, frameworkOption, context, crosswalkOptions, inputOptions, (loaded, coverage) =>
    assessed.push({ loaded, coverage }),
  );
  return { framework, assessed };
}

/**
 * Loads and assesses the documents named on the command line one at a time, handing each with its
 * coverage to `visit` and keeping nothing itself, so a thousand documents take the memory of one
 * (read, score, drop). Returns the framework they were assessed against. Errors come as if every
 * document were loaded before any was assessed: a document that cannot be loaded first, then a
 * crosswalk given that cannot, then the first document that cannot be assessed.
 */
function assessEach(
  files: string[],
  frameworkOption: string | undefined,
  context: CliContext,
  crosswalkOptions: string[],
  inputOptions: { bundled?: boolean },
  visit: (loaded: LoadedDocument, coverage: ForceCoverage) => void,
): Framework {
  const frameworkReference = resolveFramework(frameworkOption, context);
  const target = frameworkReference === undefined ? undefined : loadFramework(frameworkReference);
  const choose = (declared: string | undefined): string | undefined => (declared === target?.id ? frameworkReference : declared);
  const inputs = resolveInputs(files, context, {
    kind: 'documents',
    defaultToStrategies: true,
    bundled: inputOptions.bundled === true,
  });
  const load = (input: (typeof inputs)[number]): LoadedDocument =>
    loadValidDocument(input.file, target ? choose : undefined, input.content === undefined ? {} : { content: input.content });
  const first = inputs[0] === undefined ? undefined : load(inputs[0]);
  const framework = target ?? first?.framework;
  if (!framework) throw new VawgError('no commitment documents given');
  let deferred: unknown;
  let given: Crosswalk[] = [];
  try {
    given = crosswalkOptions.map((file) => loadCrosswalk(context.resolve(file), [framework]));
  } catch (error) {
    deferred = error;
  }
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
  for (const [index, input] of inputs.entries()) {
    const loaded = index === 0 ? first! : load(input);
    if (deferred !== undefined) continue;
    try {
      visit(loaded, coverageOf(loaded));
    } catch (error) {
      deferred = error;
    }
  }
  if (deferred !== undefined) throw deferred;
  return framework;
}

function mismatch(loaded: LoadedDocument, message: string): VawgError {
  return new VawgError(message, { file: loaded.file, ...loaded.yaml.locate('/framework') });
}
