import type { ActionMatch, Commitment, Statement } from '../../model/index.js';
import { Anchors } from './anchors.js';
import type { HtmlReportInput, ReportDocument } from './input.js';
import { phraseRanges, SourceIndex, type LocatedSentence, type TextRange } from './source-locate.js';

/** Where a commitment or statement sits in the embedded source, and how the report points at it. */
export interface SentencePlace {
  /** Fragment id a link to the sentence goes to. */
  anchor: string;
  /** Class shared by every highlighted piece of the sentence, so the whole sentence lights up when it is the target. */
  className: string;
  /** Where the sentence is in the source text, if it was found. */
  range?: LocatedSentence;
  /** Evidence phrases inside the sentence, as offsets into the source text. */
  phrases: TextRange[];
  /** Whether it is a statement in another voice rather than the force's own commitment. */
  otherVoice: boolean;
}

/** One mapping of a commitment to an action as the report shows it. */
export interface MappingView {
  match: ActionMatch;
  /**
   * The crosswalk relation the mapping was carried through, when coverage is read against a
   * framework other than the one the document maps to; undefined for a direct mapping.
   */
  via?: string;
}

/** One force's document with everything its sections link to. */
export interface ForceView {
  /** Fragment id of the force's section. */
  id: string;
  /** Position of the document in the report, from 0. */
  index: number;
  report: ReportDocument;
  source?: SourceIndex;
  /** Commitments and statements with their place in the source, in document order. */
  places: Map<Commitment, SentencePlace>;
  statements: Statement[];
  /** Fragment id of an action's row in the force's gap report. */
  actionId(actionId: string): string;
  /** Fragment id of a part of the force's section: `statements`, `source`, `unmapped`, `warnings`. */
  partId(part: string): string;
  /** Fragment id of a line of the source. */
  lineId(line: { line: number; page?: number }): string;
  /** A commitment's (or statement's) mappings to an action. */
  mappings(commitment: Commitment, actionId: string): MappingView[];
  /** How many mappings to an action are flagged for an analyst's review. */
  reviewCount(actionId: string): number;
  /** The pillars of the report's framework a commitment is mapped to (through the crosswalk when there is one). */
  pillarsOf(commitment: Commitment): string[];
}

/** The whole report: its documents, ids, and the anchors every part shares. */
export interface ReportView {
  input: HtmlReportInput;
  anchors: Anchors;
  forces: ForceView[];
}

/** Ids the page's own parts use, kept from any force whose slug happens to match them. */
const FIXED_IDS = [
  'top',
  'contents',
  'filters',
  'filter-count',
  'overview',
  'overview-title',
  'heatmap',
  'bars',
  'compare',
  'compare-title',
  'versions',
  'versions-title',
];

/** Assigns every id the report links to and finds each commitment in its source. */
export function buildReportView(input: HtmlReportInput): ReportView {
  const anchors = new Anchors();
  for (const fixed of FIXED_IDS) anchors.id(fixed);
  let sentenceCount = 0;
  const pillars = new Map<string, string>();
  for (const pillar of input.framework.pillars) {
    pillars.set(pillar.id, pillar.id);
    for (const action of pillar.actions) pillars.set(action.id, pillar.id);
  }
  const forces = input.documents.map((report, index): ForceView => {
    const id = anchors.fresh(report.document.force.slug);
    const source = report.source ? new SourceIndex(report.source.lines) : undefined;
    const statements = report.document.statements ?? [];
    const places = new Map<Commitment, SentencePlace>();
    const all: [Commitment, boolean][] = [
      ...report.document.commitments.map((commitment): [Commitment, boolean] => [commitment, false]),
      ...statements.map((statement): [Commitment, boolean] => [statement, true]),
    ];
    for (const [commitment, otherVoice] of all) {
      sentenceCount += 1;
      const found = source?.locate(commitment.position, commitment.text);
      const range = found && found.end > found.start ? found : undefined;
      const place: SentencePlace = {
        anchor: anchors.id(id, otherVoice ? 'st' : 'c', commitment.id),
        className: `m${sentenceCount.toString(36)}`,
        phrases: range && source ? phrasesInSource(source.text, range, commitment) : [],
        otherVoice,
      };
      if (range) place.range = range;
      places.set(commitment, place);
    }
    const carried = new Map(report.coverage.actions.map((action) => [action.id, action.carried ?? []]));
    const through = report.coverage.through !== undefined;
    const mappings = (commitment: Commitment, actionId: string): MappingView[] => {
      if (!through) return commitment.actions.filter((match) => match.id === actionId).map((match) => ({ match }));
      return (carried.get(actionId) ?? [])
        .filter((entry) => entry.commitment === commitment.id)
        .flatMap((entry) =>
          commitment.actions
            .filter((match) => match.id === entry.from)
            .map((match) => ({ match, via: `from ${entry.from}, ${entry.relation}` })),
        );
    };
    const pillarsOf = (commitment: Commitment): string[] => {
      const targets = through
        ? report.coverage.actions.filter((action) => mappings(commitment, action.id).length > 0).map((action) => action.id)
        : commitment.actions.map((match) => match.id);
      return [...new Set(targets.map((target) => pillars.get(target) ?? target))].sort();
    };
    return {
      id,
      index,
      report,
      ...(source ? { source } : {}),
      places,
      statements,
      actionId: (actionId) => anchors.id(id, 'a', actionId),
      partId: (part) => anchors.id(id, part),
      lineId: (line) => anchors.id(id, line.page === undefined ? 'l' : `p${line.page}-l`, String(line.line)),
      mappings,
      pillarsOf,
      reviewCount: (actionId) =>
        report.document.commitments.reduce(
          (count, commitment) => count + mappings(commitment, actionId).filter((mapping) => mapping.match.review === true).length,
          0,
        ),
    };
  });
  return { input, anchors, forces };
}

/** The evidence phrases a commitment's mappings found in its own text, as offsets into the source. */
function phrasesInSource(text: string, range: TextRange, commitment: Commitment): TextRange[] {
  const phrases = evidencePhrases(commitment);
  if (phrases.length === 0) return [];
  return phraseRanges(text.slice(range.start, range.end), phrases).map((found) => ({
    start: found.start + range.start,
    end: found.end + range.start,
  }));
}

/** The phrases found in a commitment's own text by any of its mappings. */
export function evidencePhrases(commitment: Commitment): string[] {
  return commitment.actions.flatMap((match) => (match.evidence ?? []).filter((item) => item.in === 'text').map((item) => item.phrase));
}

/** Evidence phrase ranges of a commitment's own text. */
export function phrasesInText(commitment: Commitment): TextRange[] {
  return phraseRanges(commitment.text, evidencePhrases(commitment));
}
