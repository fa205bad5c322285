import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readInputBytes, readInputText, type ReadTextOptions } from '../io/read-text.js';
import type { SourcePosition } from '../model/index.js';
import { removeBoilerplate } from './boilerplate.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { docxToHtml, paragraphPosition } from './docx.js';
import { readFrontmatter } from './frontmatter.js';
import { countBelow, restorePositions, separateTextBlocks } from './lazy-lines.js';
import { nestListsByIndent } from './nest-lists.js';
import { parseMarkdown } from './parse-markdown.js';
import { readPdfPages } from './pdf.js';
import { layoutPdf, pdfPosition } from './pdf-layout.js';
import { promoteHeadings } from './promote-headings.js';
import { rewritePositions } from './rewrite-positions.js';
import { splitTextLines } from './split-lines.js';
import { guardSource } from './guard.js';
import { VawgError } from '../io/errors.js';
import { resolveLimits, type Limits } from '../io/limits.js';
import { normalizeLineBreaks } from '../text/line-breaks.js';
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
  if (format === 'pdf') return ingestPdf(bytes, file, sha256, limits);
  if (format === 'docx') return ingestDocx(bytes, file, sha256, limits);
  return ingestText(readInputText(file, read), file, format, sha256, limits);
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
  const insertions = format === 'text' ? separateTextBlocks(text) : undefined;
  guardSource(insertions?.text ?? text, file, limits, insertions ? (line) => line - countBelow(insertions.lines, line) : undefined);
  const tree = parseMarkdown(insertions?.text ?? text);
  guardTree(tree, file, limits, UNIST_SHAPE);
  if (insertions) restorePositions(tree, insertions);
  const frontmatter = readFrontmatter(tree, file);
  if (format === 'text') splitTextLines(tree, text);
  const boilerplateRemoved = removeBoilerplate(tree);
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
  return {
    file,
    text: html,
    format: 'html',
    sha256: sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'),
    tree: parsed.tree,
    frontmatter: {},
    boilerplateRemoved,
    plainText: plainTextOf(parsed.tree),
  };
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
