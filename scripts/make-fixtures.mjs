#!/usr/bin/env node
/**
 * Generates the format fixtures in test/fixtures/formats/ from the seed strategies, so no
 * binary in the repository is a mystery: run `node scripts/make-fixtures.mjs [output-dir]`.
 *
 * - warwickshire.md, dorset.md: markdown derived from strategies/sources/*.txt (headings,
 *   nested bullets, the text of every line kept as it is);
 * - <name>.html, <name>.pdf, <name>.docx: the same markdown as a web page (mdast → hast →
 *   HTML), a PDF (pdfkit, with a running header and page-number footer) and a Word document
 *   (docx package);
 * - the error cases: encrypted.pdf (password "secret"), scanned.pdf (vector shapes, no text
 *   layer), damaged.pdf (a real PDF cut short), chart.png and archive.docx (a zip that is not a
 *   Word document).
 *
 * - action-plan.{md,html,docx,pdf}: test/fixtures/sources/action-plan.md, an action plan with a
 *   table (Action / Lead / By when / Measure) and a nested list, rendered with the bullets typed as
 *   characters ("•", "◦") in markdown, HTML paragraphs and Word paragraphs, and with the table as a
 *   GFM table, an HTML <table>, a Word table and a PDF table (pdfkit's `table`);
 *   action-plan-tagged.pdf: the plan as a word processor exports it, a tagged PDF (structure tree
 *   with headings, paragraphs, a table and lists: a bullet list whose labels are "•" glyphs, and a
 *   numbered list drawn with pdfkit's `list`); action-plan-columns.pdf: the plan's text set in
 *   two columns (pdfkit's `columns`); action-plan-columns.docx: a Word section in two columns;
 *   action-plan*.source.yaml: the force and title, which the binary formats cannot carry.
 *
 * Output is byte-for-byte deterministic: a fixed PDF CreationDate (pdfkit derives the file ID
 * from the info dictionary, so the ID is fixed too), no PDF compression, RC4 rather than AES for
 * the encrypted PDF (AES takes a random IV), fixed Word core properties and zip entry times, and a
 * stored (uncompressed) PNG. real-world-page.html is written by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import PDFDocument from 'pdfkit';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'test', 'fixtures', 'formats'));
const FIXED_DATE = new Date(0);
const FIXED_ISO = '2000-01-01T00:00:00Z';

const SEEDS = [
  { name: 'warwickshire', toMarkdown: structuredMarkdown, header: 'Warwickshire Police – VAWG Strategy 2023' },
  { name: 'dorset', toMarkdown: lineMarkdown, header: 'Dorset Police – Tackling VAWG' },
];

// ---------------------------------------------------------------- markdown from the seed text

const HEADING_ENDINGS = /[.,;:!"”]$/u;

/** Markdown escape for text taken from a seed, so its characters are never read as markup. */
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** Escapes a bullet's text but keeps a leading or whole `**bold**` span as markup. */
function escapeKeepingBold(text) {
  const bold = /^\*\*(.+)\*\*$/u.exec(text);
  return bold ? `**${escapeMarkdown(bold[1])}**` : escapeMarkdown(text);
}

function isHeadingLine(line) {
  if (/^Pillar \d+:/u.test(line)) return true;
  if (/^Version\b/u.test(line)) return false;
  return line.split(/\s+/u).length <= 10 && !HEADING_ENDINGS.test(line) && /^\p{Lu}/u.test(line);
}

