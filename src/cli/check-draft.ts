import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { ingestFile } from '../ingest/index.js';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import type { Limits } from '../io/limits.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import { documentFromIngested, identifyForce } from '../pipeline.js';
import type { CliContext } from './context.js';
import type { InputFile } from './inputs.js';

/** A draft ready to check: its commitments, its tree (for headings and inline directives), and the file findings point into. */
export interface LoadedDraft {
  document: CommitmentDocument;
  tree: Root | undefined;
  findingsFile: string;
  /** Set when nothing told which force the draft belongs to, and it was named from its file name instead. */
  guessedForce?: string;
}

/**
 * Reads a draft: a source (markdown, text, HTML, PDF, Word) is parsed on the fly; a commitment YAML is taken as it is,
 * so analysts' corrections count. A source whose force nothing names (no `--force`, front matter, provenance file or
 * mention in the text) is checked under a name made from its file name, never refused.
 */
export async function loadDraft(
  input: InputFile,
  framework: Framework,
  context: CliContext,
  options: { limits?: Partial<Limits>; force?: string } = {},
): Promise<LoadedDraft> {
  const { file } = input;
  const limits = options.limits ?? {};
  const content = input.content === undefined ? {} : { content: input.content };
  if (/\.(ya?ml|json)$/i.test(file)) {
    const loaded = loadValidDocument(file, framework.path, content);
    if (loaded.document.framework !== framework.id) {
      throw new VawgError(`maps to ${loaded.document.framework}, not ${framework.id}`, { file, ...loaded.yaml.locate('/framework') });
    }
    const source = path.resolve(path.dirname(file), loaded.document.document.source);
    if (!existsSync(source)) return { document: loaded.document, tree: undefined, findingsFile: context.display(file) };
    return { document: loaded.document, tree: (await ingestFile(source, { limits })).tree, findingsFile: context.display(source) };
  }
  const ingested = await ingestFile(file, { limits, ...content });
  const named = identifyForce(ingested, options.force);
  const guessed = named === undefined ? path.basename(file, path.extname(file)) : undefined;
  const force = options.force ?? guessed;
  return {
    document: documentFromIngested(ingested, { framework, relativeTo: context.cwd, ...(force === undefined ? {} : { force }) }),
    tree: ingested.tree,
    findingsFile: context.display(file),
    ...(guessed === undefined ? {} : { guessedForce: guessed }),
  };
}
