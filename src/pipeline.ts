import { classifyCommitments, defaultClassifierSettings, type ClassifierSettings } from './classify/index.js';
import { extractCommitments } from './extract/index.js';
import { detectForce, forceFromName, type ForceName } from './extract/force.js';
import { ingestFile, type IngestedDocument } from './ingest/index.js';
import { readProvenance } from './ingest/provenance.js';
import { toString } from 'mdast-util-to-string';
import { VawgError } from './io/errors.js';
import type { Limits } from './io/limits.js';
import { portablePath } from './io/paths.js';
import { DOCUMENT_VERSION, type CommitmentDocument, type Framework, type Statement } from './model/index.js';

/** How to turn one source into a commitment document. */
export interface ParseOptions {
  framework: Framework;
  /** Force name given by the user; wins over front matter, provenance and the text. */
  force?: string;
  /** Folder the document's `source` path is written relative to (default: the working directory). */
  relativeTo?: string;
  maxBytes?: number;
  /** The resource budget to read the source under; each limit's default unless given. */
  limits?: Partial<Limits>;
  settings?: ClassifierSettings;
}

/** Runs ingest, extract and classify on one source file and returns its commitment document. */
export async function parseStrategy(file: string, options: ParseOptions): Promise<CommitmentDocument> {
  const ingested = await ingestFile(file, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  return documentFromIngested(ingested, options);
}

/** Builds the commitment document of an already ingested source. */
export function documentFromIngested(ingested: IngestedDocument, options: ParseOptions): CommitmentDocument {
  const provenance = readProvenance(ingested.file);
  const force = chooseForce(ingested, options.force);
  const extraction = extractCommitments(ingested, force);
  const commitments = classifyCommitments(extraction.commitments, options.framework, options.settings ?? defaultClassifierSettings());
  return {
    version: DOCUMENT_VERSION,
    force,
    document: {
      title: stringField(ingested.frontmatter.title) ?? stringField(provenance.title) ?? extraction.title ?? firstLine(ingested),
      source: portablePath(ingested.file, options.relativeTo),
      sha256: ingested.sha256,
      format: ingested.format,
    },
    framework: options.framework.id,
    commitments,
    ...(extraction.statements.length > 0
      ? {
          statements: classifyCommitments(
            extraction.statements,
            options.framework,
            options.settings ?? defaultClassifierSettings(),
          ) as Statement[],
        }
      : {}),
    warnings: [...ingested.warnings, ...extraction.warnings],
  };
}

/** The force a source belongs to: the name given, else its front matter's or provenance file's `force`, else the force its text mentions most; undefined when none tells. */
export function identifyForce(ingested: IngestedDocument, fromUser?: string): ForceName | undefined {
  const named = fromUser ?? stringField(ingested.frontmatter.force) ?? stringField(readProvenance(ingested.file).force);
  if (named !== undefined) return forceFromName(named);
  return detectForce(ingested.plainText ?? ingested.text);
}

function chooseForce(ingested: IngestedDocument, fromUser: string | undefined): ForceName {
  const force = identifyForce(ingested, fromUser);
  if (force) return force;
  throw new VawgError('cannot tell which force this strategy belongs to: give --force NAME or a "force:" in front matter', {
    file: ingested.file,
  });
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A title for a document that declares none: its first heading, else its first line (cut at a word), as read with web furniture such as a "Quick exit" banner dropped. */
function firstLine(ingested: IngestedDocument): string {
  const heading = ingested.tree.children.find((block) => block.type === 'heading' && toString(block).trim() !== '');
  const block = heading ?? ingested.tree.children.find((candidate) => toString(candidate).trim() !== '');
  const line =
    (block === undefined
      ? ''
      : toString(block)
          .split('\n')
          .find((candidate) => candidate.trim() !== '')) ?? '';
  const trimmed = line.trim().replace(/\s+/gu, ' ');
  if (trimmed.length <= 120) return trimmed;
  const cut = trimmed.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
