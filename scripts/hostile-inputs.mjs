#!/usr/bin/env node
/**
 * Builds the hostile inputs the safety tests and the README's Safety figures are about: small files
 * that used to exhaust memory or time (zip bombs, PDF stream bombs, markdown that nests or
 * backtracks, HTML with 100,000 elements). Nothing here is committed: the tests call these
 * functions, and `node scripts/hostile-inputs.mjs DIR` writes every case to DIR for measuring by
 * hand (for example with `/usr/bin/time -v vawg parse DIR/<case> --force "Kent Police"`).
 *
 * The bombs are made in milliseconds: a deflate segment compressed after a full flush does not
 * refer back, so one compressed megabyte can be repeated to stand for as many megabytes as wanted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

/** Raw deflate data that inflates to `megabytes` copies of a megabyte of `block`. */
export function deflateBomb(block, megabytes) {
  const chunk = Buffer.alloc(MB, block);
  const segment = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return { data: Buffer.concat([...Array(megabytes).fill(segment), end]), size: megabytes * MB };
}

/** A zip archive (deflated entries); `declared` overrides an entry's stated uncompressed size, to lie as bombs do. */
export function zipArchive(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = entry.deflated ?? deflateRawSync(Buffer.from(entry.text ?? '', 'utf8'));
    const size = entry.size ?? Buffer.byteLength(entry.text ?? '', 'utf8');
    const crc = entry.crc ?? crc32(Buffer.from(entry.text ?? '', 'utf8'));
    const declared = entry.declared ?? size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, deflated);
    centrals.push(central, name);
    offset += header.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOCUMENT_CLOSE = '</w:t></w:r></w:p></w:body></w:document>';

/** A Word document whose one paragraph inflates to `megabytes` MB of the letter A; `lie` states a small size in the zip headers. */
export function docxBomb(megabytes, { lie = false } = {}) {
  const bomb = deflateBomb('A', megabytes);
  // The document part is the opening tags, the bomb, and the closing tags, deflated as one stream.
  const open = deflateRawSync(Buffer.from(DOCUMENT_OPEN), { finishFlush: constants.Z_FULL_FLUSH });
  const close = deflateRawSync(Buffer.from(DOCUMENT_CLOSE));
  const body = Buffer.concat([open, bomb.data.subarray(0, bomb.data.length - deflateRawSync(Buffer.alloc(0)).length), close]);
  const block = Buffer.alloc(MB, 'A');
  let crc = crc32(DOCUMENT_OPEN);
  for (let index = 0; index < megabytes; index += 1) crc = crc32(block, crc);
  crc = crc32(DOCUMENT_CLOSE, crc);
  const size = DOCUMENT_OPEN.length + bomb.size + DOCUMENT_CLOSE.length;
  return zipArchive([
    { name: '[Content_Types].xml', text: CONTENT_TYPES },
    { name: '_rels/.rels', text: RELS },
    { name: 'word/document.xml', deflated: body, size, crc, ...(lie ? { declared: 4096 } : {}) },
  ]);
}

/** A PDF file from its objects' bodies (object 1 is the catalog), with a correct cross-reference table. */
export function pdfFile(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A stream object's body. */
export function pdfStream(dictionary, data) {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const LINE = 'BT /F1 12 Tf 72 720 Td (We will act on every report of violence against women and girls.) Tj ET\n';

/** A PDF of `pages` pages, each with its own content stream drawn from `content(page)`. */
export function pdfPages(pages, content) {
  const objects = [`<< /Type /Catalog /Pages 2 0 R >>`, '', FONT];
  const kids = [];
  for (let page = 0; page < pages; page += 1) {
    const pageObject = objects.length + 1;
    kids.push(`${pageObject} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject + 1} 0 R >>`,
    );
    objects.push(content(page));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return pdfFile(objects);
}

/** A one-page PDF whose content stream inflates to `megabytes` MB of spaces after one line of text. */
export function pdfStreamBomb(megabytes) {
  const bomb = deflateBomb(' ', megabytes);
  const zlibData = Buffer.concat([Buffer.from([0x78, 0xda]), bomb.data, Buffer.alloc(4)]);
  return pdfPages(1, () => pdfStream('/Filter /FlateDecode', zlibData));
}

/** A one-page PDF with `count` text-showing operators in one deflated content stream. */
export function pdfManyOperators(count) {
  const content = `BT /F1 1 Tf 72 720 Td ${'(a) Tj '.repeat(count)}ET\n`;
  return pdfPages(1, () => pdfStream('/Filter /FlateDecode', deflateZlib(content)));
}

function deflateZlib(text) {
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateRawSync(Buffer.from(text, 'latin1'), { level: 9 }), Buffer.alloc(4)]);
}

/** A PDF of `count` pages with one line of text each. */
export function pdfManyPages(count) {
  return pdfPages(count, (page) => pdfStream('', Buffer.from(LINE.replace('report', `report ${page}`), 'latin1')));
}

/** A PDF whose every page holds the same one line. */
export function pdfRepeatedLine(count) {
  return pdfPages(count, () => pdfStream('', Buffer.from(LINE, 'latin1')));
}

/** Every hostile case, by file name: the content and what it stands for. */
export function hostileCases() {
  const lines = (count, line) => Array(count).fill(line).join('\n');
  return {
    'docx-bomb-315k.docx': () => docxBomb(320),
    'docx-bomb-519k.docx': () => docxBomb(530),
    'docx-bomb-lying.docx': () => docxBomb(320, { lie: true }),
    'pdf-stream-1gb.pdf': () => pdfStreamBomb(1024),
    'pdf-3m-operators.pdf': () => pdfManyOperators(3_000_000),
    'pdf-20k-pages.pdf': () => pdfManyPages(20_000),
    'pdf-repeated-line.pdf': () => pdfRepeatedLine(5),
    'bullets-in-one-line.md': () => `${'- '.repeat(8000)}We will act.\n`,
    'numbers-in-one-line.md': () => `${'1. '.repeat(8000)}We will act.\n`,
    'quoted-bullets-in-one-line.md': () => `${'> - '.repeat(4000)}We will act.\n`,
    'link-openers.md': () => `${'[a]('.repeat(20_000)}\n${'[a]('.repeat(20_000)}\n`,
    'list-items-100k.md': () => `${lines(100_000, '- We will act.')}\n`,
    'headings-2000.md': () =>
      Array.from({ length: 2000 }, (_, index) => `# Heading ${index}\n\nWe will act on report ${index} at once.\n`).join('\n'),
    'html-100k-li.html': () => `<!doctype html><html><body><ul>${'<li>We will act.'.repeat(100_000)}</ul></body></html>\n`,
    'html-100k-nested.html': () =>
      `<!doctype html><html><body>${'<div>'.repeat(100_000)}We will act.${'</div>'.repeat(100_000)}</body></html>\n`,
    'lone-cr.txt': () =>
      `Kent Police strategy\r\rWe will act on every report.\r${'The weather was fine that day.\r'.repeat(5000)}\rWe will publish our progress.\r`,
    'lone-cr-nested.md': () => `${Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}- We will act.`).join('\r')}\r`,
    'long-paragraph.md': () => `${Array(20).fill('[a]('.repeat(2500)).join('\n')}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? 'hostile');
  mkdirSync(outDir, { recursive: true });
  for (const [name, make] of Object.entries(hostileCases())) {
    const content = make();
    writeFileSync(path.join(outDir, name), content);
    console.log(`${name}\t${content.length} bytes`);
  }
}
