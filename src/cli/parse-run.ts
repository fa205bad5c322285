import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadFramework } from '../io/catalog.js';
import { serializeDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { frameworkSourceOf, requireFrameworkReference, withFrameworkSource } from '../io/framework-source.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import type { CliContext } from './context.js';
import { resolveInputs, type InputFile } from './inputs.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';
import { readExistingOutput, writeParsedDocument, type ExistingOutput } from './write-document.js';
import type { ParseFlags } from './parse.js';
import { startReadings, type Readings } from './parse-readings.js';

/** Runs `vawg parse`: reads the sources, and prints their documents or writes (merging) them. */
export async function parseCommand(files: string[], flags: ParseFlags, context: CliContext): Promise<void> {
  await runParse(files, flags, context);
}

async function runParse(files: string[], flags: ParseFlags, context: CliContext): Promise<void> {
  const inputs = resolveInputs(files, context, { kind: 'sources' });
  if (flags.force !== undefined && inputs.length > 1) throw new VawgError('--force names one force: give one file at a time');
  const output = flags.output === undefined ? undefined : context.resolve(flags.output);
  const toFolder = output !== undefined && (flags.output!.endsWith('/') || flags.output!.endsWith(path.sep) || isFolder(output));
  if (output !== undefined && !toFolder && inputs.length > 1) {
    throw new VawgError(
      `${inputs.length} sources and one output file ${flags.output}: each source needs its own document; write them into a folder with -o ${flags.output}/ (each as <slug>.${flags.format}), or give one source`,
    );
  }
  const relativeTo = output === undefined ? context.cwd : toFolder ? output : path.dirname(output);
  const readings = await startReadings(inputs, relativeTo, flags, context);
  const parsed: ParsedSource[] = [];
  const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'parsing' });
  try {
    for (const [index, input] of inputs.entries()) {
      const destination = toFolder ? undefined : output;
      parsed.push(
        await parseOne(input, readings, index, destination, relativeTo, flags, context, (slug) =>
          path.join(output!, `${slug}.${flags.format}`),
        ),
      );
      progress.advance(context.display(input.file));
    }
  } finally {
    progress.finish();
    await readings.close();
  }
  if (output === undefined) {
    const outputs = parsed.map((item) => serializeDocument(item.document, flags.format));
    context.stdout.write(
      flags.format === 'json' && outputs.length > 1 ? `[\n${outputs.map((o) => o.trimEnd()).join(',\n')}\n]\n` : outputs.join('---\n'),
    );
    return;
  }
  refuseSharedDestinations(parsed, context);
  for (const item of parsed) {
    const report = writeParsedDocument(
      item.destination!,
      item.document,
      { existing: item.existing, framework: item.framework, sourceText: item.sourceText },
      { format: flags.format, overwrite: flags.overwrite === true, followSymlinks: flags.followSymlinks === true },
    );
    const summary = report.summary.replace(item.destination!, context.display(item.destination!));
    if (!flags.quiet) context.stderr.write(`${summary}${item.fromCache ? ' (read from the cache)' : ''}\n`);
    for (const notice of report.notices) {
      context.stderr.write(`${context.display(item.file)}:${notice.line}: warning: ${notice.message} [${notice.rule}]\n`);
    }
  }
}

/** One source read and parsed, with where it goes and the document already there. */
interface ParsedSource {
  file: string;
  document: CommitmentDocument;
  framework: Framework;
  sourceText: string;
  /** Whether the machine's reading came from the cache (no parsing this run). */
  fromCache: boolean;
  destination?: string;
  existing?: ExistingOutput;
}

async function parseOne(
  input: InputFile,
  readings: Readings,
  index: number,
  fixedDestination: string | undefined,
  relativeTo: string,
  flags: ParseFlags,
  context: CliContext,
  inFolder: (slug: string) => string,
): Promise<ParsedSource> {
  const { file } = input;
  const first = await readings.first(index);
  let { document } = first.reading;
  let { sourceText } = first.reading;
  let fromCache = first.fromCache;
  const explicit = resolveFramework(flags.framework, context);
  const destination = fixedDestination ?? (flags.output === undefined ? undefined : inFolder(document.force.slug));
  const existing = destination === undefined || flags.overwrite ? undefined : readExistingOutput(destination);
  let framework = readings.framework;
  const recorded = existing && explicit === undefined ? recordedFramework(existing) : undefined;
  if (recorded !== undefined && path.resolve(loadFramework(recorded).path) !== path.resolve(framework.path)) {
    framework = loadFramework(recorded);
    const again = await readings.with(index, recorded);
    ({ document, sourceText } = again.reading);
    fromCache = fromCache && again.fromCache;
  }
  document = withFrameworkSource(document, frameworkSourceOf(framework, relativeTo));
  return {
    file,
    document,
    framework,
    sourceText,
    fromCache,
    ...(destination === undefined ? {} : { destination }),
    ...(existing === undefined ? {} : { existing }),
  };
}

/** The framework a document on disk was parsed with, when it names one this run can load. */
function recordedFramework(existing: ExistingOutput): string | undefined {
  const value = existing.yaml.value as Partial<CommitmentDocument> | null;
  if (value === null || typeof value !== 'object' || typeof value.framework !== 'string') return undefined;
  return requireFrameworkReference({ framework: value.framework, frameworkSource: value.frameworkSource }, existing.file);
}

/** Two sources of one run never go into one file: that would merge one into the other. */
function refuseSharedDestinations(parsed: ParsedSource[], context: CliContext): void {
  const seen = new Map<string, ParsedSource>();
  for (const item of parsed) {
    const first = seen.get(item.destination!);
    if (first) {
      throw new VawgError(
        `${context.display(first.file)} (${first.document.force.name}) and ${context.display(item.file)} (${item.document.force.name}) would both be written to ${context.display(item.destination!)}: parse them one at a time with -o FILE; nothing was written`,
      );
    }
    seen.set(item.destination!, item);
  }
}

function isFolder(target: string): boolean {
  return existsSync(target) && statSync(target).isDirectory();
}
