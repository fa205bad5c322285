import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { docxToHtml, paragraphPosition } from '../../ingest/docx.js';
import { readPdfPages } from '../../ingest/pdf.js';
import { dropPageFurniture, pageLines } from '../../ingest/pdf-lines.js';
import { VawgError } from '../../io/errors.js';
import { readInputBytes } from '../../io/read-text.js';
import type { CommitmentDocument } from '../../model/index.js';
import type { SourceLine, SourceText } from './input.js';

/** Elements whose text a reader of an HTML page never sees. */
const HIDDEN_HTML = new Set(['script', 'style', 'template', 'noscript', 'head']);

/**
 * Reads the source a commitment document was parsed from, as the lines its positions count:
 * the file's lines for text, markdown and HTML (the page's text, tags left out), each page's
 * lines for PDF, paragraphs for Word. The source is looked for beside the document first (where
 * `vawg parse -o` records it), then from the working directory.
 */
export async function readSourceText(
  documentFile: string,
  document: CommitmentDocument,
  cwd: string,
  display: (file: string) => string,
): Promise<{ source?: SourceText; note?: string }> {
  const recorded = document.document.source;
  const candidates = [path.resolve(path.dirname(documentFile), recorded), path.resolve(cwd, recorded)];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) return { note: `The source ${recorded} was not found beside ${display(documentFile)}, so it is not embedded.` };
  let bytes: Buffer;
  let lines: SourceLine[];
  try {
    bytes = readInputBytes(file);
    lines = await sourceLines(bytes, document.document.format, file);
  } catch (error) {
    const reason = error instanceof VawgError || error instanceof Error ? error.message : String(error);
    return { note: `The source ${display(file)} could not be read (${reason}), so it is not embedded.` };
  }
  const source: SourceText = { file: display(file), format: document.document.format, lines };
  if (createHash('sha256').update(bytes).digest('hex') !== document.document.sha256) {
    source.note = 'This source has changed since the commitments were read from it: lines and highlights may not match.';
  }
  return { source };
}

/** The lines of a source file in a given format. */
export async function sourceLines(bytes: Buffer, format: string, file: string): Promise<SourceLine[]> {
  if (format === 'pdf') return pdfLines(bytes, file);
  if (format === 'docx') return docxParagraphs(await docxToHtml(bytes, file));
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (format === 'html') return htmlLines(text);
  return splitLines(text).map((line, index) => ({ line: index + 1, text: line }));
}

async function pdfLines(bytes: Buffer, file: string): Promise<SourceLine[]> {
  const lines = (await readPdfPages(bytes, file)).map(pageLines);
  const kept = new Set(dropPageFurniture(lines).flat());
  return lines.flat().map((line) => ({
    page: line.page,
    line: line.line,
    text: line.bullet ? `${line.bullet.marker} ${line.text}` : line.text,
    ...(kept.has(line) ? {} : { furniture: true }),
  }));
}

/** The visible text of each line of an HTML file (positions in an HTML source count its lines). */
function htmlLines(html: string): SourceLine[] {
  const texts = splitLines(html).map(() => '');
  walkText(unified().use(rehypeParse).parse(html), (value, line) => {
    splitLines(value).forEach((piece, offset) => {
      const index = line - 1 + offset;
      if (index < texts.length) texts[index] += piece;
    });
  });
  return texts.map((text, index) => ({ line: index + 1, text: text.replace(/\s+/g, ' ').trimEnd() }));
}

/** The text of each Word paragraph, numbered as the positions of a Word document count them. */
function docxParagraphs(html: string): SourceLine[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const paragraphOf = paragraphPosition(html, tree);
  const texts: string[] = [];
  walkText(tree, (value, line, column) => {
    const index = paragraphOf({ line, column }).line - 1;
    while (texts.length <= index) texts.push('');
    texts[index] += value;
  });
  return texts.map((text, index) => ({ line: index + 1, text }));
}

function walkText(tree: HastRoot, visit: (value: string, line: number, column: number) => void): void {
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.position) visit(node.value, node.position.start.line, node.position.start.column);
    else if (node.type === 'element' && !HIDDEN_HTML.has((node as Element).tagName)) stack.push(...[...node.children].reverse());
  }
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
