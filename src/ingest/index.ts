import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readInputBytes, readInputText, type ReadTextOptions } from '../io/read-text.js';
import type { DocumentWarning, SourcePosition } from '../model/index.js';
import type { EditedText } from './edited-text.js';
import { removeNonEnglish, type SkippedLanguage } from './language.js';
import { removeBoilerplate } from './boilerplate.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { docxToHtml, paragraphPosition } from './docx.js';
import { readFrontmatter } from './frontmatter.js';
import { countBelow, restorePositions, separateLazyParagraphs, separateTextBlocks, type Insertions } from './lazy-lines.js';
import { nestListsByIndent } from './nest-lists.js';
import { parseMarkdown } from './parse-markdown.js';
import { readPdfPages } from './pdf.js';
import { layoutPdf, pdfPosition } from './pdf-layout.js';
import { promoteHeadings } from './promote-headings.js';
import { rewritePositions } from './rewrite-positions.js';
import { splitTextLines } from './split-lines.js';
import { guardSource } from './guard.js';
import { wrapWidth } from './line-joins.js';
import { rejoinHyphenatedWords } from './rejoin-words.js';
import { repairMarkdown, repairPlainText } from './repair-text.js';
import { mapToSource } from './source-positions.js';
import { normaliseSpaces } from './spaces.js';
import { listTypedBullets } from './paragraph-bullets.js';
import { VawgError } from '../io/errors.js';
import { resolveLimits, type Limits } from '../io/limits.js';
import { lineStarts, normalizeLineBreaks, positionAt } from '../text/line-breaks.js';
import { guardTree, UNIST_SHAPE } from './tree-guard.js';

export type { InputFormat } from './detect-format.js';

/** Maps a line and column of `IngestedDocument.text` to the place in the original file a reader sees. */
export type PositionMapper = (point: { line: number; column: number }) => SourcePosition;

/** A source document turned into a syntax tree whose positions point into the source. */
export interface IngestedDocument {
  file: string;
  /**
   * The text the tree's offsets point into: the file itself for markdown, text and HTML; the
   * markdown rebuilt from a PDF; the HTML made from a Word document.
   */
  text: string;
  format: InputFormat;
  sha256: string;
  /** The document tree. Line and column are places in the original file (for PDF the line on its page, for Word the paragraph number); offsets point into `text`. */
  tree: Root;
  frontmatter: Record<string, unknown>;
  /** How many blocks of web-page furniture were dropped. */
  boilerplateRemoved: number;
  /** The readable text, when `text` is markup or generated (HTML, PDF, Word): for recognising the force and a title. */
  plainText?: string;
  /** Turns a line and column of `text` into the place in the original file; the identity when absent. */
  mapPosition?: PositionMapper;
  /** What the reader should know about how the source was read (paragraphs skipped as not English), placed in the original file. */
  warnings: DocumentWarning[];
}

/** How to read one input: the resource budget it is read under (each limit's default from `src/io/data/limits.yaml` unless given). */
export interface IngestOptions extends ReadTextOptions {
  limits?: Partial<Limits>;
}

