import type { ActionMatch, Commitment, CommitmentDocument, Framework, Statement } from '../../model/index.js';

/** Version of the rows `vawg export` writes (their columns and their meaning). */
export const EXPORT_VERSION = 1;

/** One row of the export: one commitment (or statement of another voice) and one framework action it maps to. */
export interface ExportRow {
  force: string;
  force_name: string;
  /** The commitment document, as the user reads its path. */
  file: string;
  /** The source document the line, column and page point into. */
  source: string;
  framework: string;
  /** `commitment` (the force's own, counted for coverage) or `statement` (another voice's, never counted). */
  kind: 'commitment' | 'statement';
  id: string;
  text: string;
  line: number;
  column: number;
  page: number | null;
  /** The headings above the commitment, outermost first. */
  section: string[];
  lead_in: string | null;
  strength: string;
  /** Whose words: `force` for a commitment, the statement's voice (pcc, national, partner, government, other) otherwise. */
  voice: string;
  speaker: string | null;
  owner: string | null;
  due: string | null;
  measure: string | null;
  /** The action (or pillar, for a mapping to the pillar alone) mapped to; null for a commitment with no mapping. */
  action: string | null;
  pillar: string | null;
  confidence: number | null;
  /** Who made the mapping: `auto` or `analyst`. */
  mapped_by: string | null;
  /** Whether the mapping is flagged for an analyst to review. */
  review: boolean | null;
}

/** The columns of the export, in order. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'force',
  'force_name',
  'file',
  'source',
  'framework',
  'kind',
  'id',
  'text',
  'line',
  'column',
  'page',
  'section',
  'lead_in',
  'strength',
  'voice',
  'speaker',
  'owner',
  'due',
  'measure',
  'action',
  'pillar',
  'confidence',
  'mapped_by',
  'review',
];

/** A loaded document as the export reads it: the document, its framework, and its file and source as the user reads them. */
export interface ExportSource {
  document: CommitmentDocument;
  framework: Framework;
  file: string;
  source: string;
}

/**
 * One row per (commitment, action) of every document, commitments then statements in document order, each
 * commitment's mappings in the order written; a commitment with no mapping still gets one row, with the action empty.
 */
export function exportRows(sources: ExportSource[]): ExportRow[] {
  return sources.flatMap((source) => [
    ...source.document.commitments.flatMap((commitment) => rowsOf(commitment, 'commitment', 'force', source)),
    ...(source.document.statements ?? []).flatMap((statement: Statement) => rowsOf(statement, 'statement', statement.voice, source)),
  ]);
}

function rowsOf(commitment: Commitment, kind: ExportRow['kind'], voice: string, source: ExportSource): ExportRow[] {
  const pillarOf = pillarLookup(source.framework);
  const base = {
    force: source.document.force.slug,
    force_name: source.document.force.name,
    file: source.file,
    source: source.source,
    framework: source.document.framework,
    kind,
    id: commitment.id,
    text: commitment.text,
    line: commitment.position.line,
    column: commitment.position.column,
    page: commitment.position.page ?? null,
    section: commitment.section,
    lead_in: commitment.leadIn ?? null,
    strength: commitment.strength,
    voice,
    speaker: commitment.speaker ?? null,
    owner: commitment.owner ?? null,
    due: commitment.due ?? null,
    measure: commitment.measure ?? null,
  };
  if (commitment.actions.length === 0) return [{ ...base, action: null, pillar: null, confidence: null, mapped_by: null, review: null }];
  return commitment.actions.map((match: ActionMatch) => ({
    ...base,
    action: match.id,
    pillar: pillarOf.get(match.id) ?? null,
    confidence: match.confidence,
    mapped_by: match.by,
    review: match.review === true,
  }));
}

/** The pillar of every action and pillar id of a framework. */
function pillarLookup(framework: Framework): Map<string, string> {
  return new Map(
    framework.pillars.flatMap((pillar) => [
      [pillar.id, pillar.id] as const,
      ...pillar.actions.map((action) => [action.id, pillar.id] as const),
    ]),
  );
}
