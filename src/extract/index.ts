import type { IngestedDocument } from '../ingest/index.js';
import type { Commitment, DocumentWarning, SourcePosition } from '../model/index.js';
import { walkBlocks } from './blocks.js';
import { namedEntities } from './entities.js';
import { assignIds } from './ids.js';
import { commitmentReason } from './select.js';
import { strengthOf } from './strength.js';
import { fieldsOf } from './fields.js';
import { rowStrength, type RowFields } from './table-candidates.js';

/** What the extract stage finds in one document. */
export interface Extraction {
  commitments: Commitment[];
  warnings: DocumentWarning[];
  /** The document's title, when it has a top-level heading. */
  title?: string;
}

/** Finds the commitments in an ingested document, with section, position, strength and named initiatives; actions are left empty for the classifier. */
export function extractCommitments(document: IngestedDocument, slug: string): Extraction {
  const walked = walkBlocks(document.tree, document.text);
  const place =
    document.mapPosition ?? ((point: { line: number; column: number }): SourcePosition => ({ line: point.line, column: point.column }));
  const reasons: (string | undefined)[] = [];
  walked.candidates.forEach((candidate, index) => {
    const previous = index > 0 ? { candidate: walked.candidates[index - 1]!, reason: reasons[index - 1] } : undefined;
    reasons.push(commitmentReason(candidate, previous));
  });
  const chosen = walked.candidates.filter((_, index) => reasons[index] !== undefined);
  const ids = assignIds(
    slug,
    chosen.map((candidate) => candidate.text),
  );
  const commitments = chosen.map((candidate, index): Commitment => {
    const entities = namedEntities(candidate.text);
    const commitment: Commitment = {
      id: ids[index] as string,
      text: candidate.text,
      section: candidate.section,
      ...(candidate.leadIn ? { leadIn: candidate.leadIn.text } : {}),
      position: place(candidate),
      strength: candidate.fields ? rowStrength(candidate.text, candidate.fields) : strengthOf(candidate.text, candidate.leadIn?.text),
      actions: [],
    };
    if (entities.initiatives.length > 0) commitment.initiatives = entities.initiatives;
    if (entities.powers.length > 0) commitment.powers = entities.powers;
    Object.assign(commitment, fieldsOf(candidate.text), candidate.fields ? rowFieldsOf(candidate.fields) : {});
    return commitment;
  });
  const warnings = walked.warnings.map((warning) => placeWarning(warning, place));
  const extraction: Extraction = { commitments, warnings };
  if (walked.title !== undefined) extraction.title = walked.title;
  return extraction;
}

/** The owner, due date and measure a table row's cells give, where it has them. */
function rowFieldsOf(fields: RowFields): Pick<Commitment, 'owner' | 'due' | 'measure'> {
  const given: Pick<Commitment, 'owner' | 'due' | 'measure'> = {};
  if (fields.owner !== undefined) given.owner = fields.owner;
  if (fields.due !== undefined) given.due = fields.due;
  if (fields.measure !== undefined) given.measure = fields.measure;
  return given;
}

/** A warning moved to the place in the original file; a page number (which warnings have no field for) goes into the message. */
function placeWarning(warning: DocumentWarning, place: (point: { line: number; column: number }) => SourcePosition): DocumentWarning {
  const position = place(warning);
  const message = position.page === undefined ? warning.message : `${warning.message} (page ${position.page})`;
  return { ...warning, message, line: position.line, column: position.column };
}
