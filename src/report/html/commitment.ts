import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Piece } from './piece.js';
import type { Commitment, Evidence, SourcePosition, Statement } from '../../model/index.js';
import { href } from './anchors.js';
import type { TextRange } from './source-locate.js';
import { phrasesInText, type ForceView, type MappingView } from './view.js';

/** Names of the voices a statement can be made in. */
export const VOICE_NAMES: Record<string, string> = {
  force: 'the force',
  pcc: 'police and crime commissioner',
  national: 'national bodies',
  partner: 'partners',
  government: 'government',
  other: 'other voices',
};

/** What a card shows about one commitment: under an action (with that action's mappings), or on its own. */
export interface CardOptions {
  /** The mappings to show (those to the action the card sits under); none for an unmapped commitment. */
  mappings: MappingView[];
  /** Whether the commitment covers the action it sits under (false: it touches the action only weakly). */
  covering?: boolean;
  /** For statements and cards outside an action: every id the commitment maps to. */
  showMappedIds?: boolean;
}

/**
 * One commitment (or statement) as a card: its text with the evidence phrases marked, a link to
 * its sentence in the source, strength, voice, and for each mapping its confidence, who made it
 * (auto or analyst), whether it is flagged for review, and its evidence. Data attributes let the
 * filters find it.
 */
export function commitmentCard(force: ForceView, commitment: Commitment, options: CardOptions): Element {
  const place = force.places.get(commitment);
  const voice = (commitment as Partial<Statement>).voice ?? 'force';
  const review = options.mappings.some((mapping) => mapping.match.review === true);
  const meta: Piece[] = [
    place ? h('a', { href: href(place.anchor) }, positionLabel(commitment.position, force.report.document.document.format)) : '',
    h('span', `strength: ${commitment.strength}`),
    h('span', `voice: ${VOICE_NAMES[voice] ?? voice}`),
    commitment.speaker ? h('span', `speaker: ${commitment.speaker}`) : '',
    ...options.mappings.flatMap((mapping) => mappingFacts(mapping)),
    options.showMappedIds ? h('span', `maps to: ${commitment.actions.map((match) => match.id).join(', ') || 'nothing'}`) : '',
    commitment.section.length > 0 ? h('span', `section: ${commitment.section.join(' › ')}`) : '',
    commitment.owner ? h('span', `owner: ${commitment.owner}`) : '',
    commitment.due ? h('span', `due: ${commitment.due}`) : '',
    commitment.measure ? h('span', `measure: ${commitment.measure}`) : '',
    commitment.by === 'analyst' ? h('span', 'text checked by an analyst') : '',
    place?.range && !place.range.exact ? h('span.flag', 'not word for word in the source: the closest match is highlighted') : '',
    h('span', `id: ${commitment.id}`),
  ];
  const notes = [commitment.note, ...options.mappings.map((mapping) => mapping.match.note)].filter((note): note is string => Boolean(note));
  return h(
    'li',
    {
      className: ['card', voice === 'force' ? '' : 'other', options.covering === false ? 'weak' : ''].filter(Boolean),
      dataItem: '',
      dataStrength: commitment.strength,
      dataVoice: voice,
      dataReview: review ? '1' : '0',
      dataPillars: force.pillarsOf(commitment).join(' '),
    },
    [
      commitment.leadIn ? h('div.meta', `lead-in: ${commitment.leadIn}`) : '',
      h('q', markedText(commitment.text, phrasesInText(commitment))),
      h('div.meta', meta),
      ...notes.map((note) => h('div.meta', `note: ${note}`)),
    ],
  );
}

/** How a position reads: "line 12", "page 3, line 12", or "paragraph 12" for Word. */
export function positionLabel(position: SourcePosition, format: string): string {
  if (position.page !== undefined) return `page ${position.page}, line ${position.line}`;
  return format === 'docx' ? `paragraph ${position.line}` : `line ${position.line}`;
}

/** A text with some ranges marked as evidence phrases. */
export function markedText(text: string, ranges: TextRange[]): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push({ type: 'text', value: text.slice(at, range.start) });
    parts.push(h('b.ev', text.slice(range.start, range.end)));
    at = range.end;
  }
  if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
  return parts;
}

function mappingFacts(mapping: MappingView): Piece[] {
  const { match } = mapping;
  return [
    h('span', `confidence ${match.confidence.toFixed(2)}, by ${match.by === 'analyst' ? 'analyst' : 'auto'}`),
    mapping.via ? h('span', `through the crosswalk: ${mapping.via}`) : null,
    match.review === true ? h('span.flag', '⚑ needs review') : '',
    (match.evidence ?? []).length > 0 ? h('span', `evidence: ${(match.evidence ?? []).map(describeEvidence).join('; ')}`) : '',
  ];
}

function describeEvidence(evidence: Evidence): string {
  return evidence.in === 'text'
    ? `“${evidence.phrase}”`
    : `“${evidence.phrase}” (in the ${evidence.in === 'section' ? 'heading' : 'lead-in'})`;
}
