import { existsSync, readFileSync } from 'node:fs';
import { serializeDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { mergeIntoExisting, type MergeSummary } from '../io/merge.js';
import { readInputText } from '../io/read-text.js';
import { writeFileAtomic } from '../io/write-file.js';
import { stringifyYaml } from '../io/yaml-layout.js';
import type { CommitmentDocument } from '../model/index.js';

/** How `vawg parse -o` treats an existing file. */
export interface WriteOptions {
  format: 'yaml' | 'json';
  /** Replace the file outright instead of merging into it. */
  overwrite: boolean;
  /** The source the document was parsed from, to tell reworded commitments from ones that disappeared. */
  sourceFile: string;
}

/** Writes a parsed document atomically; over an existing commitment document it merges, keeping every analyst edit. */
export function writeParsedDocument(destination: string, fresh: CommitmentDocument, options: WriteOptions): string {
  if (!existsSync(destination) || options.overwrite) {
    writeFileAtomic(destination, serializeDocument(fresh, options.format));
    return `wrote ${destination}: ${fresh.commitments.length} commitments, ${fresh.warnings.length} warnings`;
  }
  const { document, summary } = mergeIntoExisting(
    readFileSync(destination, 'utf8'),
    destination,
    fresh,
    sourceTextOf(options.sourceFile, fresh),
  );
  const text = options.format === 'json' ? `${JSON.stringify(document.toJS(), null, 2)}\n` : stringifyYaml(document);
  writeFileAtomic(destination, text);
  return `merged into ${destination}: ${describe(summary)}`;
}

function describe(summary: MergeSummary): string {
  return (
    `kept ${summary.kept} (${summary.withAnalystEdits} with analyst edits, ${summary.reworded} reworded in the source), ` +
    `added ${summary.added}, retired ${summary.retired}`
  );
}

function sourceTextOf(sourceFile: string, fresh: CommitmentDocument): string {
  try {
    return readInputText(sourceFile);
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    return fresh.commitments.map((commitment) => commitment.text).join('\n');
  }
}
