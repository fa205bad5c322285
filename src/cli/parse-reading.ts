import { ingestFile } from '../ingest/index.js';
import { loadFramework } from '../io/catalog.js';
import type { Limits } from '../io/limits.js';
import { sourceTextOf } from '../merge/source-text.js';
import type { CommitmentDocument } from '../model/index.js';
import { documentFromIngested } from '../pipeline.js';

/** One source to read by machine: what a worker of the pool receives. */
export interface ReadingTask {
  /** Absolute path: its name gives the format, and its folder the provenance file beside it. */
  file: string;
  /** The source's bytes, read once by the caller (so what is hashed for the cache is what is parsed). */
  content: Uint8Array;
  /** A bundled framework id, or the absolute path of a catalog file. */
  framework: string;
  relativeTo: string;
  force?: string;
  limits: Partial<Limits>;
}

/** The machine's reading of one source, before any merge with an analyst's document. */
export interface MachineReading {
  document: CommitmentDocument;
  /** The source's text as the merge checks quotes against it. */
  sourceText: string;
}

/** Reads one source: ingest, extract and classify, as `vawg parse` does in-process or in a worker thread. */
export async function readSource(task: ReadingTask): Promise<MachineReading> {
  const ingested = await ingestFile(task.file, { limits: task.limits, content: Buffer.from(task.content) });
  const document = documentFromIngested(ingested, {
    framework: loadFramework(task.framework),
    relativeTo: task.relativeTo,
    ...(task.force === undefined ? {} : { force: task.force }),
  });
  return { document, sourceText: sourceTextOf(ingested) };
}
