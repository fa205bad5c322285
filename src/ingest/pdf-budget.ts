import { formatBytes, overLimit, type Limits } from '../io/limits.js';
import { countOperators } from './pdf-operators.js';
import { decodeStream, DecodeBudgetExceeded, IMAGE_FILTERS, streamFilters } from './pdf-filters.js';

const ENDSTREAM = Buffer.from('endstream', 'latin1');
/** Dictionary entries that mark a stream as something other than page content: fonts, images, object and cross-reference streams, metadata, attachments, colour profiles. */
const NOT_CONTENT = /\/(?:Length[123]\b|Subtype\s*\/(?!Form\b)|Type\s*\/(?:ObjStm|XRef|Metadata|EmbeddedFile)\b|N\s+\d)/;

/**
 * Reads through a PDF's streams before pdf.js does, and refuses the file with one line when its
 * compressed streams inflate past `max-decompressed` in all, or its content streams hold more than
 * `max-operators` operators. pdf.js keeps every byte a stream inflates to in memory and has no
 * such limits of its own, so a one-megabyte file could otherwise make it hold gigabytes. Image
 * codecs are not decoded (text extraction skips images); streams this scan cannot decode (damaged
 * or encrypted) are left for pdf.js to judge.
 */
export async function checkPdfBudget(bytes: Uint8Array, file: string, limits: Limits): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let decompressed = 0;
  let operators = 0;
  for (const stream of findStreams(text, buffer)) {
    const filters = streamFilters(stream.dictionary);
    if (filters.some((filter) => IMAGE_FILTERS.has(filter))) continue;
    let data: Uint8Array | undefined = buffer.subarray(stream.start, stream.end);
    if (filters.length > 0) {
      try {
        data = await decodeStream(data, filters, limits['max-decompressed'] - decompressed);
      } catch (error) {
        if (!(error instanceof DecodeBudgetExceeded)) throw error;
        throw overLimit(
          'max-decompressed',
          `its streams inflate to more than ${formatBytes(limits['max-decompressed'])}`,
          limits['max-decompressed'],
          {
            file,
          },
        );
      }
      if (data === undefined) continue;
      decompressed += data.length;
    }
    if (NOT_CONTENT.test(stream.dictionary)) continue;
    operators += countOperators(data, limits['max-operators'] - operators + 1);
    if (operators > limits['max-operators']) {
      throw overLimit(
        'max-operators',
        `its content streams hold more than ${count(limits['max-operators'])} operators`,
        limits['max-operators'],
        {
          file,
        },
      );
    }
  }
}

interface RawStream {
  dictionary: string;
  start: number;
  end: number;
}

/** Every `<< ... >> stream ... endstream` in the file: the dictionary's text and where the data lies. */
function* findStreams(text: string, buffer: Buffer): Generator<RawStream> {
  const keyword = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text)) !== null) {
    const dictionary = dictionaryBefore(text, match.index);
    if (dictionary === undefined) continue;
    const start = match.index + match[0].length;
    const length = /\/Length\s+(\d{1,10})\b(?!\s+\d+\s+R)/.exec(dictionary)?.[1];
    const from = length === undefined ? start : Math.min(start + Number(length), buffer.length);
    let end = buffer.indexOf(ENDSTREAM, from);
    if (end < 0) end = buffer.length;
    keyword.lastIndex = end;
    yield { dictionary, start, end };
  }
}

/** The text of the dictionary that ends just before a `stream` keyword, found by matching `>>` and `<<` backwards. */
function dictionaryBefore(text: string, keyword: number): string | undefined {
  let index = keyword - 1;
  while (index >= 0 && /\s/.test(text[index] as string)) index -= 1;
  if (text[index] !== '>' || text[index - 1] !== '>') return undefined;
  const end = index + 1;
  let depth = 0;
  const floor = Math.max(0, keyword - 65_536);
  while (index > floor) {
    if (text[index] === '>' && text[index - 1] === '>') {
      depth += 1;
      index -= 2;
    } else if (text[index] === '<' && text[index - 1] === '<') {
      depth -= 1;
      index -= 2;
      if (depth === 0) return text.slice(index + 1, end);
    } else index -= 1;
  }
  return undefined;
}

function count(value: number): string {
  return value.toLocaleString('en-GB');
}
