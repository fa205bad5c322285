import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitmentDocument, Framework } from '../model/index.js';
import { VawgError } from './errors.js';
import { packagePath, portablePath } from './paths.js';
import { sha256Hex } from './write-file.js';

/**
 * Where a document's framework catalog came from, for a catalog read from a file of the user's own:
 * its path relative to `relativeTo` (the output file's folder) and the SHA-256 of its bytes. A
 * bundled catalog is found again by its id, so nothing is recorded for it.
 */
export function frameworkSourceOf(framework: Framework, relativeTo: string): CommitmentDocument['frameworkSource'] {
  const file = path.resolve(framework.path);
  const bundled = path.relative(packagePath('frameworks'), file);
  if (!bundled.startsWith('..') && !path.isAbsolute(bundled)) return undefined;
  return { path: portablePath(file, relativeTo), sha256: sha256Hex(readFileSync(file)) };
}

/**
 * The framework reference a document on disk was parsed with: the recorded catalog file (resolved
 * against the document's folder) when there is one, else the framework id.
 */
export function frameworkReferenceOf(document: Pick<CommitmentDocument, 'framework' | 'frameworkSource'>, file: string): string {
  const recorded = document.frameworkSource?.path;
  if (recorded === undefined) return document.framework;
  return path.resolve(path.dirname(path.resolve(file)), recorded);
}

/** Like `frameworkReferenceOf`, but a recorded catalog that has gone missing is a clear error. */
export function requireFrameworkReference(document: Pick<CommitmentDocument, 'framework' | 'frameworkSource'>, file: string): string {
  const reference = frameworkReferenceOf(document, file);
  if (document.frameworkSource !== undefined) {
    try {
      readFileSync(reference);
    } catch {
      throw new VawgError(
        `was mapped to ${document.framework} from ${document.frameworkSource.path}, which cannot be read any more: give --framework PATH`,
        { file },
      );
    }
  }
  return reference;
}

/** Puts `frameworkSource` right after `framework`, where the document format has it. */
export function withFrameworkSource(document: CommitmentDocument, source: CommitmentDocument['frameworkSource']): CommitmentDocument {
  const entries = Object.entries(document).filter(([key]) => key !== 'frameworkSource');
  const at = entries.findIndex(([key]) => key === 'framework') + 1;
  if (source) entries.splice(at, 0, ['frameworkSource', source]);
  return Object.fromEntries(entries) as unknown as CommitmentDocument;
}
