import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { ingestFile } from '../ingest/index.js';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import type { Limits } from '../io/limits.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import { documentFromIngested } from '../pipeline.js';
import type { CliContext } from './context.js';

/** A draft ready to check: its commitments, its tree (for headings), and the file findings point into. */
export interface LoadedDraft {
  document: CommitmentDocument;
  tree: Root | undefined;
  findingsFile: string;
}

/** Reads a draft: a source (markdown, text, HTML, PDF, Word) is parsed on the fly; a commitment YAML is taken as it is, so analysts' corrections count. */
export async function loadDraft(
  file: string,
  framework: Framework,
  context: CliContext,
  limits: Partial<Limits> = {},
): Promise<LoadedDraft> {
  if (/\.(ya?ml|json)$/i.test(file)) {
    const loaded = loadValidDocument(file, framework.path);
    if (loaded.document.framework !== framework.id) {
      throw new VawgError(`maps to ${loaded.document.framework}, not ${framework.id}`, { file, ...loaded.yaml.locate('/framework') });
    }
    const source = path.resolve(path.dirname(file), loaded.document.document.source);
    if (!existsSync(source)) return { document: loaded.document, tree: undefined, findingsFile: context.display(file) };
    return { document: loaded.document, tree: (await ingestFile(source, { limits })).tree, findingsFile: context.display(source) };
  }
  const ingested = await ingestFile(file, { limits });
  return {
    document: documentFromIngested(ingested, { framework, relativeTo: context.cwd }),
    tree: ingested.tree,
    findingsFile: context.display(file),
  };
}
