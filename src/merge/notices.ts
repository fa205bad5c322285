/** Something the merge did that an analyst should look at, with the item it concerns. */
export interface MergeNotice {
  /** What kind of notice: a stable id, as rule ids are. */
  rule:
    | 'analyst-commitment-unmatched'
    | 'analyst-commitment-reworded'
    | 'analyst-work-retired'
    | 'noted-mapping-kept'
    | 'voice-changed'
    | 'retired-in-source-again'
    | 'anchor-kept';
  id: string;
  /** Line of the item in the source, as the document records it. */
  line: number;
  message: string;
}

/** What a merge did with the items (commitments and statements) of the old document, and what it added. */
export interface MergeSummary {
  /** Old items left exactly as they were. */
  kept: number;
  /** Old items the merge changed (text, place, mappings, list). */
  updated: number;
  /** Of those updated, how many were matched by similar wording because the source reworded them. */
  reworded: number;
  /** Old items moved to `retired` because their text is gone from the source. */
  retired: number;
  /** Fresh items added. */
  added: number;
  /** Items in the merged document that carry analyst work. */
  withAnalystEdits: number;
  /** Commitments of the force's own in the merged document. */
  commitments: number;
  /** Statements of other voices in the merged document. */
  statements: number;
}

/** The one-line account of a merge: what the document now holds, and every old item (commitment or statement) kept, updated or retired. */
export function describeSummary(summary: MergeSummary): string {
  return (
    `${plural(summary.commitments, 'commitment')} and ${plural(summary.statements, 'statement')} of other voices; ` +
    `of the items before, kept ${summary.kept}, updated ${summary.updated} (${summary.reworded} reworded in the source), ` +
    `retired ${summary.retired}; added ${summary.added}; ${summary.withAnalystEdits} carry analyst edits`
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
