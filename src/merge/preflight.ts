import { knownForce } from '../extract/force.js';
import { documentProblems } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import type { LocatedYaml } from '../io/yaml-file.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import { foldName } from '../text/names.js';

/**
 * Checks that a fresh parse may be merged into a document on disk, and returns the document: it must
 * be a valid commitment document of the same force (not merely the same slug) and the same
 * framework, with no id used twice. Each refusal is one positioned line; nothing is written.
 */
export function checkMergeable(existing: LocatedYaml, fresh: CommitmentDocument, framework: Framework): CommitmentDocument {
  const file = existing.file;
  const document = requireCommitmentDocument(existing.value, file);
  const name = typeof document.force.name === 'string' ? document.force.name : '';
  if (document.force.slug !== fresh.force.slug) {
    throw new VawgError(`holds ${name}'s commitments, not ${fresh.force.name}'s: write to another file, or use --overwrite to replace it`, {
      file,
      ...existing.locate('/force'),
    });
  }
  if (!sameForce(name, fresh.force.name, fresh.force.slug)) {
    throw new VawgError(
      `holds the commitments of "${name}"; "${fresh.force.name}" gets the same file name (${fresh.force.slug}): two forces are never merged into one file; write to another file with -o`,
      { file, ...existing.locate('/force') },
    );
  }
  if (document.framework !== fresh.framework) {
    throw new VawgError(
      `holds mappings to ${String(document.framework)}, not ${fresh.framework}: parse with --framework ${String(document.framework)}, or use --overwrite to replace it`,
      { file, ...existing.locate('/framework') },
    );
  }
  const problems = documentProblems(existing, framework);
  const first = problems[0];
  if (first) {
    throw new VawgError(
      `is not a valid commitment document (${first.message}): fix it first (vawg validate), or use --overwrite to replace it`,
      first,
    );
  }
  return document;
}

/** Two force names are the same force when they fold to the same text, or both name the same known force. */
function sameForce(existing: string, fresh: string, slug: string): boolean {
  if (foldName(existing) === foldName(fresh)) return true;
  const known = knownForce(existing);
  return known !== undefined && known.slug === slug && knownForce(fresh)?.slug === slug;
}

function requireCommitmentDocument(value: unknown, file: string): CommitmentDocument {
  const candidate = value as Partial<CommitmentDocument> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    candidate.version !== 1 ||
    !Array.isArray(candidate.commitments) ||
    typeof candidate.force !== 'object' ||
    candidate.force === null
  ) {
    throw new VawgError('exists and is not a commitment document: vawg parse will not overwrite it (use --overwrite to replace it)', {
      file,
    });
  }
  return candidate as CommitmentDocument;
}
