/** Every boilerplate rule of src/ingest/data/boilerplate.yaml drops its `match` examples and keeps its `no-match` ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { boilerplateRules, matchBoilerplate } from '../../src/ingest/boilerplate.ts';
import { ROOT } from '../helpers/cli.ts';

interface Entry {
  id: string;
  examples: { match: string[]; 'no-match': string[] };
}

const entries = (parse(readFileSync(path.join(ROOT, 'src/ingest/data/boilerplate.yaml'), 'utf8')) as { patterns: Entry[] }).patterns;

describe('boilerplate rules', () => {
  const rules = boilerplateRules();
  for (const entry of entries) {
    it(`${entry.id}: at least two examples that match and one that must not`, () => {
      expect(entry.examples.match.length).toBeGreaterThanOrEqual(2);
      expect(entry.examples['no-match'].length).toBeGreaterThanOrEqual(1);
      for (const text of entry.examples.match) expect(matchBoilerplate(text, rules), text).toBe(entry.id);
      for (const text of entry.examples['no-match']) expect(matchBoilerplate(text, rules), text).toBeUndefined();
    });
  }
});
