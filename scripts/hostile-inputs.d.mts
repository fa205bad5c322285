/** Types of scripts/hostile-inputs.mjs, for the tests that import it. */
export function deflateBomb(block: string, megabytes: number): { data: Buffer; size: number };
export function zipArchive(
  entries: { name: string; text?: string; deflated?: Buffer; size?: number; crc?: number; declared?: number }[],
): Buffer;
export function docxBomb(megabytes: number, options?: { lie?: boolean }): Buffer;
export function pdfFile(objects: (string | Buffer)[]): Buffer;
export function pdfStream(dictionary: string, data: Buffer): Buffer;
export function pdfPages(pages: number, content: (page: number) => string | Buffer): Buffer;
export function pdfStreamBomb(megabytes: number): Buffer;
export function pdfManyOperators(count: number): Buffer;
export function pdfManyPages(count: number): Buffer;
export function pdfRepeatedLine(count: number): Buffer;
export function hostileCases(): Record<string, () => string | Buffer>;