/** Warwickshire: title lines and "Pillar N" lines become headings, "- **x**" / " - y" nested bullets. */
function structuredMarkdown(text) {
  const groups = text
    .replace(/\r/g, '')
    .split(/\n\s*\n/u)
    .map((group) => group.split('\n').filter((line) => line.trim() !== ''));
  const out = [];
  let titled = false;
  for (const lines of groups.filter((group) => group.length > 0)) {
    if (lines.every((line) => /^ ?- /u.test(line))) {
      out.push(
        lines
          .map((line) => (line.startsWith(' ') ? `  - ${escapeKeepingBold(line.slice(3))}` : `- ${escapeKeepingBold(line.slice(2))}`))
          .join('\n'),
      );
      continue;
    }
    const joined = lines.join(' ');
    const bold = /^\*\*(.+)\*\*$/u.exec(joined);
    if (bold || (lines.length === 1 && isHeadingLine(joined))) {
      out.push(`${titled ? '##' : '#'} ${escapeMarkdown(bold ? bold[1] : joined)}`);
      titled = true;
      continue;
    }
    out.push(lines.map(escapeMarkdown).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** Dorset, a web page flattened to one block per line: a title from its provenance, then one paragraph per line. */
function lineMarkdown(text, provenance) {
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return `# ${escapeMarkdown(provenance.title)}\n\n${lines.map((line) => escapeMarkdown(line.trim())).join('\n\n')}\n`;
}

// ---------------------------------------------------------------- HTML

/** A complete page around the markdown's HTML; every text goes through hast-util-to-html's escaping. */
function renderHtml(tree, title) {
  const text = (value) => ({ type: 'text', value });
  const element = (tagName, properties, children) => ({ type: 'element', tagName, properties, children });
  const body = toHast(tree);
  const page = {
    type: 'root',
    children: [
      { type: 'doctype' },
      text('\n'),
      element('html', { lang: 'en' }, [
        text('\n'),
        element('head', {}, [
          text('\n'),
          element('meta', { charSet: 'utf-8' }, []),
          text('\n'),
          element('title', {}, [text(title)]),
          text('\n'),
        ]),
        text('\n'),
        element('body', {}, [text('\n'), element('main', {}, [text('\n'), ...body.children, text('\n')]), text('\n')]),
        text('\n'),
      ]),
      text('\n'),
    ],
  };
  return toHtml(page);
}

// ---------------------------------------------------------------- Word

function runsOf(nodes, bold = false) {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), bold })];
    if (node.type === 'strong') return runsOf(node.children, true);
    if ('children' in node) return runsOf(node.children, bold);
    return [];
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function wordParagraphs(nodes, level = -1) {
  return nodes.flatMap((node) => {
    if (node.type === 'heading') return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: runsOf(node.children) })];
    if (node.type === 'paragraph') {
      return [new Paragraph({ children: runsOf(node.children), ...(level >= 0 ? { bullet: { level } } : {}) })];
    }
    if (node.type === 'list') {
      if (node.ordered) throw new Error('ordered lists are not used by the seeds');
      return node.children.flatMap((item) => wordParagraphs(item.children, level + 1));
    }
    throw new Error(`no Word rendering for ${node.type}`);
  });
}

async function renderDocx(tree, title, children = wordParagraphs(tree.children), sectionProperties = {}) {
  const document = new Document({ creator: 'vawg fixtures', title, sections: [{ properties: sectionProperties, children }] });
  const core = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>vawg fixtures</dc:creator>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
  const buffer = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]);
  return fixZipTimes(Buffer.from(buffer));
}

function escapeXml(text) {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
}

/** Sets every zip entry's modification time to 1980-01-01 00:00, the zip format's earliest, so the bytes never depend on the clock. */
function fixZipTimes(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    const local = zip.readUInt32LE(entry + 42);
    for (const [at, time, date] of [
      [entry, 12, 14],
      [local, 10, 12],
    ]) {
      zip.writeUInt16LE(0, at + time);
      zip.writeUInt16LE(0x21, at + date);
    }
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  return zip;
}

// ---------------------------------------------------------------- PDF

const PAGE = { size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 } };
const BODY = 11;
const HEADING_SIZES = [20, 14, 12, 12];
const BULLETS = ['•', '–', '•', '–'];

function pdfDocument(options) {
  return new PDFDocument({
    ...PAGE,
    compress: false,
    info: { CreationDate: FIXED_DATE, Producer: 'vawg fixtures', Creator: 'vawg fixtures', ...options.info },
    ...options.extra,
  });
}

async function pdfBytes(doc, draw) {
  const chunks = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function plainRuns(nodes, bold = false) {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return [{ text: node.value.replace(/\s*\n\s*/g, ' '), bold }];
    if (node.type === 'strong') return plainRuns(node.children, true);
    if ('children' in node) return plainRuns(node.children, bold);
    return [];
  });
}

