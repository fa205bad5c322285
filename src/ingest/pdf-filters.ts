import { createInflateRaw } from 'node:zlib';

/** Thrown when a stream decodes to more bytes than it may. */
export class DecodeBudgetExceeded extends Error {
  constructor() {
    super('decoded data over budget');
  }
}

/** A PDF filter name in full (`Fl` is `FlateDecode`, and so on). */
const ABBREVIATIONS: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  RL: 'RunLengthDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

/** Filters that only image data uses; text extraction with images skipped never decodes them. */
export const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);

/** The filter names of a stream dictionary, in the order they apply. */
export function streamFilters(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!match) return [];
  return [...(match[1] as string).matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => ABBREVIATIONS[name[1] as string] ?? (name[1] as string));
}

/**
 * Decodes data through the general-purpose PDF filters (Flate, LZW, RunLength, ASCIIHex,
 * ASCII85), never producing more than `budget` bytes at any step; undefined for a filter it does
 * not decode or data it cannot (damaged, encrypted), which pdf.js then judges for itself.
 */
export async function decodeStream(data: Uint8Array, filters: string[], budget: number): Promise<Uint8Array | undefined> {
  let current = data;
  for (const filter of filters) {
    const decoded = filter === 'FlateDecode' ? await inflate(current, budget) : decodeOne(current, filter, budget);
    if (decoded === undefined) return undefined;
    current = decoded;
  }
  return current;
}

function decodeOne(data: Uint8Array, filter: string, budget: number): Uint8Array | undefined {
  switch (filter) {
    case 'LZWDecode':
      return lzw(data, budget);
    case 'RunLengthDecode':
      return runLength(data, budget);
    case 'ASCIIHexDecode':
      return asciiHex(data);
    case 'ASCII85Decode':
      return ascii85(data);
    default:
      return undefined;
  }
}

/**
 * Inflates zlib data as pdf.js does: the header must be valid, the checksum is not looked at, and
 * the output before any damage counts. Streams the output and stops as soon as it passes the budget.
 */
function inflate(data: Uint8Array, budget: number): Promise<Uint8Array | undefined> {
  const [method = 0, flags = 0] = data;
  if ((method & 0x0f) !== 8 || ((method << 8) | flags) % 31 !== 0 || (flags & 0x20) !== 0) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const inflater = createInflateRaw();
    const finish = (): void => resolve(Buffer.concat(chunks));
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflater.removeAllListeners();
        inflater.destroy();
        reject(new DecodeBudgetExceeded());
        return;
      }
      chunks.push(chunk);
    });
    inflater.once('error', finish);
    inflater.once('end', finish);
    inflater.end(data.subarray(2));
  });
}

/** A growing byte buffer that refuses to pass its budget. */
class Output {
  private bytes = new Uint8Array(1024);
  length = 0;

  constructor(private readonly budget: number) {}

  push(byte: number): void {
    if (this.length >= this.budget) throw new DecodeBudgetExceeded();
    if (this.length === this.bytes.length) {
      const larger = new Uint8Array(Math.min(this.bytes.length * 2, this.budget + 1));
      larger.set(this.bytes);
      this.bytes = larger;
    }
    this.bytes[this.length] = byte;
    this.length += 1;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** LZW as PDF uses it (early change 1), up to the end-of-data code; the table keeps each entry as a prefix code and a last byte. */
function lzw(data: Uint8Array, budget: number): Uint8Array {
  const out = new Output(budget);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const scratch = new Uint8Array(4096);
  for (let code = 0; code < 256; code += 1) {
    prefix[code] = -1;
    suffix[code] = code;
    lengths[code] = 1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let bits = 0;
  const emit = (code: number): number => {
    let length = lengths[code] as number;
    let cursor = code;
    for (let index = length - 1; index >= 0; index -= 1) {
      scratch[index] = suffix[cursor] as number;
      cursor = prefix[cursor] as number;
    }
    for (let index = 0; index < length; index += 1) out.push(scratch[index] as number);
    length = scratch[0] as number;
    return length;
  };
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (code === 257) return out.result();
      if (code > next || (code === next && previous < 0)) return out.result();
      let first: number;
      if (code === next) {
        first = emit(previous);
        out.push(first);
      } else first = emit(code);
      if (previous >= 0 && next < 4096) {
        prefix[next] = previous;
        suffix[next] = first;
        lengths[next] = (lengths[previous] as number) + 1;
        next += 1;
      }
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width += 1;
    }
  }
  return out.result();
}

function runLength(data: Uint8Array, budget: number): Uint8Array {
  const out = new Output(budget);
  let index = 0;
  while (index < data.length) {
    const length = data[index] as number;
    if (length === 128) break;
    if (length < 128) {
      for (let copy = 0; copy <= length && index + 1 + copy < data.length; copy += 1) out.push(data[index + 1 + copy] as number);
      index += length + 2;
    } else {
      const value = data[index + 1] ?? 0;
      for (let copy = 0; copy < 257 - length; copy += 1) out.push(value);
      index += 2;
    }
  }
  return out.result();
}

function asciiHex(data: Uint8Array): Uint8Array {
  const digits: number[] = [];
  for (const byte of data) {
    if (byte === 62) break;
    const value = hexValue(byte);
    if (value >= 0) digits.push(value);
  }
  if (digits.length % 2 === 1) digits.push(0);
  const out = new Uint8Array(digits.length / 2);
  for (let index = 0; index < out.length; index += 1) out[index] = ((digits[2 * index] as number) << 4) | (digits[2 * index + 1] as number);
  return out;
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number): void => {
    let value = 0;
    for (let index = 0; index < 5; index += 1) value = value * 85 + (group[index] ?? 84);
    for (let index = 0; index < count; index += 1) out.push((value >>> (24 - 8 * index)) & 255);
    group = [];
  };
  for (const byte of data) {
    if (byte === 126) break;
    if (byte === 122 && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 33 || byte > 117) continue;
    group.push(byte - 33);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}
