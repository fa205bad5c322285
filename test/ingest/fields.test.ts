/** Every example in the owner and due-date rules is run: each `match` records its value, each `no-match` nothing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldRules, fieldsOf, firstValue, type FieldKind } from '../../src/extract/fields.ts';

interface Entry {
  id: string;
  match: { text: string; value: string }[];
  'no-match': string[];
}

const data = parse(readFileSync(new URL('../../src/extract/data/fields.yaml', import.meta.url), 'utf8')) as Record<FieldKind, Entry[]>;

for (const field of ['owner', 'due', 'ongoing', 'done', 'in-progress', 'considered'] as const) {
  describe(`${field} rules`, () => {
    for (const entry of data[field]) {
      const rule = fieldRules()[field].filter((candidate) => candidate.id === entry.id);
      it(`${entry.id} has at least two examples that match and one that must not`, () => {
        expect(entry.match.length).toBeGreaterThanOrEqual(2);
        expect(entry['no-match'].length).toBeGreaterThanOrEqual(1);
      });
      for (const example of entry.match) {
        it(`${entry.id} records "${example.value}" from "${example.text}"`, () => {
          expect(firstValue(example.text, rule)).toBe(example.value);
        });
      }
      for (const text of entry['no-match']) {
        it(`${entry.id} records nothing from "${text}"`, () => {
          expect(firstValue(text, rule)).toBeUndefined();
        });
      }
    }
  });
}

describe('fieldsOf', () => {
  it('reads both fields from one sentence', () => {
    expect(fieldsOf('A review led by the Head of Professional Standards will be complete by 30 June 2025.')).toEqual({
      owner: 'Head of Professional Standards',
      due: '30 June 2025',
    });
  });

  it('records nothing from a sentence that names neither', () => {
    expect(fieldsOf('We will work with partners to make the town centre safer.')).toEqual({});
  });
});
