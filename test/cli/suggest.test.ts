/** A mistyped slug, action id, framework id, config key, rule id, severity or format gets the name it most likely meant. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggestionsFor } from '../../src/text/suggest.ts';
import { ROOT, runCli, workspace } from './helpers.ts';

interface Example {
  given: string;
  candidates: string[];
  suggests?: string[];
}

const rule = parse(readFileSync(path.join(ROOT, 'src/text/data/suggest.yaml'), 'utf8')) as {
  examples: { must: Example[]; 'must-not': Example[] };
};
const GAPS_DRAFT = path.join(ROOT, 'test/fixtures/check/gaps-draft.md');

describe('the did-you-mean rule (src/text/data/suggest.yaml)', () => {
  it.each(rule.examples.must)('suggests for $given', ({ given, candidates, suggests }) => {
    expect(suggestionsFor(given, candidates)).toEqual(suggests);
  });

  it.each(rule.examples['must-not'])('suggests nothing for $given', ({ given, candidates }) => {
    expect(suggestionsFor(given, candidates)).toEqual([]);
  });

  it('offers every candidate as close as the closest, and words them as a question', () => {
    expect(didYouMean('gap', ['gaps', 'map', 'cap'])).toBe(' (did you mean cap, gaps or map?)');
    expect(didYouMean('zzzz', ['gaps'])).toBe('');
  });
});

describe('in the commands', () => {
  it('an action id given to --require', async () => {
    const run = await runCli(['check', GAPS_DRAFT, '--require', 'spaces.behavior-change']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'vawg: --require: "spaces.behavior-change" is not an action or pillar id of npcc-vawg-2021 (did you mean spaces.behaviour-change?)\n',
    );
  });

  it('an action id in the config file names the file', async () => {
    const dir = workspace({ 'vawg.config.yaml': 'require: [pursuit.police-power]\n', 'draft.md': readFileSync(GAPS_DRAFT) });
    const run = await runCli(['check', 'draft.md'], { cwd: dir });
    expect(run.stderr).toBe(
      'vawg: vawg.config.yaml: require: "pursuit.police-power" is not an action or pillar id of npcc-vawg-2021 (did you mean pursuit.police-powers?)\n',
    );
  });

  it('a framework id', async () => {
    const run = await runCli(['gaps', 'kent', '--framework', 'npcc-vawg-221']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^vawg: unknown framework "npcc-vawg-221" \(did you mean npcc-vawg-2021\?\) \(bundled: /);
  });

  it('a config key, a rule id and a severity in vawg.config.yaml', async () => {
    const cases: [string, string][] = [
      ['min-coverge: 0.5\n', 'unknown field "min-coverge" (did you mean min-coverage?)'],
      ['rules:\n  unmeasureable: warning\n', 'unknown field "unmeasureable" (did you mean unmeasurable?)'],
      ['fail-on: eror\n', 'unknown value "eror" (did you mean error?) (expected one of: error, warning)'],
      ['rules:\n  lost-list: of\n', 'unknown value "of" (did you mean off?) (expected one of: error, warning, off)'],
    ];
    for (const [config, message] of cases) {
      const run = await runCli(['check', 'draft.md'], { cwd: workspace({ 'vawg.config.yaml': config, 'draft.md': 'x' }) });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });

  it('a format, and an option (commander suggests those)', async () => {
    expect((await runCli(['gaps', 'kent', '--format', 'mardown'])).stderr).toContain(
      'expected one of: table, json, markdown, csv, html (did you mean markdown?)',
    );
    expect((await runCli(['gaps', 'kent', '--detial'])).stderr).toContain('(Did you mean --detail?)');
  });
});

describe('usage errors', () => {
  it('are one line each, with the suggestion and where to find usage', async () => {
    expect(await runCli(['gap'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "error: unknown command 'gap' (Did you mean gaps?) (run with --help for usage)\n",
    });
    expect((await runCli(['gaps', '--formt', 'csv'])).stderr).toBe(
      "error: unknown option '--formt' (Did you mean --format?) (run with --help for usage)\n",
    );
  });
});
