import { existsSync } from 'node:fs';
import { serializeDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { readForUpdate, writeFileSafely, type ReadForUpdate } from '../io/write-file.js';
import { parseYamlText, type LocatedYaml } from '../io/yaml-file.js';
import { stringifyYaml } from '../io/yaml-layout.js';
import { checkMergeable } from '../merge/preflight.js';
import { describeSummary, mergeDocument, type MergeNotice } from '../merge/index.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import type { Document } from 'yaml';

/** A commitment document already at the output path, as read before a merge. */
export interface ExistingOutput {
  file: string;
  read: ReadForUpdate;
  yaml: LocatedYaml;
  /** The format the file is in, which a merge keeps whatever `--format` says. */
  format: 'yaml' | 'json';
}

/** How `vawg parse -o` treats an existing file. */
export interface WriteOptions {
  format: 'yaml' | 'json';
  /** Replace the file outright instead of merging into it. */
  overwrite: boolean;
  /** Write through a symbolic link at the output path. */
  followSymlinks: boolean;
}

/** What writing one document did, for the line `vawg parse` prints. */
export interface WriteReport {
  summary: string;
  notices: MergeNotice[];
}

/** Reads the document at an output path, if there is one to merge into. */
export function readExistingOutput(file: string): ExistingOutput | undefined {
  if (!existsSync(file)) return undefined;
  const read = readForUpdate(file);
  return { file, read, yaml: parseYamlText(read.text, file), format: /^\s*[{[]/.test(read.text) ? 'json' : 'yaml' };
}

/**
 * Writes a parsed document safely. Over an existing commitment document it merges (see
 * `src/merge/README.md`), keeps the file's own format (YAML stays YAML, with its comments), and
 * refuses to write if the file changed on disk meanwhile.
 */
export function writeParsedDocument(
  destination: string,
  fresh: CommitmentDocument,
  merge: { existing: ExistingOutput | undefined; framework: Framework; sourceText: string },
  options: WriteOptions,
  /** The fresh document already serialised in `options.format` (from the cache), for a new file. */
  rendered?: string,
): WriteReport {
  const write = { followSymlinks: options.followSymlinks };
  const existing = merge.existing;
  if (existing === undefined || options.overwrite) {
    writeFileSafely(destination, rendered ?? serializeDocument(fresh, options.format), {
      ...write,
      ...(options.overwrite ? {} : { expectedSha256: null }),
    });
    return { summary: `wrote ${destination}: ${fresh.commitments.length} commitments, ${fresh.warnings.length} warnings`, notices: [] };
  }
  checkMergeable(existing.yaml, fresh, merge.framework);
  const { document, summary, notices } = mergeDocument({ existing: existing.yaml.document, fresh, sourceText: merge.sourceText });
  const text = renderMerged(document, existing);
  writeFileSafely(destination, text, { ...write, expectedSha256: existing.read.sha256 });
  const kept =
    existing.format !== options.format ? ` (kept as ${existing.format.toUpperCase()}, as the file was; --format applies to new files)` : '';
  return { summary: `merged into ${destination}${kept}: ${describeSummary(summary)}`, notices };
}

/** The merged document in the file's own format, checked to read back as the same data before anything is written. */
export function renderMerged(document: Document, existing: Pick<ExistingOutput, 'file' | 'format'>): string {
  const value = document.toJS() as unknown;
  const text = existing.format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : stringifyYaml(document);
  const back = JSON.stringify(parseYamlText(text, existing.file).value);
  if (back !== JSON.stringify(value)) {
    throw new VawgError(
      'the merged document would not read back as written (an anchor or alias the merge cannot keep?): nothing was written',
      {
        file: existing.file,
      },
    );
  }
  return text;
}
