import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../src/extract/index.js';
import { ingestText, type InputFormat } from '../../src/ingest/index.js';
import { VawgError } from '../../src/io/errors.js';

/** Markdown-ish text: lines of words, bullets, headings, lead-ins, quotes, bold and blank lines. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '',
        '# Heading',
        '## Pillar 1: build trust and confidence.',
        'To do this we will:',
        'We will:',
        '> "We will act."',
        '**Prevent',
        'and',
        'Protect**',
      ),
      fc
        .tuple(fc.constantFrom('- ', ' - ', '  - ', '1. ', '* ', '', '    '), fc.lorem({ maxCount: 12 }))
        .map(([marker, words]) => `${marker}${words}`),
      fc
        .tuple(
          fc.constantFrom('We will ', 'Seek to ', 'Continue to ', 'Where appropriate, ', 'Kent Police has '),
          fc.lorem({ maxCount: 10 }),
          fc.constantFrom('.', ':', '', '?'),
        )
        .map((parts) => parts.join('')),
      fc.string({ maxLength: 60 }),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), markdownish);
const formats: InputFormat[] = ['text', 'markdown'];

function run(text: string, format: InputFormat): string {
  const ingested = ingestText(text, format === 'text' ? 'doc.txt' : 'doc.md', format);
  return JSON.stringify(extractCommitments(ingested, { name: 'Test Police', slug: 'force' }));
}

/** The pipeline on arbitrary input either succeeds or stops with a user-facing VawgError (empty input). */
function attempt(text: string, format: InputFormat): string | VawgError {
  try {
    return run(text, format);
  } catch (error) {
    if (error instanceof VawgError) return error;
    throw error;
  }
}

describe('ingest and extract on arbitrary input', () => {
  for (const format of formats) {
    it(`never throw anything but a VawgError, and only for empty input (${format})`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const result = attempt(text, format);
          if (result instanceof VawgError) expect(text.trim()).toBe('');
        }),
        { numRuns: 300 },
      );
    });

    it(`put every commitment and warning inside the input (${format})`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          if (text.trim() === '') return;
          const lines = text.split('\n');
          const extraction = extractCommitments(ingestText(text, format === 'text' ? 'doc.txt' : 'doc.md', format), {
            name: 'Test Police',
            slug: 'force',
          });
          const places = [...extraction.commitments.map((commitment) => commitment.position), ...extraction.warnings];
          for (const place of places) {
            expect(place.line).toBeGreaterThanOrEqual(1);
            expect(place.line).toBeLessThanOrEqual(lines.length);
            expect(place.column).toBeGreaterThanOrEqual(1);
            expect(place.column).toBeLessThanOrEqual((lines[place.line - 1] ?? '').length + 1);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`give identical output for the same input (${format})`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const first = attempt(text, format);
          const second = attempt(text, format);
          if (first instanceof VawgError || second instanceof VawgError) expect(String(first)).toBe(String(second));
          else expect(second).toBe(first);
        }),
        { numRuns: 200 },
      );
    });
  }
});
