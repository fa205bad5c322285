import { postVoices } from './posts.js';
import { transcriptVoices } from './transcript.js';
import type { Root, RootContent } from 'mdast';
import type { Strength, Voice } from '../model/index.js';
import type { ForceAliases } from './agent.js';
import { blockText, type BlockText } from './block-text.js';
import { decideUnit, type Decision, type Implicit, type UnitMode } from './decide.js';
import { asksAnotherBody, readFrames, type Frame } from './frame.js';
import { extractionLexicon, findPhrase, phraseWords, type ContextKind } from './lexicon.js';
import { tagText, type TaggedSentence } from '../text/tagger.js';
import { quoteSpans, type QuoteSpan, type QuoteState } from './quotes.js';
import { endsDone, endsInHand, rowIsDone, rowStrength, targetRowDecision } from './row-fields.js';
import { runInHeading } from './run-in.js';
import { roleVoice, signatureVoice, withoutAddressee } from './speakers.js';
import type { VoiceContext } from './voice.js';
import { flattenBlocks, type Block } from './walk.js';
import type { TableRow } from '../ingest/table-rows.js';
import { ROW_LABEL_DEPTH } from './matrix.js';
import { tailStart } from '../text/tail.js';

/** A unit of the document the reader decided on: a commitment of the force or a statement in another voice. */
export interface Unit {
  kind: 'sentence' | 'item' | 'row';
  text: string;
  /** Offset in the document's text where the unit starts. */
  offset: number;
  section: string[];
  leadIn?: string;
  decision: Decision;
  /** The person quoted, when the unit is quoted speech. */
  speaker?: string;
  /** For a table row: the row read by its columns. */
  row?: TableRow;
}

/** A warning the reader raises, placed by offset. */
export interface ReadingWarning {
  rule: string;
  message: string;
  offset: number;
}

/** What reading a document gives. */
export interface Reading {
  units: Unit[];
  warnings: ReadingWarning[];
  title?: string;
}

interface ReadBlock {
  block: Block;
  text: BlockText;
  sentences: TaggedSentence[];
}

/** Row labels of a "plan on a page" that make the cells of their row headed lists: commitments and targets. */
const ROW_CONTEXTS = new Set<string>(['commitment', 'target']);

interface HeadingFrame {
  depth: number;
  text: string;
  kind?: ContextKind;
  speaker?: Voice;
}

interface LeadIn {
  text: string;
  implicit: Implicit;
  kind?: ContextKind;
}

/** The mark a lead-in ends with when it is written as one: a colon or an ellipsis. */
const LEAD_IN_MARK = /(:|…|\.\.\.)\s*$/u;

const NUMBERING = /^\s*((\d+(\.\d+)+|\d+[.)]|\(?[a-z]\)|\(?[ivx]+\)|\(\d{1,2}\/\d{1,2}\))\s+|[•▪◦–*-]\s+)/iu;

