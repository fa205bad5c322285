import { loadPackageData } from '../io/data-file.js';

interface FurnitureData {
  patterns: { id: string; pattern: string; 'case-sensitive'?: boolean }[];
}

let cached: { id: string; pattern: RegExp }[] | undefined;

/** The running-line rules of `src/ingest/data/page-furniture.yaml`, compiled once. */
export function pageFurnitureRules(): { id: string; pattern: RegExp }[] {
  cached ??= loadPackageData<FurnitureData>('src/ingest/data/page-furniture.yaml').patterns.map((entry) => ({
    id: entry.id,
    pattern: new RegExp(entry.pattern, entry['case-sensitive'] ? 'u' : 'iu'),
  }));
  return cached;
}

/** The id of the running-header, footer or page-number rule a line of captured text matches, if any. */
export function pageFurnitureOf(line: string): string | undefined {
  const trimmed = line.replace(/\u00A0/gu, ' ').trim();
  if (trimmed === '' || trimmed.length > 200) return undefined;
  return pageFurnitureRules().find((rule) => rule.pattern.test(trimmed))?.id;
}
