import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Commitment } from '../../model/index.js';
import { href } from './anchors.js';
import { positionLabel } from './commitment.js';
import type { SourceLine } from './input.js';
import type { TextRange } from './source-locate.js';
import type { ForceView, SentencePlace } from './view.js';

/**
 * The source text of one force, line by line with line (and page) numbers that are links, every
 * commitment's sentence marked (dashed for other voices), its evidence phrases in bold, and an
 * anchor where each sentence starts. Commitments that could not be found in the source are
 * listed below it with their recorded positions, so every link from a card lands somewhere.
 */
export function sourceSection(force: ForceView): Element {
  const { report } = force;
  const missing = [...force.places.entries()].filter(([, place]) => !place.range);
  const note = report.source?.note ?? report.sourceNote;
  return h('div.source-part', [
    h('h3', { id: force.partId('source') }, report.source ? `Source text: ${report.source.file}` : 'Source text'),
    note ? h('p.note', note) : '',
    report.source && force.source
      ? h('p.guidance', [
          'Each commitment is ',
          h('mark.s', 'tinted'),
          ', statements in other voices are ',
          h('mark.s.o', 'tinted with a dashed line'),
          ', evidence phrases are ',
          h('b.ev', 'bold'),
          '. A link to a commitment highlights its whole sentence.',
          force.source.lines.some((line) => line.furniture)
            ? ' Running headers, footers and page numbers, which the reading left out, are greyed.'
            : '',
        ])
      : '',
    force.source ? sourceLines(force, force.source.lines) : '',
    missing.length > 0
      ? h('div', [
          h('p', report.source ? 'Not found word for word in this source:' : 'Commitments and the places recorded for them:'),
          h(
            'ul',
            missing.map(([commitment, place]) => missingItem(force, commitment, place)),
          ),
        ])
      : '',
  ]);
}

function sourceLines(force: ForceView, lines: SourceLine[]): Element {
  const index = force.source!;
  const places = [...force.places.values()].filter((place) => place.range);
  const phrases = places.flatMap((place) => place.phrases);
  const children: ElementContent[] = [];
  let page: number | undefined;
  lines.forEach((line, lineIndex) => {
    if (line.page !== undefined && line.page !== page) {
      page = line.page;
      children.push(h('div.page-head', `Page ${page}`));
    }
    const start = index.lineStart(lineIndex);
    const end = index.lineEnd(lineIndex);
    const id = force.lineId(line);
    children.push(
      h('div.line', { id }, [
        h(
          'a.ln',
          { href: href(id), ariaLabel: line.page === undefined ? `line ${line.line}` : `page ${line.page}, line ${line.line}` },
          String(line.line),
        ),
        h('span.lt', line.furniture ? h('span.furniture', line.text) : lineContent(index.text, start, end, places, phrases)),
      ]),
    );
  });
  return h('div.src', { role: 'region', tabIndex: 0, ariaLabel: `Source text of ${force.report.document.force.name}` }, children);
}

/** One line's text cut into pieces at every sentence and phrase boundary, each piece marked as the sentences and phrases covering it say. */
function lineContent(text: string, start: number, end: number, places: SentencePlace[], phrases: TextRange[]): ElementContent[] {
  const here = places.filter((place) => place.range!.start <= end && place.range!.end > start);
  const phrasesHere = phrases.filter((range) => range.start < end && range.end > start);
  const cuts = new Set([start, end]);
  for (const range of [...here.map((place) => place.range!), ...phrasesHere]) {
    if (range.start > start && range.start < end) cuts.add(range.start);
    if (range.end > start && range.end < end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const content: ElementContent[] = [];
  const anchored = new Set<SentencePlace>();
  const anchorsAt = (offset: number): void => {
    for (const place of here) {
      if (place.range!.start === offset && !anchored.has(place)) {
        anchored.add(place);
        content.push(h('span', { id: place.anchor }));
      }
    }
  };
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index]!;
    const to = points[index + 1]!;
    anchorsAt(from);
    const piece = text.slice(from, to);
    const inPhrase = phrasesHere.some((range) => range.start <= from && range.end >= to);
    const covering = here.filter((place) => place.range!.start <= from && place.range!.end >= to);
    const inner: ElementContent = inPhrase ? h('b.ev', piece) : { type: 'text', value: piece };
    if (covering.length === 0) content.push(inner);
    else {
      const otherVoiceOnly = covering.every((place) => place.otherVoice);
      content.push(h('mark', { className: ['s', ...(otherVoiceOnly ? ['o'] : []), ...covering.map((place) => place.className)] }, inner));
    }
  }
  anchorsAt(end);
  return content;
}

function missingItem(force: ForceView, commitment: Commitment, place: SentencePlace): Element {
  const format = force.report.document.document.format;
  return h('li', { id: place.anchor }, [
    h('strong', `${positionLabel(commitment.position, format)}: `),
    h('q', commitment.text),
    ` (${commitment.id})`,
  ]);
}