/** Reads a strategy file of any supported format (markdown, text, HTML, PDF, Word) into an mdast tree, within its resource budget. */
export async function ingestFile(file: string, options: IngestOptions = {}): Promise<IngestedDocument> {
  const limits = resolveLimits({ ...(options.maxBytes === undefined ? {} : { 'max-size': options.maxBytes }), ...options.limits });
  const read = { maxBytes: limits['max-size'], ...(options.content === undefined ? {} : { content: options.content }) };
  const bytes = readInputBytes(file, read);
  const format = detectFormat(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (format === 'html') return ingestHtml(readInputText(file, read), file, sha256, limits);
  if (format === 'pdf') return englishOnly(await ingestPdf(bytes, file, sha256, limits));
  if (format === 'docx') return englishOnly(await ingestDocx(bytes, file, sha256, limits));
  return englishOnly(ingestText(readInputText(file, read), file, format, sha256, limits));
}

/**
 * Takes out of a document's tree the paragraphs that are not in English (see `removeNonEnglish`),
 * with those a web page marked as another language, and says how many went in a warning.
 */
async function englishOnly(document: IngestedDocument, marked?: SkippedLanguage): Promise<IngestedDocument> {
  const detected = await removeNonEnglish(document.tree);
  const skipped = mergeSkipped(marked, detected);
  if (skipped.paragraphs === 0) return document;
  const point = skipped.first?.start ?? { line: 1, column: 1 };
  const place: SourcePosition =
    document.mapPosition && point.offset !== undefined
      ? document.mapPosition(positionAt(lineStarts(document.text), point.offset))
      : { line: point.line, column: point.column };
  const languages = [...skipped.languages.entries()].map(([name, count]) => `${name} ${count}`).join(', ');
  const warning: DocumentWarning = {
    rule: 'not-english',
    message: `skipped ${skipped.paragraphs} paragraph${skipped.paragraphs === 1 ? '' : 's'} not in English (${languages}), the first here: only English text is read for commitments${place.page === undefined ? '' : ` (page ${place.page})`}`,
    line: place.line,
    column: place.column,
  };
  const plainText = document.plainText === undefined ? undefined : plainTextOf(document.tree);
  return { ...document, ...(plainText === undefined ? {} : { plainText }), warnings: [...document.warnings, warning] };
}

function mergeSkipped(first: SkippedLanguage | undefined, second: SkippedLanguage): SkippedLanguage {
  if (!first || first.paragraphs === 0) return second;
  const languages = new Map(first.languages);
  for (const [name, count] of second.languages) languages.set(name, (languages.get(name) ?? 0) + count);
  const earlier = [first.first, second.first]
    .filter((position) => position !== undefined)
    .sort((a, b) => (a.start.offset ?? 0) - (b.start.offset ?? 0))[0];
  return { paragraphs: first.paragraphs + second.paragraphs, languages, ...(earlier ? { first: earlier } : {}) };
}

/** Turns source text into an mdast tree: markdown as written, plain text with lines, headings and lists recovered (HTML, PDF and Word go through `ingestFile`). */
export function ingestText(
  source: string,
  file: string,
  format: InputFormat,
  sha256?: string,
  limits: Limits = resolveLimits(),
): IngestedDocument {
  if (format !== 'markdown' && format !== 'text')
    throw new Error(`ingestText reads markdown and plain text; read ${format} with ingestFile or ingestHtml`);
  if (source.trim() === '') throw new VawgError('is empty: there is nothing to parse', { file });
  const text = normalizeLineBreaks(source);
  const repaired = format === 'text' ? repairPlainText(text) : repairMarkdown(text);
  const markdown = repaired.edited.text;
  const width = format === 'text' ? wrapWidth(markdown.split('\n')) : Number.POSITIVE_INFINITY;
  const insertions = format === 'text' ? separateTextBlocks(markdown, width) : separateLazyParagraphs(markdown);
  guardSource(insertions?.text ?? markdown, file, limits, sourceLineOf(repaired.edited, insertions));
  const tree = parseMarkdown(insertions?.text ?? markdown);
  guardTree(tree, file, limits, UNIST_SHAPE);
  if (insertions) restorePositions(tree, insertions);
  if (format === 'text') splitTextLines(tree, markdown, width);
  mapToSource(tree, repaired.edited);
  rejoinHyphenatedWords(tree, text);
  normaliseSpaces(tree);
  const frontmatter = readFrontmatter(tree, file);
  const boilerplateRemoved = repaired.furnitureLines + removeBoilerplate(tree);
  if (format === 'text') promoteHeadings(tree);
  nestListsByIndent(tree);
  guardTree(tree, file, limits, UNIST_SHAPE);
  return {
    file,
    text,
    format,
    sha256: sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'),
    tree,
    frontmatter,
    boilerplateRemoved,
    warnings: [],
  };
}

/** Maps a line of the markdown a capture was rewritten into (blank lines inserted after the rewrite) to the line of the source. */
function sourceLineOf(edited: EditedText, insertions: Insertions | undefined): (line: number) => number {
  let starts: number[] | undefined;
  let source: number[] | undefined;
  return (line) => {
    starts ??= lineStarts(edited.text);
    source ??= lineStarts(edited.source);
    const rewritten = insertions ? line - countBelow(insertions.lines, line) : line;
    const offset = starts[Math.min(Math.max(rewritten, 1), starts.length) - 1] ?? 0;
    return positionAt(source, edited.toSource(offset)).line;
  };
}

/** Reads an HTML page: furniture dropped, headings and lists kept, positions on the lines of the HTML. */
export async function ingestHtml(
  source: string,
  file: string,
  sha256?: string,
  limits: Limits = resolveLimits(),
): Promise<IngestedDocument> {
  const { parseHtml } = await import('./html.js');
  const html = normalizeLineBreaks(source);
  const parsed = parseHtml(html, file, limits);
  const boilerplateRemoved = parsed.furnitureRemoved + removeBoilerplate(parsed.tree);
  listTypedBullets(parsed.tree);
  normaliseSpaces(parsed.tree);
  return englishOnly(
    {
      file,
      text: html,
      format: 'html',
      sha256: sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'),
      tree: parsed.tree,
      // A web page declares who publishes it in its title ("... | Kent Police"), as front matter would.
      frontmatter: parsed.publisher === undefined ? {} : { publisher: parsed.publisher },
      boilerplateRemoved,
      plainText: plainTextOf(parsed.tree),
      warnings: [],
    },
    parsed.otherLanguages,
  );
}

/** Reads a PDF's text layer, rebuilds its structure as markdown, and places every node on the PDF's page and line. */
async function ingestPdf(bytes: Buffer, file: string, sha256: string, limits: Limits): Promise<IngestedDocument> {
  const layout = layoutPdf(await readPdfPages(bytes, file, limits));
  const mapPosition = pdfPosition(layout);
  const document = onPdfPages(() => ingestText(layout.markdown, file, 'markdown', sha256, limits), mapPosition);
  rewritePositions(document.tree, mapPosition);
  return { ...document, format: 'pdf', frontmatter: {}, plainText: plainTextOf(document.tree), mapPosition };
}

/** Reads a Word document through mammoth's HTML; positions are paragraph numbers. */
async function ingestDocx(bytes: Buffer, file: string, sha256: string, limits: Limits): Promise<IngestedDocument> {
  const html = await docxToHtml(bytes, file, limits);
  const { parseHtml } = await import('./html.js');
  const parsed = parseHtml(html, file, limits);
  const mapPosition = paragraphPosition(html, parsed.hast);
  const boilerplateRemoved = removeBoilerplate(parsed.tree);
  listTypedBullets(parsed.tree);
  normaliseSpaces(parsed.tree);
  rewritePositions(parsed.tree, mapPosition);
  return {
    file,
    text: html,
    format: 'docx',
    sha256,
    tree: parsed.tree,
    frontmatter: {},
    boilerplateRemoved,
    plainText: plainTextOf(parsed.tree),
    mapPosition,
    warnings: [],
  };
}

/** Runs a step over a PDF's rebuilt markdown, moving the line of any error it raises to the PDF's page and line. */
function onPdfPages<T>(step: () => T, mapPosition: PositionMapper): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof VawgError) || error.location?.line === undefined) throw error;
    const place = mapPosition({ line: error.location.line, column: error.location.column ?? 1 });
    const page = place.page === undefined ? '' : ` (page ${place.page})`;
    throw new VawgError(`${error.message}${page}`, { file: error.location.file, line: place.line, column: place.column }, error.exitCode);
  }
}

function plainTextOf(tree: Root): string {
  return tree.children.map((child) => toString(child)).join('\n');
}