/** Writes runs of text at (x, y) within a width, switching between regular and bold fonts. */
function writeRuns(doc, runs, x, width) {
  runs.forEach((run, index) => {
    doc.font(run.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY);
    const options = { width, continued: index < runs.length - 1 };
    if (index === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
}

/** Starts a new page when fewer than `lines` body lines fit, so a bullet or heading is never left alone at the foot of a page. */
function keepLines(doc, lines) {
  if (doc.y + lines * doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawBlocks(doc, nodes, level) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  for (const node of nodes) {
    if (node.type === 'heading') {
      doc.font('Helvetica-Bold').fontSize(HEADING_SIZES[node.depth - 1]);
      keepLines(doc, 3);
      doc.text(
        plainRuns(node.children)
          .map((run) => run.text)
          .join(''),
        left,
        doc.y,
        { width: right - left },
      );
      doc.moveDown(0.5);
    } else if (node.type === 'paragraph') {
      doc.fontSize(BODY);
      if (level < 0) {
        writeRuns(doc, plainRuns(node.children), left, right - left);
        doc.moveDown(0.7);
      } else {
        const bulletX = left + 10 + level * 18;
        const textX = bulletX + 14;
        doc.font('Helvetica').fontSize(BODY);
        keepLines(doc, 2);
        const y = doc.y;
        doc.text(BULLETS[level], bulletX, y, { lineBreak: false });
        doc.y = y;
        writeRuns(doc, plainRuns(node.children), textX, right - textX);
        doc.moveDown(0.3);
      }
    } else if (node.type === 'list') {
      for (const item of node.children) drawBlocks(doc, item.children, level + 1);
      if (level < 0) doc.moveDown(0.4);
    } else {
      throw new Error(`no PDF rendering for ${node.type}`);
    }
  }
}

/** Draws the running header and the "Page N of M" footer on every page, inside the margins' space. */
function drawPageFurniture(doc, header) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9);
    doc.text(header, doc.page.margins.left, 40, { lineBreak: false });
    doc.text(`Page ${index + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - 50, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function renderPdf(tree, title, header) {
  const doc = pdfDocument({ info: { Title: title }, extra: { bufferPages: true } });
  return pdfBytes(doc, (pdf) => {
    drawBlocks(pdf, tree.children, -1);
    drawPageFurniture(pdf, header);
  });
}

// ---------------------------------------------------------------- error cases

function encryptedPdf() {
  const doc = pdfDocument({ info: { Title: 'Protected strategy' }, extra: { userPassword: 'secret', pdfVersion: '1.4' } });
  return pdfBytes(doc, (pdf) => pdf.font('Helvetica').fontSize(BODY).text('We will patrol the parks at night.'));
}

/** Pages of grey bars where the lines of text would be, as a scan looks to a reader with no text layer. */
function scannedPdf() {
  const doc = pdfDocument({ info: { Title: 'Scanned strategy' } });
  return pdfBytes(doc, (pdf) => {
    for (let page = 0; page < 2; page += 1) {
      if (page > 0) pdf.addPage();
      for (let line = 0; line < 30; line += 1) {
        const width = 300 + ((line * 37) % 150);
        pdf.rect(72, 90 + line * 20, width, 8).fill('#777777');
      }
    }
  });
}

/** A zlib stream holding the data in one stored (uncompressed) block, the same bytes whatever zlib the machine has. */
function storedZlib(data) {
  const block = Buffer.alloc(5);
  block[0] = 1;
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0x01]), block, data, adler]);
}

/** A tiny valid PNG image (4 by 4 pixels, grey). */
function pngImage() {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 128, 128, 128, 128])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', storedZlib(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A zip archive holding one stored text file and no word/document.xml: a zip, but not a Word document. */
function plainZip() {
  const name = Buffer.from('notes.txt', 'latin1');
  const data = Buffer.from('We will patrol the parks at night.\n', 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(10, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

// ---------------------------------------------------------------- the action plan

const PLAN_TITLE = 'Eastbrook Constabulary VAWG Action Plan 2025/26';
const PLAN_HEADER = 'Eastbrook Constabulary – VAWG Action Plan 2025/26';
const TYPED_BULLETS = ['•', '◦', '▪'];

/** Reads markdown with GFM tables, as the action plan is written. */
function parseWithTables(markdown) {
  function tables() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  return unified().use(remarkParse).use(tables).parse(markdown);
}

const textOf = (node) =>
  plainRuns(node.children ?? [])
    .map((run) => run.text)
    .join('');

/** The plan as blocks: headings, paragraphs, the table (rows of cell texts) and list items with their level. */
function planBlocks(tree) {
  const blocks = [];
  const items = (list, level) => {
    for (const [index, item] of list.children.entries()) {
      for (const child of item.children) {
        if (child.type === 'paragraph')
          blocks.push({ type: 'item', level, text: textOf(child), number: list.ordered ? (list.start ?? 1) + index : undefined });
        else if (child.type === 'list') items(child, level + 1);
      }
    }
  };
  for (const node of tree.children) {
    if (node.type === 'heading') blocks.push({ type: 'heading', depth: node.depth, text: textOf(node) });
    else if (node.type === 'paragraph') blocks.push({ type: 'paragraph', text: textOf(node) });
    else if (node.type === 'table') blocks.push({ type: 'table', rows: node.children.map((row) => row.children.map(textOf)) });
    else if (node.type === 'list') items(node, 0);
    else throw new Error(`no plan rendering for ${node.type}`);
  }
  return blocks;
}

/** The marker an item is typed with: its number ("1."), or the bullet character of its level. */
const typedMarker = (block) => (block.number === undefined ? TYPED_BULLETS[block.level] : `${block.number}.`);

/** Markdown with the list's bullets typed as characters, two spaces of indent per level. */
function planMarkdown(source) {
  return source.replace(/^( *)- /gmu, (_, indent) => `${indent}${TYPED_BULLETS[indent.length / 2]} `);
}

/** A web page with the table as <table> and each list item as a paragraph starting with a typed bullet. */
function planHtml(blocks) {
  const text = (value) => ({ type: 'text', value });
  const element = (tagName, children) => ({ type: 'element', tagName, properties: {}, children });
  const children = blocks.map((block) => {
    if (block.type === 'heading') return element(`h${block.depth}`, [text(block.text)]);
    if (block.type === 'paragraph') return element('p', [text(block.text)]);
    if (block.type === 'item') return element('p', [text(`${typedMarker(block)} ${block.text}`)]);
    const [header, ...rows] = block.rows;
    const row = (cells, tag) =>
      element(
        'tr',
        cells.map((cell) => element(tag, [text(cell)])),
      );
    return element('table', [
      element('thead', [row(header, 'th')]),
      element(
        'tbody',
        rows.map((cells) => row(cells, 'td')),
      ),
    ]);
  });
  const body = { type: 'root', children: children.flatMap((child) => [child, text('\n')]) };
  return renderHtml({ type: 'root', children: [] }, PLAN_TITLE).replace('<main>\n\n</main>', `<main>\n${toHtml(body)}</main>`);
}

/** Word paragraphs: headings by style, a Word table, and list items typed as "•<tab>text" with a hanging indent. */
function planWord(blocks) {
  return blocks.map((block) => {
    if (block.type === 'heading') return new Paragraph({ heading: HEADINGS[block.depth - 1], children: [new TextRun(block.text)] });
    if (block.type === 'paragraph') return new Paragraph({ children: [new TextRun(block.text)] });
    if (block.type === 'item') {
      const left = 360 * (block.level + 1);
      return new Paragraph({ indent: { left, hanging: 360 }, children: [new TextRun(`${typedMarker(block)}\t${block.text}`)] });
    }
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map(
        (cells, index) =>
          new TableRow({
            tableHeader: index === 0,
            children: cells.map(
              (cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: index === 0 })] })] }),
            ),
          }),
      ),
    });
  });
}

/** Draws a table with pdfkit's own table feature, the header row bold, inside the page's margins. */
function drawPlanTable(doc, rows, structParent) {
  doc.font('Helvetica').fontSize(9);
  doc.table({
    ...(structParent ? { structParent } : {}),
    columnStyles: ['34%', '24%', '16%', '26%'],
    rowStyles: (index) => (index === 0 ? { font: 'Helvetica-Bold' } : {}),
    defaultStyle: { padding: 4 },
    data: rows,
  });
  doc.font('Helvetica').fontSize(BODY);
  doc.moveDown(1);
}

/** The plan as a PDF a script would draw: headings, paragraphs, a pdfkit table, and items with the bullet typed at the start of the text. */
function planPdf(blocks) {
  const doc = pdfDocument({ info: { Title: PLAN_TITLE }, extra: { bufferPages: true } });
  return pdfBytes(doc, (pdf) => {
    const left = pdf.page.margins.left;
    const width = pdf.page.width - left - pdf.page.margins.right;
    for (const block of blocks) {
      if (block.type === 'heading') {
        pdf
          .font('Helvetica-Bold')
          .fontSize(HEADING_SIZES[block.depth - 1])
          .text(block.text, left, pdf.y, { width });
        pdf.moveDown(0.5);
      } else if (block.type === 'paragraph') {
        pdf.font('Helvetica').fontSize(BODY).text(block.text, left, pdf.y, { width });
        pdf.moveDown(0.7);
      } else if (block.type === 'item') {
        const x = left + 18 * block.level;
        const marker = block.number === undefined ? (block.level === 0 ? '-' : '–') : `${block.number}.`;
        pdf
          .font('Helvetica')
          .fontSize(BODY)
          .text(`${marker} ${block.text}`, x, pdf.y, { width: width - 18 * block.level });
        pdf.moveDown(0.3);
      } else drawPlanTable(pdf, block.rows);
    }
    drawPageFurniture(pdf, PLAN_HEADER);
  });
}

/** The plan as a word processor exports it: a tagged PDF whose structure tree holds the headings, paragraphs, table and lists. */
function planTaggedPdf(blocks) {
  const doc = pdfDocument({ info: { Title: PLAN_TITLE }, extra: { tagged: true, lang: 'en-GB', displayTitle: true, pdfVersion: '1.7' } });
  return pdfBytes(doc, (pdf) => {
    const root = pdf.struct('Document');
    pdf.addStructure(root);
    const left = pdf.page.margins.left;
    const width = pdf.page.width - left - pdf.page.margins.right;
    let list;
    const closeList = () => {
      if (list) list.end();
      list = undefined;
    };
    for (const [index, block] of blocks.entries()) {
      if (block.type !== 'item' || block.number !== undefined) closeList();
      if (block.type === 'heading') {
        root.add(
          pdf.struct(`H${block.depth}`, () =>
            pdf
              .font('Helvetica-Bold')
              .fontSize(HEADING_SIZES[block.depth - 1])
              .text(block.text, left, pdf.y, { width }),
          ),
        );
        pdf.moveDown(0.5);
      } else if (block.type === 'paragraph') {
        root.add(pdf.struct('P', () => pdf.font('Helvetica').fontSize(BODY).text(block.text, left, pdf.y, { width })));
        pdf.moveDown(0.7);
      } else if (block.type === 'table') {
        drawPlanTable(pdf, block.rows, root);
      } else if (block.number !== undefined) {
        // A numbered list is drawn by pdfkit's own list feature, tagged L / LI / Lbl / LBody, at its first item.
        if (block.number !== 1) continue;
        const texts = [];
        for (let next = index; blocks[next]?.type === 'item' && blocks[next].number !== undefined; next += 1) texts.push(blocks[next].text);
        const steps = pdf.struct('L');
        root.add(steps);
        pdf.font('Helvetica').fontSize(BODY).list(texts, left, pdf.y, { listType: 'numbered', structParent: steps, width });
        steps.end();
        pdf.moveDown(0.5);
      } else {
        // Word's bullets: the label a glyph set apart at the bullet's tab, the body with a hanging indent.
        if (!list) {
          list = pdf.struct('L');
          root.add(list);
        }
        const bulletX = left + 10 + 18 * block.level;
        const y = pdf.y;
        const item = pdf.struct('LI');
        list.add(item);
        item.add(
          pdf.struct('Lbl', () =>
            pdf
              .font('Helvetica')
              .fontSize(BODY)
              .text(block.level === 0 ? '•' : '–', bulletX, y, { lineBreak: false }),
          ),
        );
        item.add(
          pdf.struct('LBody', () =>
            pdf
              .font('Helvetica')
              .fontSize(BODY)
              .text(block.text, bulletX + 14, y, { width: width - 24 - 18 * block.level }),
          ),
        );
        item.end();
        pdf.moveDown(0.3);
      }
    }
    closeList();
    root.end();
  });
}

/** The plan with everything after the table set in two columns by pdfkit, each item on a line of its own. */
function planColumnsPdf(blocks) {
  const doc = pdfDocument({ info: { Title: PLAN_TITLE }, extra: { bufferPages: true } });
  return pdfBytes(doc, (pdf) => {
    const left = pdf.page.margins.left;
    const width = pdf.page.width - left - pdf.page.margins.right;
    const tableAt = blocks.findIndex((block) => block.type === 'table');
    for (const block of blocks.slice(0, tableAt + 1)) {
      if (block.type === 'heading')
        pdf
          .font('Helvetica-Bold')
          .fontSize(HEADING_SIZES[block.depth - 1])
          .text(block.text, left, pdf.y, { width });
      else if (block.type === 'paragraph') pdf.font('Helvetica').fontSize(BODY).text(block.text, left, pdf.y, { width });
      else drawPlanTable(pdf, block.rows);
      pdf.moveDown(0.5);
    }
    const rest = blocks
      .slice(tableAt + 1)
      .filter((block) => block.type !== 'heading')
      .map((block) =>
        block.type === 'item'
          ? `${'  '.repeat(block.level)}${block.number === undefined ? '•' : `${block.number}.`} ${block.text}`
          : block.text,
      )
      .join('\n\n');
    pdf.font('Helvetica').fontSize(BODY).text(rest, left, pdf.y, { width, columns: 2, columnGap: 24, height: 200 });
    drawPageFurniture(pdf, PLAN_HEADER);
  });
}

async function writeActionPlan(write) {
  const source = readFileSync(path.join(root, 'test', 'fixtures', 'sources', 'action-plan.md'), 'utf8');
  const blocks = planBlocks(parseWithTables(source));
  write('action-plan.md', planMarkdown(source));
  write('action-plan.html', planHtml(blocks));
  write('action-plan.docx', await renderDocx(undefined, PLAN_TITLE, planWord(blocks)));
  write('action-plan-columns.docx', await renderDocx(undefined, PLAN_TITLE, planWord(blocks), { column: { count: 2, space: 708 } }));
  write('action-plan.pdf', await planPdf(blocks));
  write('action-plan-tagged.pdf', await planTaggedPdf(blocks));
  write('action-plan-columns.pdf', await planColumnsPdf(blocks));
  for (const name of ['action-plan', 'action-plan-tagged', 'action-plan-columns']) {
    write(
      `${name}.source.yaml`,
      `# Made by scripts/make-fixtures.mjs from test/fixtures/sources/action-plan.md (a fictional force).\nforce: Eastbrook Constabulary\ntitle: ${PLAN_TITLE}\n`,
    );
  }
}

// ---------------------------------------------------------------- main

async function main() {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  const write = (name, content) => {
    writeFileSync(path.join(outDir, name), content);
    written.push(name);
  };
  let warwickshirePdf;
  for (const seed of SEEDS) {
    const text = readFileSync(path.join(root, 'strategies', 'sources', `${seed.name}.txt`), 'utf8');
    const provenance = parseYaml(readFileSync(path.join(root, 'strategies', 'sources', `${seed.name}.source.yaml`), 'utf8'));
    const markdown = seed.toMarkdown(text, provenance);
    const tree = unified().use(remarkParse).parse(markdown);
    write(`${seed.name}.md`, markdown);
    write(`${seed.name}.html`, renderHtml(tree, provenance.title));
    const pdf = await renderPdf(tree, provenance.title, seed.header);
    write(`${seed.name}.pdf`, pdf);
    write(`${seed.name}.docx`, await renderDocx(tree, provenance.title));
    if (seed.name === 'warwickshire') warwickshirePdf = pdf;
  }
  await writeActionPlan(write);
  write('encrypted.pdf', await encryptedPdf());
  write('scanned.pdf', await scannedPdf());
  write('damaged.pdf', warwickshirePdf.subarray(0, Math.floor(warwickshirePdf.length * 0.6)));
  write('chart.png', pngImage());
  write('archive.docx', plainZip());
  process.stdout.write(`wrote ${written.length} files to ${path.relative(process.cwd(), outDir) || '.'}: ${written.join(', ')}\n`);
}

await main();
