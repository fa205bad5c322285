import { availableParallelism } from 'node:os';
import { DEFAULT_FRAMEWORK, loadFramework } from '../io/catalog.js';
import { resolveLimits } from '../io/limits.js';
import { cacheFolder, openReadingCache, readingKey, type ReadingCache } from '../io/parse-cache.js';
import { portablePath } from '../io/paths.js';
import { readInputBytes } from '../io/read-text.js';
import type { Framework } from '../model/index.js';
import type { CliContext } from './context.js';
import type { InputFile } from './inputs.js';
import { limitsFromFlags } from './limit-options.js';
import { createSourceReader, type SourceReader } from './parse-pool.js';
import type { MachineReading, ReadingTask } from './parse-reading.js';
import { resolveFramework } from './shared.js';

/** A machine reading and whether it came from the cache. */
export interface Reading {
  reading: MachineReading;
  fromCache: boolean;
  /** The reading's key in the cache, when the cache is used. */
  key?: string;
}

/** The readings of one run's sources, started at once and taken in input order. */
export interface Readings {
  /** The framework the sources are first read against (`--framework`, else the default). */
  framework: Framework;
  /** The reading of source `index` against that framework; its error, if it failed. */
  first(index: number): Promise<Reading>;
  /** The reading of source `index` against another framework (a document on disk recorded it). */
  with(index: number, framework: string): Promise<Reading>;
  close(): Promise<void>;
  /** The cache of this run, unless it is bypassed. */
  cache: ReadingCache | undefined;
}

/** What `vawg parse` options the readings depend on. */
export interface ReadingFlags {
  force?: string;
  framework?: string;
  jobs?: number;
  cache?: boolean;
}

/** How many sources per reading thread are started at a time, counting the one being taken: enough that none waits for work. */
const READ_AHEAD_PER_THREAD = 4;

/** One source made ready to read: its task (its bytes read once), or why it cannot be read. */
type Prepared = { task: ReadingTask; framework: Framework } | { error: unknown };

/**
 * Starts reading every source: each is looked up in the cache (unless `--no-cache`), and the rest
 * are read by a pool of `--jobs` worker threads (one per core by default; this thread when a single
 * source needs reading). Readings are taken in input order, so the output and the first error
 * reported are those of a serial run.
 */
export async function startReadings(
  inputs: InputFile[],
  relativeTo: string,
  flags: ReadingFlags,
  context: CliContext,
  openReader: (threads: number) => Promise<SourceReader> = createSourceReader,
): Promise<Readings> {
  const limits = limitsFromFlags(flags);
  const resolved = resolveLimits(limits);
  const framework = loadFramework(resolveFramework(flags.framework, context) ?? DEFAULT_FRAMEWORK);
  const bypass = flags.cache === false || (context.env.VAWG_NO_CACHE ?? '') !== '';
  const cache = bypass ? undefined : openReadingCache(cacheFolder(context.cwd, context.env));
  const prepare = (input: InputFile, reference: string, against: Framework): Prepared => {
    try {
      const content = readInputBytes(input.file, { maxBytes: resolved['max-size'], ...(input.content ? { content: input.content } : {}) });
      const task: ReadingTask = {
        file: input.file,
        content,
        framework: reference,
        relativeTo,
        limits,
        ...(flags.force === undefined ? {} : { force: flags.force }),
      };
      return { task, framework: against };
    } catch (error) {
      return { error };
    }
  };
  const firstReference = resolveFramework(flags.framework, context) ?? DEFAULT_FRAMEWORK;
  const prepared = inputs.map((input) => prepare(input, firstReference, framework));
  const keyOf = (ready: { task: ReadingTask; framework: Framework }): string =>
    readingKey({
      file: ready.task.file,
      content: ready.task.content,
      framework: ready.framework,
      sourcePath: portablePath(ready.task.file, relativeTo),
      limits: resolved,
      ...(ready.task.force === undefined ? {} : { force: ready.task.force }),
    });
  const keys = prepared.map((ready) => ('task' in ready && cache ? keyOf(ready) : undefined));
  const inCache = keys.map((key) => key !== undefined && cache!.has(key));
  const toRead = prepared.filter((ready, index) => 'task' in ready && !inCache[index]).length;
  const threads = Math.min(flags.jobs ?? availableParallelism(), toRead);
  const reader = await openReader(threads);
  // Sources go to the threads a few ahead of the one being taken, never all at once: a reading
  // waits in memory only until its turn, so memory holds a window of readings, not the whole run.
  // Cached readings are loaded only when their turn comes.
  const window = Math.max(1, threads) * READ_AHEAD_PER_THREAD;
  const firsts: (Promise<Reading> | undefined)[] = [];
  let nextToStart = 0;
  const startUpTo = (end: number): void => {
    for (; nextToStart < Math.min(end, prepared.length); nextToStart += 1) {
      if (!inCache[nextToStart]) firsts[nextToStart] = settle(prepared[nextToStart]!, undefined, keys[nextToStart], reader, cache);
    }
  };
  startUpTo(window);
  return {
    framework,
    first: (index) => {
      startUpTo(index + window);
      const started = firsts[index];
      // Taken once: dropping it lets the reading go once written, so memory holds a few, not all.
      firsts[index] = undefined;
      const ready = prepared[index]!;
      prepared[index] = { error: undefined };
      if (started !== undefined) return started;
      const key = keys[index];
      return settle(ready, key === undefined ? undefined : (cache!.get(key) as MachineReading | undefined), key, reader, cache);
    },
    with: (index, reference) => {
      const ready = prepare(inputs[index]!, reference, loadFramework(reference));
      const key = 'task' in ready && cache ? keyOf(ready) : undefined;
      return settle(ready, key === undefined ? undefined : (cache!.get(key) as MachineReading | undefined), key, reader, cache);
    },
    close: () => reader.close(),
    cache,
  };
}

/** The reading of one prepared source: from the cache, or read now and stored; an error is kept for its turn. */
function settle(
  ready: Prepared,
  cached: MachineReading | undefined,
  key: string | undefined,
  reader: SourceReader,
  cache: ReadingCache | undefined,
): Promise<Reading> {
  const reading: Promise<Reading> =
    'error' in ready
      ? Promise.reject(ready.error)
      : cached !== undefined
        ? Promise.resolve({ reading: cached, fromCache: true, ...(key === undefined ? {} : { key }) })
        : reader.read(ready.task).then((fresh) => {
            if (key !== undefined) cache?.put(key, fresh);
            return { reading: fresh, fromCache: false, ...(key === undefined ? {} : { key }) };
          });
  // Taken in input order later: an error of a later source must not surface as unhandled meanwhile.
  reading.catch(() => undefined);
  return reading;
}
