/** The plan-part names of src/ingest/data/headings.yaml: every example there must and must not name a part of a plan. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { namesAPlanPart } from '../../src/ingest/promote-headings.ts';
import { ROOT } from '../helpers/cli.ts';

const data = parse(readFileSync(path.join(ROOT, 'src/ingest/data/headings.yaml'), 'utf8')) as {
  examples: { match: string[]; 'no-match': string[] };
};

describe('names of the parts of a plan', () => {
  it('has examples that must match and must not', () => {
    expect(data.examples.match.length).toBeGreaterThanOrEqual(2);
    expect(data.examples['no-match'].length).toBeGreaterThanOrEqual(1);
  });
  for (const text of data.examples.match) it(`names a part: ${text}`, () => expect(namesAPlanPart(text)).toBe(true));
  for (const text of data.examples['no-match']) it(`names no part: ${text}`, () => expect(namesAPlanPart(text)).toBe(false));
});
