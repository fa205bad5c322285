/** How firmly a commitment is stated. */
export type Strength = 'firm' | 'ongoing' | 'aspirational' | 'conditional';

/** All strengths, firmest first. */
export const STRENGTHS: readonly Strength[] = ['firm', 'ongoing', 'aspirational', 'conditional'];

/** Who made a statement in the document: the tool or a person reviewing it. */
export type Author = 'auto' | 'analyst';

/** A place in a source document (1-based line and column; page for paged formats). */
export interface SourcePosition {
  line: number;
  column: number;
  page?: number;
}

/** One piece of evidence behind an automatic mapping. */
export interface Evidence {
  /** Where the phrase was found: the commitment's own text, its section headings, or its lead-in. */
  in: 'text' | 'section' | 'lead-in';
  phrase: string;
  weight: number;
}

/** A commitment mapped to a framework action (or to a pillar alone). */
export interface ActionMatch {
  id: string;
  confidence: number;
  by: Author;
  evidence?: Evidence[];
  /** Set on automatic mappings whose confidence is under the review threshold: an analyst should look at them first. */
  review?: boolean;
  note?: string;
}

/** Whose statement a clause is: the force's own, or another body's. Only the force's voice counts towards coverage. */
export type Voice = 'force' | 'pcc' | 'national' | 'partner' | 'government' | 'other';

/** All voices, the force's first. */
export const VOICES: readonly Voice[] = ['force', 'pcc', 'national', 'partner', 'government', 'other'];

/** An analyst's statement that a commitment does not evidence an action. */
export interface RejectedMatch {
  id: string;
  note?: string;
}

/** One commitment found in a strategy. */
export interface Commitment {
  id: string;
  text: string;
  section: string[];
  /** The sentence that introduced the list this commitment is an item of. */
  leadIn?: string;
  position: SourcePosition;
  strength: Strength;
  /** `analyst` when a person wrote or corrected the commitment itself (text, strength). */
  by?: Author;
  actions: ActionMatch[];
  rejected?: RejectedMatch[];
  initiatives?: string[];
  powers?: string[];
  /** Who leads the work (a table's Lead/Owner cell, or "led by ..." in the text). */
  owner?: string;
  /** When it is due (a table's "By when" cell, or "by March 2026" in the text), as written. */
  due?: string;
  /** How success is measured (a table's Measure/Outcome cell). */
  measure?: string;
  /** The person quoted, when the commitment is quoted speech ("Chief Inspector Jane Doe"). */
  speaker?: string;
  note?: string;
}

/** A statement in the document made in a voice other than the force's (the PCC, a national body, a partner): kept for the analyst, never counted as the force's. */
export interface Statement extends Commitment {
  voice: Exclude<Voice, 'force'>;
}

/** Something the analyst should know about the source, with its place. */
export interface DocumentWarning {
  rule: string;
  message: string;
  line: number;
  column: number;
}

/** A commitment that disappeared from the source, kept so nobody's work is lost silently. */
export interface RetiredCommitment extends Commitment {
  reason: string;
}

/** The commitment document: one force's strategy as structured data. */
export interface CommitmentDocument {
  version: 1;
  force: { name: string; slug: string };
  document: { title: string; source: string; sha256: string; format: string };
  framework: string;
  /** Where the framework catalog was read from, so a re-parse finds a user's own catalog again. */
  frameworkSource?: { path: string; sha256: string };
  commitments: Commitment[];
  /** Pledges and statements of other voices (PCC, national bodies, partners, government). */
  statements?: Statement[];
  warnings: DocumentWarning[];
  retired?: RetiredCommitment[];
}

/** Version of the commitment document format this build writes and reads. */
export const DOCUMENT_VERSION = 1;
