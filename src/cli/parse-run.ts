import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import type { ReadingCache } from '../io/parse-cache.js';

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
  const waiting = output !== undefined && inputs.length > 1 ? openWaitingRoom() : undefined;
  const parsed: ParsedSource[] = [];
  const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'parsing' });
  try {
    for (const [index, input] of inputs.entries()) {
      const destination = toFolder ? undefined : output;
      const item = await parseOne(input, readings, index, destination, relativeTo, flags, context, (slug) =>
        path.join(output!, `${slug}.${flags.format}`),
      );
      parsed.push(waiting ? waiting.keep(index, item) : item);
      progress.advance(context.display(input.file));
    }
  } catch (error) {
    waiting?.close();
    throw error;
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
  try {
    refuseSharedDestinations(parsed, context);
    for (const [index, kept] of parsed.entries()) writeOne(waiting ? waiting.take(index, kept) : kept, flags, context, readings.cache);
  } finally {
    waiting?.close();
  }
}

/** Writes (or merges) one parsed source and prints what was done. */
function writeOne(item: ParsedSource, flags: ParseFlags, context: CliContext, cache: ReadingCache | undefined): void {
  const fresh = item.existing === undefined || flags.overwrite === true;
  const report = writeParsedDocument(
    item.destination!,
    item.document,
    { existing: item.existing, framework: item.framework, sourceText: item.sourceText },
    { format: flags.format, overwrite: flags.overwrite === true, followSymlinks: flags.followSymlinks === true },
    fresh && item.key !== undefined && cache !== undefined ? renderedText(item.document, item.key, flags.format, cache) : undefined,
  );
  const summary = report.summary.replace(item.destination!, context.display(item.destination!));
  if (!flags.quiet) context.stderr.write(`${summary}${item.fromCache ? ' (read from the cache)' : ''}\n`);
  for (const notice of report.notices) {
    context.stderr.write(`${context.display(item.file)}:${notice.line}: warning: ${notice.message} [${notice.rule}]\n`);
  }
}

/**
 * A new file's text, from the cache when this reading was written in this format before
 * (serialising is most of a rerun's time), else rendered now and kept.
 */
function renderedText(document: CommitmentDocument, key: string, format: 'yaml' | 'json', cache: ReadingCache): string {
  const renderKey = createHash('sha256')
    .update(JSON.stringify({ reading: key, format, frameworkSource: document.frameworkSource ?? null }))
    .digest('hex');
  const kept = cache.get(renderKey);
  if (typeof kept === 'string') return kept;
  const text = serializeDocument(document, format);
  cache.put(renderKey, text);
  return text;
}

/**
 * Where the parsed sources of a run over many wait until every one has been read (nothing is
 * written before): their documents and source texts on disk, in a temporary folder, so memory
 * holds one at a time however many there are.
 */
function openWaitingRoom(): {
  keep(index: number, item: ParsedSource): ParsedSource;
  take(index: number, kept: ParsedSource): ParsedSource;
  close(): void;
} {
  const folder = mkdtempSync(path.join(tmpdir(), 'vawg-parse-'));
  const fileOf = (index: number): string => path.join(folder, `${index}.json`);
  return {
    keep(index, item) {
      writeFileSync(fileOf(index), JSON.stringify({ document: item.document, sourceText: item.sourceText }));
      // What deciding and reporting need stays: the force, where it goes, the document already there.
      const { force } = item.document;
      return { ...item, document: { force } as CommitmentDocument, sourceText: '' };
    },
    take(index, kept) {
      const { document, sourceText } = JSON.parse(readFileSync(fileOf(index), 'utf8')) as {
        document: CommitmentDocument;
        sourceText: string;
      };
      return { ...kept, document, sourceText };
    },
    close() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** One source read and parsed, with where it goes and the document already there. */
interface ParsedSource {
  file: string;
  document: CommitmentDocument;
  framework: Framework;
  sourceText: string;
  /** Whether the machine's reading came from the cache (no parsing this run). */
  fromCache: boolean;
  /** The reading's key in the cache, when it is read against the first framework and the cache is used. */
  key?: string;
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
  let key = first.key;
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
    key = undefined;
  }
  document = withFrameworkSource(document, frameworkSourceOf(framework, relativeTo));
  return {
    file,
    document,
    framework,
    sourceText,
    fromCache,
    ...(key === undefined ? {} : { key }),
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