/** Reads a document tree (with the author and title its front matter declares): who speaks where, what each sentence, item and row commits to, and in whose voice. */
export function readDocument(tree: Root, source: string, force: ForceAliases, declared: string[] = []): Reading {
  const blocks = flattenBlocks(tree, (label) => ROW_CONTEXTS.has(contextKindOf(label) ?? 'none')).map((block): ReadBlock => {
    const text = blockText(block.nodes, source);
    return { block, text, sentences: block.kind === 'heading' ? [] : tagText(text.text) };
  });
  const title = documentTitle(blocks);
  const author = authorVoice(blocks, title, force, declared);
  const labelled = blocks.map((entry) => ({ kind: entry.block.kind, text: entry.text.text }));
  const posts = postVoices(labelled, force);
  const signed = signatures(blocks, force, posts.headers);
  const turns = transcriptVoices(labelled, force);
  const leadIns = findLeadIns(blocks, force, author);
  const units: Unit[] = [];
  const warnings: ReadingWarning[] = [];
  const headings: HeadingFrame[] = [];
  const boldSections = new Map<number, string>();
  const quoteState: QuoteState = {};
  let context: VoiceContext = { speaker: author, force };

  blocks.forEach((entry, index) => {
    const block = entry.block;
    if (block.kind === 'heading') {
      if (title !== undefined && index === title.index) return;
      const text = entry.text.text.replace(/\s+/gu, ' ').trim();
      while (headings.length > 0 && headings[headings.length - 1]!.depth >= block.depth) headings.pop();
      const frame: HeadingFrame = { depth: block.depth, text };
      const kind = contextKindOf(text);
      if (kind) frame.kind = kind;
      const speaker = headingSpeaker(text, force);
      if (speaker) frame.speaker = speaker;
      headings.push(frame);
      context = { speaker: sectionSpeaker(headings, author), force };
      delete quoteState.continuing;
      return;
    }
    // A row label heads only its own row's cells: what follows the table is under the headings before it.
    if (!block.rowLabel) while (headings.length > 0 && headings[headings.length - 1]!.depth === ROW_LABEL_DEPTH) headings.pop();
    if (signed.marks.has(index) || posts.headers.has(index)) return;
    const turn = turns.get(index) ?? posts.voices.get(index);
    // A speaker's label names who says this turn; it outranks a signature that closes the whole text.
    const speaker =
      turn?.voice ??
      signed.overrides.get(index) ??
      labelVoice(entry, force) ??
      responderVoice(block.row, force) ??
      sectionSpeaker(headings, author);
    context.speaker = speaker;
    // A new turn of a transcript is a new speaker's talk: "he" or "it" there points to nothing said before it.
    if (turn) {
      delete context.lastAgent;
      delete context.topic;
      entry = { ...entry, sentences: afterLabel(entry.sentences, entry.text.text, turn.speechStart) };
    }
    const section = [...headings.map((heading) => heading.text), ...boldParents(blocks, index, boldSections)];
    if (block.boldHeading) {
      boldSections.set(index, entry.text.text.replace(/\s+/gu, ' ').trim());
      return;
    }
    const lead = leadIns.byBlock.get(index);
    const kind = lead?.kind ?? headingKind(headings);
    if (block.kind === 'paragraph') {
      const runIn = runInHeading(block.nodes);
      // A run-in heading opens a new topic, as a heading does.
      if (runIn) delete context.topic;
      // A run-in heading names the paragraph's topic, as a heading does; it is no sentence of its own.
      const read = runIn ? { ...entry, sentences: entry.sentences.filter((sentence) => sentence.text.trim() !== runIn.text) } : entry;
      readParagraph(
        read,
        index,
        runIn ? [...section, runIn.label] : section,
        kind,
        context,
        leadIns,
        quoteState,
        force,
        units,
        warnings,
        blocks,
      );
      return;
    }
    // A row whose status says it is finished reports progress (a delivery plan's "Complete" rows), as does an
    // item that ends with its status in brackets ("refer the drivers to licensing [done 25 Sept]").
    if (block.row && rowIsDone(block.row)) return;
    if (block.kind === 'item' && endsDone(entry.text.text)) return;
    // A list of links ("Apply for a Clare's Law disclosure" linking to a page) is a menu, not the force's plans.
    if (block.kind === 'item' && isOnlyALink(block.nodes)) return;
    const mode: UnitMode = block.kind === 'row' ? 'row' : 'item';
    const tokens = entry.sentences.flatMap((sentence) => sentence.tokens);
    if (tokens.length === 0) return;
    if (leadIns.itemLeadIns.has(index)) return;
    const sentences = entry.sentences.map((sentence) => ({
      tokens: sentence.tokens,
      frames: readFrames(sentence.tokens, force),
      text: sentence.text,
    }));
    const text = entry.text.text;
    const implicit = lead?.implicit ?? rowImplicit(block, speaker, force);
    const decided =
      block.row?.target !== undefined ? targetRowDecision(block.row, speaker) : decideUnit(sentences, context, mode, kind, implicit);
    if (!decided) return;
    // A row's other cells ("Ongoing", "In progress", "subject to funding") qualify what its action says.
    const decision = block.row
      ? { ...decided, strength: rowStrength(decided.strength, block.row, wordedByItself(decided)) }
      : itemStrength(decided, text);
    const unit = makeUnit(block.kind === 'row' ? 'row' : 'item', entry, 0, text.length, section, decision);
    if (lead) unit.leadIn = lead.text;
    if (block.row) unit.row = block.row;
    units.push(unit);
  });
  const reading: Reading = { units, warnings };
  if (title !== undefined) reading.title = title.text;
  return reading;
}

