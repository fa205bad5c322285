import type { IngestedDocument } from '../ingest/index.js';
import type { Commitment, DocumentWarning, SourcePosition, Statement } from '../model/index.js';
import { forceAliases } from './aliases.js';
import { namedEntities } from './entities.js';
import { fieldsOf } from './fields.js';
import { assignIds } from './ids.js';
import { LineIndex } from './locate.js';
import { readDocument, type Unit } from './read.js';
import { rowFields } from './row-fields.js';

/** What the extract stage finds in one document. */
export interface Extraction {
  commitments: Commitment[];
  /** Pledges and statements in other voices (the PCC, national bodies, partners, government). */
  statements: Statement[];
  warnings: DocumentWarning[];
  /** The document's title, when it has a top-level heading. */
  title?: string;
}

/** Front-matter keys that name who speaks in a document, most telling first. */
const DECLARING_KEYS = ['author', 'publisher', 'published_by', 'issued_by', 'organisation', 'organization', 'title'];

/**
 * Finds the force's commitments in an ingested document, and the statements of other voices, each with
 * its section, lead-in, position, strength, named initiatives, owner, due date and measure; actions are left
 * empty for the classifier.
 */
export function extractCommitments(document: IngestedDocument, force: { name: string; slug: string }): Extraction {
  // Who wrote or published the document says who "we" is before its title does ("Hartwell Police and Crime Plan"
  // is published by the Commissioner's office).
  const declared = DECLARING_KEYS.map((key) => document.frontmatter[key]).filter((value): value is string => typeof value === 'string');
  const reading = readDocument(document.tree, document.text, forceAliases(force.name), declared);
  const index = new LineIndex(document.text);
  const place = (offset: number): SourcePosition => {
    const point = index.position(offset);
    return document.mapPosition ? document.mapPosition(point) : point;
  };
  const ids = assignIds(
    force.slug,
    reading.units.map((unit) => unit.text),
  );
  const commitments: Commitment[] = [];
  const statements: Statement[] = [];
  reading.units.forEach((unit, position) => {
    const commitment = toCommitment(unit, ids[position]!, place);
    const { kind, voice, alsoVoice } = unit.decision;
    if (kind === 'commitment') {
      commitments.push(commitment);
      // Another voice's pledge in the same unit is a statement of its own, with an id of its own.
      if (alsoVoice !== undefined) statements.push({ ...commitment, id: `${commitment.id}-${alsoVoice}`, voice: alsoVoice });
    } else if (voice !== 'force') statements.push({ ...commitment, voice });
  });
  const warnings = reading.warnings.map((warning) => placeWarning(warning, place(warning.offset)));
  const extraction: Extraction = { commitments, statements, warnings };
  if (reading.title !== undefined) extraction.title = reading.title;
  return extraction;
}

function toCommitment(unit: Unit, id: string, place: (offset: number) => SourcePosition): Commitment {
  const entities = namedEntities(unit.text);
  const commitment: Commitment = {
    id,
    text: unit.text,
    section: unit.section,
    ...(unit.leadIn ? { leadIn: unit.leadIn } : {}),
    position: place(unit.offset),
    strength: unit.decision.strength,
    actions: [],
  };
  // The owner and due date the wording states; a table row's Lead, By when and Measure cells take precedence.
  Object.assign(commitment, fieldsOf(unit.text), unit.row ? rowFields(unit.row) : {});
  if (entities.initiatives.length > 0) commitment.initiatives = entities.initiatives;
  if (entities.powers.length > 0) commitment.powers = entities.powers;
  if (unit.speaker !== undefined) commitment.speaker = unit.speaker;
  return commitment;
}

/** A warning moved to its place in the original file; a page number (which warnings have no field for) goes into the message. */
function placeWarning(warning: { rule: string; message: string }, position: SourcePosition): DocumentWarning {
  const message = position.page === undefined ? warning.message : `${warning.message} (page ${position.page})`;
  return { rule: warning.rule, message, line: position.line, column: position.column };
}
