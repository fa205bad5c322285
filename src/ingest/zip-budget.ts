import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { formatBytes, overLimit, type Limits } from '../io/limits.js';
import { VawgError } from '../io/errors.js';

/**
 * Checks a zip package (a Word document) against the `max-decompressed` budget before anything
 * inflates it for real: first the sizes its directory states, then every entry inflated as a
 * stream and thrown away, with yauzl stopping any entry that inflates past its stated size. Zip
 * bombs and archives that lie about their sizes are refused with one line; a damaged archive gives
 * `damaged` as its message.
 */
export async function checkZipBudget(bytes: Buffer, file: string, limits: Limits, damaged: string): Promise<void> {
  const zip = await open(bytes, file, damaged);
  try {
    const entries = await readEntries(zip, file, damaged);
    const stated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (stated > limits['max-decompressed']) {
      throw overLimit('max-decompressed', `its parts inflate to ${formatBytes(stated)}`, limits['max-decompressed'], { file });
    }
    for (const entry of entries) await drain(zip, entry, file, damaged);
  } finally {
    zip.close();
  }
}

function open(bytes: Buffer, file: string, damaged: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new VawgError(damaged, { file }));
      else resolve(zip);
    });
  });
}

function readEntries(zip: ZipFile, file: string, damaged: string): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(new VawgError(damaged, { file })));
    zip.readEntry();
  });
}

/** Inflates one entry and throws the bytes away; an entry that inflates past its stated size is a lie. */
function drain(zip: ZipFile, entry: Entry, file: string, damaged: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const refuse = (error: unknown): void => {
      const lie = error instanceof Error && /too many bytes/i.test(error.message);
      const message = lie
        ? `part "${entry.fileName}" inflates to more than the ${formatBytes(entry.uncompressedSize)} its archive states: the file is damaged or built to exhaust memory`
        : damaged;
      reject(new VawgError(message, { file }));
    };
    zip.openReadStream(entry, (error, stream: Readable | undefined) => {
      if (error || !stream) {
        refuse(error);
        return;
      }
      stream.on('data', () => undefined);
      stream.once('error', (streamError) => {
        stream.destroy();
        refuse(streamError);
      });
      stream.once('end', () => resolve());
    });
  });
}