function readParagraph(
  entry: ReadBlock,
  index: number,
  section: string[],
  kind: ContextKind | undefined,
  context: VoiceContext,
  leadIns: LeadIns,
  quoteState: QuoteState,
  force: ForceAliases,
  units: Unit[],
  warnings: ReadingWarning[],
  blocks: ReadBlock[],
): void {
  const tokens = entry.sentences.flatMap((sentence) => sentence.tokens);
  const spans = quoteSpans(entry.text.text, tokens, force, quoteState).filter((span) => isSpeech(span, entry.text.text));
  const own = context.speaker;
  const lastIndex = entry.sentences.length - 1;
  // The lead-in is the paragraph's last sentence (counted after a run-in heading is set aside).
  const leadSentence = leadIns.paragraphLeadIn.has(index) ? lastIndex : undefined;
  const pieces = entry.sentences.flatMap((sentence, sentenceIndex) =>
    sentenceIndex === leadSentence
      ? []
      : splitAtQuotes(sentence, spans, entry.text.text).map((piece) => ({ piece, last: sentenceIndex === lastIndex })),
  );
  const headingLike = isHeadingLike(entry.text.text);
  pieces.forEach(({ piece: sentence, last }) => {
    if (headingLike || signsQuotation(sentence, spans, entry.text.text)) return;
    const quote = quoteOf(spans, sentence);
    context.speaker = quote?.speaker?.voice ?? own;
    context.quoted = quote?.speaker !== undefined;
    context.otherForce = quote?.speaker?.rule === 'another-force';
    const endsParagraph = last && entry.text.text.slice(sentence.end).trim() === '';
    if (endsParagraph && isDanglingLeadIn(sentence.text) && /:\s*$/u.test(sentence.text) && !followedByList(blocks, index)) {
      warnings.push({
        rule: 'lost-list',
        message: `lead-in "${stripNumbering(sentence.text).trim()}" is not followed by a list: the source may have lost the items it introduced`,
        offset: entry.text.sourceOffset(sentence.start + leadingTrim(sentence.text)),
      });
      return;
    }
    // "Next step: active bystander training for every sergeant by March": a label that names commitments
    // or targets makes what follows it one, as a heading of that kind makes its items.
    const labelled = runInLabelKind(sentence);
    const decision = decideUnit(
      [{ tokens: sentence.tokens, frames: readFrames(sentence.tokens, force), text: sentence.text }],
      context,
      labelled ? 'item' : 'prose',
      labelled ?? kind,
      undefined,
    );
    if (!decision) return;
    const unit = makeUnit('sentence', entry, sentence.start, sentence.end, section, decision);
    if (quote?.speakerName !== undefined && quote.speaker) unit.speaker = quote.speakerName;
    units.push(unit);
  });
  context.speaker = own;
  context.quoted = false;
  context.otherForce = false;
}

