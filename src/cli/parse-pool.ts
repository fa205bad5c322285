import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { VawgError, type Location } from '../io/errors.js';
import { packagePath } from '../io/paths.js';
import type { MachineReading, ReadingTask } from './parse-reading.js';

/** Reads sources by machine, in this thread or in a pool of worker threads. */
export interface SourceReader {
  read(task: ReadingTask): Promise<MachineReading>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/** An error as it crosses from a worker thread: a worker's VawgError keeps its message, location and exit code. */
interface CarriedError {
  carried: { message: string; location?: Location; exitCode: number; vawg: boolean };
}

/** The compiled worker module; the pool needs the built package (`npm run build`), and reads in this thread without it. */
function workerFile(): string | undefined {
  const file = packagePath('dist', 'cli', 'parse-worker.js');
  return existsSync(file) ? file : undefined;
}

/**
 * A reader that uses `threads` worker threads (piscina), or this thread when one is enough or the
 * worker module is not built. Each worker loads the pipeline once and reads source after source.
 */
export async function createSourceReader(threads: number): Promise<SourceReader> {
  const file = threads > 1 ? workerFile() : undefined;
  if (file === undefined) {
    // The pipeline is loaded here only when this thread reads: with workers, they alone load it.
    const { readSource } = await import('./parse-reading.js');
    return { read: readSource, close: () => Promise.resolve() };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ReadingTask, MachineReading | CarriedError>({
    filename: pathToFileURL(file).href,
    minThreads: threads,
    maxThreads: threads,
    // Parsing is CPU-bound: one task per thread at a time, queued in input order.
    concurrentTasksPerWorker: 1,
    // An old generation kept near what one document needs: V8 otherwise lets garbage pile up to
    // hundreds of MiB per worker before collecting it. The nursery is large enough that short-lived
    // parse trees die young (an 8 MiB one spent a fifth of each worker's time collecting). A source
    // too large for the limit is read again in this thread (below), without it.
    resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 192 },
  });
  return {
    async read(task) {
      let result: MachineReading | CarriedError;
      try {
        result = await pool.run(task);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        const { readSource } = await import('./parse-reading.js');
        return readSource(task);
      }
      if ('carried' in result) {
        const { message, location, exitCode, vawg } = result.carried;
        throw vawg ? new VawgError(message, location, exitCode) : new Error(message);
      }
      return result;
    },
    close: () => pool.destroy(),
  };
}

/** Runs a reading in a worker, returning an error as data so that a VawgError stays one on the other side. */
export async function readCarryingErrors(task: ReadingTask): Promise<MachineReading | CarriedError> {
  const { readSource } = await import('./parse-reading.js');
  try {
    return await readSource(task);
  } catch (error) {
    if (error instanceof VawgError) {
      return {
        carried: { message: error.message, exitCode: error.exitCode, vawg: true, ...(error.location ? { location: error.location } : {}) },
      };
    }
    return { carried: { message: error instanceof Error ? error.message : String(error), exitCode: 2, vawg: false } };
  }
}
