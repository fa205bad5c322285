/**
 * Every rule in the extractor's data files carries example sentences that must and must not fire it,
 * as Vale's rules and ESLint's RuleTester do; this runs each one through the extractor's own reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { firedRules, RULE_FILES } from '../../src/extract/rule-probe.ts';
import { ROOT } from '../helpers/cli.ts';

interface Rule {
  id: string;
  examples?: { match?: string[]; 'no-match'?: string[] };
}

for (const file of RULE_FILES) {
  const rules = (parse(readFileSync(path.join(ROOT, 'src/extract/data', `${file}.yaml`), 'utf8')) as { rules: Rule[] }).rules;
  describe(`src/extract/data/${file}.yaml`, () => {
    for (const rule of rules) {
      describe(rule.id, () => {
        it('has at least two examples that match and one that must not', () => {
          expect(rule.examples?.match?.length ?? 0).toBeGreaterThanOrEqual(2);
          expect(rule.examples?.['no-match']?.length ?? 0).toBeGreaterThanOrEqual(1);
        });
        for (const example of rule.examples?.match ?? []) {
          it(`fires on: ${example}`, () => expect([...firedRules(file, example)]).toContain(rule.id));
        }
        for (const example of rule.examples?.['no-match'] ?? []) {
          it(`does not fire on: ${example}`, () => expect([...firedRules(file, example)]).not.toContain(rule.id));
        }
      });
    }
  });
}