/** A short line with no full stop that stands alone as a paragraph ("2. Progress this quarter"): a heading the capture lost. */
function isHeadingLike(text: string): boolean {
  const trimmed = stripNumbering(text).trim();
  return trimmed.split(/\s+/u).length <= 6 && !/[.!?;:"”’)]$/u.test(trimmed);
}

function makeUnit(kind: Unit['kind'], entry: ReadBlock, start: number, end: number, section: string[], decision: Decision): Unit {
  const raw = entry.text.text.slice(start, end);
  const trim = leadingTrim(raw);
  const text = cleanUnitText(raw.slice(trim));
  return { kind, text, offset: entry.text.sourceOffset(start + trim), section, decision };
}

/** How many characters of list numbering, bullets, quotation marks and space open a unit's text. */
function leadingTrim(text: string): number {
  let trimmed = text;
  for (;;) {
    const next = trimmed.replace(NUMBERING, '').replace(/^[\s"“‘'«]+/u, '');
    if (next === trimmed) break;
    trimmed = next;
  }
  return text.length - trimmed.length;
}

function stripNumbering(text: string): string {
  return text.slice(leadingTrim(text));
}

/** A unit's text as written, with closing quotation marks dropped and runs of space made single. */
function cleanUnitText(text: string): string {
  const start = tailStart(text, (char) => /[\s"”’»]/u.test(char));
  const tail = text.slice(start);
  // A closing ’ alone may be an apostrophe ("the victims’"): it stays unless a double quotation mark closes with it.
  const kept = tail.includes('’') && !/["”]/u.test(tail) ? tail.trimEnd() : '';
  return (text.slice(0, start) + kept).replace(/\s+/gu, ' ').trim();
}

/**
 * Cuts a sentence where a quotation opens or closes inside it ("Inspector Shah added: “We will ...”",
 * "“We will ...,” said Inspector Shah"), so the quoted words are read as the speaker's own unit and the
 * attribution around them as another; each piece is tagged again on its own. The spans are those of speech
 * (see `isSpeech`), already chosen for the whole paragraph.
 */
function splitAtQuotes(sentence: TaggedSentence, spans: QuoteSpan[], text: string): TaggedSentence[] {
  const cuts = spans
    .flatMap((span) => [span.start, span.end])
    .filter((cut) => cut > sentence.start + 1 && cut < sentence.end - 1)
    .sort((a, b) => a - b);
  if (cuts.length === 0) return [sentence];
  const edges = [sentence.start, ...cuts, sentence.end];
  const pieces: TaggedSentence[] = [];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const from = edges[index]!;
    const to = edges[index + 1]!;
    const slice = text.slice(from, to);
    if (!/\p{L}/u.test(slice)) continue;
    const tokens = tagText(slice).flatMap((tagged) =>
      tagged.tokens.map((token) => ({ ...token, start: token.start + from, end: token.end + from })),
    );
    const first = tokens[0];
    const final = tokens[tokens.length - 1];
    if (!first || !final) continue;
    pieces.push({ tokens, start: first.start, end: final.end, text: text.slice(first.start, final.end) });
  }
  return pieces;
}

/**
 * Quotation marks around speech, not around a name or a phrase ("the “Call It Out” campaign", the “Not
 * On Our Watch” module): an attributed quotation, or one of four words or more that is not written as a
 * title (every longer word capitalised, no closing stop).
 */
function isSpeech(span: QuoteSpan, text: string): boolean {
  if (span.speaker !== undefined) return true;
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/u);
  if (words.length < 4) return false;
  let lastLetter = quoted.length;
  while (lastLetter > 0 && !/\p{L}/u.test(quoted[lastLetter - 1]!)) lastLetter -= 1;
  const closesSentence = /[.!?]/u.test(quoted.slice(lastLetter));
  const titled = !closesSentence && words.every((word) => !/^\P{L}*\p{Ll}\p{L}{3}/u.test(word));
  return !titled;
}

function quoteOf(spans: QuoteSpan[], sentence: TaggedSentence): QuoteSpan | undefined {
  return (
    spans.find((span) => sentence.start >= span.start && sentence.start < span.end) ??
    spans.find((span) => span.start >= sentence.start && span.start <= sentence.start + 2)
  );
}

function documentTitle(blocks: ReadBlock[]): { index: number; text: string } | undefined {
  const first = blocks.findIndex((entry) => entry.block.kind === 'heading' || entry.sentences.length > 0);
  const block = blocks[first];
  if (!block || block.block.kind !== 'heading' || block.block.depth !== 1) return undefined;
  return { index: first, text: block.text.text.trim() };
}

/** Who "we" is in the document as a whole: a byline's role, else the author or title the front matter declares, else the body the title names, else the force. */
function authorVoice(
  blocks: ReadBlock[],
  title: { index: number; text: string } | undefined,
  force: ForceAliases,
  declared: string[],
): Voice {
  for (const entry of blocks.slice(0, 6)) {
    if (entry.block.kind !== 'paragraph') continue;
    const byline = signatureVoice(
      entry.text.text,
      entry.sentences.flatMap((sentence) => sentence.tokens),
      force,
    );
    if (byline) return byline.voice;
    if (entry.sentences.some((sentence) => sentence.tokens.length > 8)) break;
  }
  const titles = [
    ...declared,
    title?.text,
    ...blocks
      .filter((entry) => entry.block.kind === 'heading' && entry.block.depth <= 2)
      .slice(0, 2)
      .map((entry) => entry.text.text),
  ];
  for (const text of titles) {
    if (text === undefined) continue;
    const role = roleVoice(withoutAddressee(text), force);
    if (role) return role.voice;
  }
  return 'force';
}

/** Whether a block is a label, a colon and sentences the label's person says (a verb, and a full stop at the end), not a signature or a byline. */
function speaksAfterLabel(entry: ReadBlock): boolean {
  const text = entry.text.text;
  const colon = text.indexOf(':');
  if (colon < 0 || !/[.!?]["”’]?\s*$/u.test(text)) return false;
  return entry.sentences.some((sentence) =>
    sentence.tokens.some((token) => token.start > colon && (token.pos === 'VERB' || token.pos === 'AUX')),
  );
}

/** Signatures ("Chief Constable Sarah Lindqvist" under a foreword) and the blocks they sign for: back to the heading above. */
function signatures(
  blocks: ReadBlock[],
  force: ForceAliases,
  postHeaders: Set<number>,
): { marks: Set<number>; overrides: Map<number, Voice> } {
  const marks = new Set<number>();
  const overrides = new Map<number, Voice>();
  blocks.forEach((entry, index) => {
    // A post's header names who posted what follows it, not what stands above it.
    if (postHeaders.has(index)) return;
    // A dash line under a quotation may have been read as a one-item list ("— Jo Bloggs, ..."); it signs the same way.
    const dashLineUnderQuote = entry.block.kind === 'item' && index > 0 && isQuotation(blocks[index - 1]!) && isLoneItem(blocks, index);
    if (entry.block.kind !== 'paragraph' && !dashLineUnderQuote) return;
    const voice = signatureVoice(
      entry.text.text,
      entry.sentences.flatMap((sentence) => sentence.tokens),
      force,
    );
    if (!voice) return;
    // "Insp Dan Whitlock · 13 March 2026: Thanks, Sue. Yes, we will ...": a label naming who says what follows it.
    if (speaksAfterLabel(entry)) {
      overrides.set(index, voice.voice);
      return;
    }
    marks.add(index);
    // Under a quotation ("“...”" then "— Jo Bloggs, Police and Crime Commissioner") the line attributes the quotation only;
    // under a foreword it signs everything back to the heading above.
    const underQuote = index > 0 && isQuotation(blocks[index - 1]!);
    for (let previous = index - 1; previous >= 0; previous -= 1) {
      const block = blocks[previous]!.block;
      if (block.kind === 'heading' || marks.has(previous) || block.heading !== entry.block.heading) break;
      if (underQuote && !isQuotation(blocks[previous]!)) break;
      overrides.set(previous, voice.voice);
    }
  });
  return { marks, overrides };
}

/** Whether the item at index is the only item of its list. */
function isLoneItem(blocks: ReadBlock[], index: number): boolean {
  const list = blocks[index]!.block.list;
  return blocks.filter((entry) => entry.block.kind === 'item' && entry.block.list === list).length === 1;
}

/** A block that is a quotation: in a block quote, or a paragraph that opens with a quotation mark. */
function isQuotation(entry: ReadBlock): boolean {
  return entry.block.quoted === true || /^\s*["“‘«]/u.test(entry.text.text);
}

interface LeadIns {
  /** Items and rows by block index, with the lead-in they stand under. */
  byBlock: Map<number, LeadIn>;
  /** Paragraphs whose last sentence is the lead-in of the list after them (not a unit). */
  paragraphLeadIn: Set<number>;
  /** Items that are lead-ins of a nested list (not units). */
  itemLeadIns: Set<number>;
}

/** Finds each list's lead-in: the paragraph sentence right before it ("The force will:"), or the item a nested list hangs from. */
function findLeadIns(blocks: ReadBlock[], force: ForceAliases, author: Voice): LeadIns {
  const result: LeadIns = { byBlock: new Map(), paragraphLeadIn: new Set(), itemLeadIns: new Set() };
  const byList = new Map<number, LeadIn | undefined>();
  // Every row of a table looks back to the paragraph before the table and, without a lead-in, to the last
  // row with one in its section: both are kept as the blocks go by, so a long table is read in linear time.
  const beforeRows = blocksBeforeRows(blocks);
  const lastRowLead = new Map<number, LeadIn>();
  const leads = new Map<TaggedSentence, LeadIn | undefined>();
  const leadOf = (sentence: TaggedSentence | undefined): LeadIn | undefined => {
    if (!sentence) return undefined;
    if (!leads.has(sentence)) leads.set(sentence, leadInOf(sentence, force, author));
    return leads.get(sentence);
  };
  blocks.forEach((entry, index) => {
    const block = entry.block;
    if (block.kind !== 'item' && block.kind !== 'row') return;
    const key = block.kind === 'row' ? -1 - index : (block.list ?? 0);
    if (block.kind === 'item' && byList.has(key)) {
      const lead = byList.get(key);
      if (lead) result.byBlock.set(index, lead);
      return;
    }
    let lead: LeadIn | undefined;
    if (block.parentItem !== undefined) {
      const parent = blocks[block.parentItem]!;
      if (!parent.block.boldHeading && isDanglingLeadIn(parent.text.text) && LEAD_IN_MARK.test(parent.text.text)) {
        lead = leadOf(parent.sentences[parent.sentences.length - 1]);
        if (lead) result.itemLeadIns.add(block.parentItem);
      }
      // A list nested under an ordinary item stands under the lead-in of the list that item belongs to.
      lead ??= result.byBlock.get(block.parentItem);
    } else {
      const previousIndex = precedingParagraph(blocks, index, beforeRows);
      const previous = previousIndex === undefined ? undefined : blocks[previousIndex];
      const sentence = previous?.sentences[previous.sentences.length - 1];
      if (previous && sentence && isDanglingLeadIn(sentence.text)) {
        lead = leadOf(sentence);
        if (lead) result.paragraphLeadIn.add(previousIndex!);
      } else if (previous === undefined) {
        lead = headingLeadIn(blocks, index, leadOf);
      }
    }
    if (block.kind === 'item') byList.set(key, lead);
    // A row without a lead-in of its own stands under the lead-in of the last earlier row of its section that has one.
    if (block.kind === 'row' && lead === undefined) lead = lastRowLead.get(block.heading);
    if (lead) result.byBlock.set(index, lead);
    if (lead && block.kind === 'row') lastRowLead.set(block.heading, lead);
  });
  return result;
}

/** For each block, the index of the nearest block before it that is not a table row (-1 when there is none). */
function blocksBeforeRows(blocks: ReadBlock[]): number[] {
  const before: number[] = [];
  let last = -1;
  blocks.forEach((entry, index) => {
    before.push(last);
    if (entry.block.kind !== 'row') last = index;
  });
  return before;
}

/** The paragraph right before a list or table's first block, in the same section. */
function precedingParagraph(blocks: ReadBlock[], index: number, beforeRows: number[]): number | undefined {
  const previous = beforeRows[index] ?? -1;
  const candidate = blocks[previous];
  if (!candidate || candidate.block.kind !== 'paragraph' || candidate.block.heading !== blocks[index]!.block.heading) return undefined;
  return previous;
}

/** A heading written as a lead-in, right above the list ("By 2027 we aim to:", "We will:"): what it lends the items. */
function headingLeadIn(
  blocks: ReadBlock[],
  index: number,
  leadOf: (sentence: TaggedSentence | undefined) => LeadIn | undefined,
): LeadIn | undefined {
  const heading = blocks[index - 1];
  if (heading?.block.kind !== 'heading' || !LEAD_IN_MARK.test(heading.text.text)) return undefined;
  const sentences = tagText(heading.text.text.trim());
  return leadOf(sentences[sentences.length - 1]);
}

function followedByList(blocks: ReadBlock[], index: number): boolean {
  const next = blocks[index + 1]?.block;
  return next !== undefined && (next.kind === 'item' || next.kind === 'row');
}

/** A sentence that introduces a list: it ends with a colon or an ellipsis, or stops without a full stop ("We will"). */
function isDanglingLeadIn(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= 40 && endsLikeLeadIn(trimmed) && !/[.!?]["”’]?\s*$/u.test(trimmed.replace(/(\.\.\.|…)\s*$/u, ':'));
}

/** What a lead-in lends its items: whose voice, how firm, whether conditional; undefined when it says nothing of either. */
function leadInOf(sentence: TaggedSentence | undefined, force: ForceAliases, author: Voice): LeadIn | undefined {
  if (!sentence) return undefined;
  const frames = readFrames(sentence.tokens, force);
  // What another body is asked to do is its to do, as advice is the reader's.
  const kind = asksAnotherBody(sentence.tokens, force) ? 'advice' : contextKindOf(sentence.text);
  const context: VoiceContext = { speaker: author, force };
  const decision = decideUnit(
    [{ tokens: sentence.tokens, frames, text: leadInAsSentence(sentence.text) }],
    context,
    'prose',
    kind,
    undefined,
  );
  const text = sentence.text.replace(NUMBERING, '').trim();
  if (!decision) {
    const lead: LeadIn = { text, implicit: { voice: author, hint: 'firm', conditional: false, commits: false, rules: [] } };
    if (kind) lead.kind = kind;
    return lead;
  }
  const hint = decision.strength === 'aspirational' ? 'aspirational' : decision.strength === 'ongoing' ? 'ongoing' : 'firm';
  const lead: LeadIn = {
    text,
    implicit: {
      voice: decision.voice,
      hint,
      conditional: decision.strength === 'conditional',
      commits: true,
      rules: ['lead-in', ...decision.rules],
    },
  };
  if (kind) lead.kind = kind;
  return lead;
}

/** Rules that read a unit with no wording of its own about strength: an imperative, a noun phrase, a target. */
const IMPLICIT_RULES = new Set(['imperative', 'noun-phrase-item', 'measurable-target', 'unmeasured-target']);

/** Whether an item's whole text is one link. */
function isOnlyALink(nodes: RootContent[]): boolean {
  if (nodes.length !== 1 || nodes[0]!.type !== 'paragraph') return false;
  const children = nodes[0]!.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return children.length === 1 && children[0]!.type === 'link';
}

/** An item's strength, made ongoing by a status of work in hand at its end ("Supervisors to review every case - Ongoing"). */
function itemStrength(decision: Decision, text: string): Decision {
  return decision.strength === 'firm' && endsInHand(text) ? { ...decision, strength: 'ongoing' } : decision;
}

/** Whether a unit's strength comes from its own words ("We will ... by April"), not from a lead-in or its form alone. */
function wordedByItself(decision: Decision): boolean {
  return !decision.rules.some((rule) => IMPLICIT_RULES.has(rule));
}

function rowImplicit(block: Block, speaker: Voice, force: ForceAliases): Implicit | undefined {
  if (block.kind !== 'row') return undefined;
  // A performance report's commentary ("Behind plan because of abstractions.") commits only where its own words do.
  const commits = block.row?.fromCommentary !== true;
  return { voice: agencyVoice(block.row?.agency, force) ?? speaker, hint: 'firm', conditional: false, commits, rules: ['table-row'] };
}

/** Whose answers a response table's action column gives, when its header names the body ("Force response", "Council response"). */
function responderVoice(row: TableRow | undefined, force: ForceAliases): Voice | undefined {
  return row ? roleVoice(row.actionHeader, force)?.voice : undefined;
}

/** Whose a row of a multi-agency plan is, by its Agency cell: the force by its names, another body by its kind, else another agency. */
function agencyVoice(agency: string | undefined, force: ForceAliases): Voice | undefined {
  if (agency === undefined) return undefined;
  // "Grangeford Constabulary and the council's housing service": a row the force shares is the force's too.
  const words = phraseWords(agency);
  if (force.phrases.some((alias) => findPhrase(words, alias) >= 0)) return 'force';
  return roleVoice(agency, force)?.voice ?? 'partner';
}

/** The kind of context (commitment, target, retrospective, advice) a heading or lead-in text sets, from src/extract/data/contexts.yaml. */
export function contextKindOf(text: string): ContextKind | undefined {
  const order: ContextKind[] = ['target', 'retrospective', 'advice', 'commitment'];
  const rules = extractionLexicon().contexts;
  for (const kind of order) {
    if (rules.some((rule) => rule.kind === kind && rule.patterns.some((pattern) => pattern.test(text)))) return kind;
  }
  return undefined;
}

function headingKind(headings: HeadingFrame[]): ContextKind | undefined {
  for (let index = headings.length - 1; index >= 0; index -= 1) {
    const kind = headings[index]!.kind;
    if (kind) return kind;
  }
  return undefined;
}

/** A heading that names who speaks under it ("A message from the Commissioner", "Foreword from the Assistant Chief Constable", "What Northshire Police will do"). */
function headingSpeaker(text: string, force: ForceAliases): Voice | undefined {
  const own = withoutAddressee(text);
  return roleVoice(own, force, true)?.voice ?? (roleVoice(own, force)?.rule === 'force-alias' ? 'force' : undefined);
}

function sectionSpeaker(headings: HeadingFrame[], author: Voice): Voice {
  for (let index = headings.length - 1; index >= 0; index -= 1) {
    const speaker = headings[index]!.speaker;
    if (speaker) return speaker;
  }
  return author;
}

/** A paragraph that opens with a label naming who speaks ("Force response: Accepted. We will ..."). */
/** "– Dawn Kettley, Police and Crime Commissioner" after a quotation: the dash and the name of whoever said it, no unit. */
function signsQuotation(piece: TaggedSentence, spans: QuoteSpan[], text: string): boolean {
  if (!/^\s*[–—-]\s*\p{Lu}/u.test(piece.text)) return false;
  return spans.some((span) => span.speaker !== undefined && span.end <= piece.start && text.slice(span.end, piece.start).trim() === '');
}

/** Most words a label before a colon has ("Our promise for the week ahead:"). */
const MAX_LABEL_WORDS = 8;

/** The kind of a label that opens a sentence before a colon ("Next steps:", "Our targets:") when it names commitments or targets. */
function runInLabelKind(sentence: TaggedSentence): ContextKind | undefined {
  const colon = sentence.tokens.findIndex((token) => token.text === ':');
  if (colon <= 0 || colon > MAX_LABEL_WORDS || colon === sentence.tokens.length - 1) return undefined;
  const label = sentence.tokens.slice(0, colon);
  if (label.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  const kind = contextKindOf(sentence.text.slice(0, sentence.tokens[colon]!.start - sentence.start));
  return kind === 'commitment' || kind === 'target' ? kind : undefined;
}

/** The sentences of a block from `start` on: a speaker's label before it is no part of what is said. */
function afterLabel(sentences: TaggedSentence[], text: string, start: number): TaggedSentence[] {
  return sentences.flatMap((sentence) => {
    if (sentence.end <= start) return [];
    if (sentence.start >= start) return [sentence];
    const tokens = sentence.tokens.filter((token) => token.start >= start);
    const first = tokens[0];
    return first ? [{ tokens, start: first.start, end: sentence.end, text: text.slice(first.start, sentence.end) }] : [];
  });
}

function labelVoice(entry: ReadBlock, force: ForceAliases): Voice | undefined {
  const match = /^\s*([^:.]{2,40}):\s/u.exec(entry.text.text);
  if (!match || match[1]!.split(/\s+/).length > 4) return undefined;
  return roleVoice(match[1]!, force)?.voice;
}

function boldParents(blocks: ReadBlock[], index: number, boldSections: Map<number, string>): string[] {
  const parents: string[] = [];
  let parent = blocks[index]!.block.parentItem;
  while (parent !== undefined) {
    const heading = boldSections.get(parent);
    if (heading !== undefined) parents.unshift(heading);
    parent = blocks[parent]!.block.parentItem;
  }
  return parents;
}

export type { Strength, Frame };

/** Whether a text ends as a lead-in may: with a colon or an ellipsis, or with no closing punctuation at all. */
function endsLikeLeadIn(text: string): boolean {
  const end = text.trimEnd();
  if (end.length === 0) return false;
  if (end.endsWith(':') || end.endsWith('…') || end.endsWith('...')) return true;
  return !/[.!?"”’)\]]/u.test(end[end.length - 1]!);
}

/** A lead-in read as a sentence of its own: its closing colons or ellipses become a full stop. */
function leadInAsSentence(text: string): string {
  const end = text.trimEnd();
  const start = tailStart(end, (char) => char === ':' || char === '…');
  return start === end.length ? text : `${end.slice(0, start)}.`;
}
