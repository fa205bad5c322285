/** Inline suppressions in markdown drafts, as ESLint's: vawg-disable-next-line, vawg-disable-line, vawg-disable … vawg-enable; unused ones reported. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirective, readDirectives } from '../../src/assess/check/suppressions.ts';
import { ingestText } from '../../src/ingest/index.ts';
import type { Finding } from '../../src/model/index.ts';
import { ROOT, runCli, workspace } from './helpers.ts';

const GAPS_DRAFT = readFileSync(path.join(ROOT, 'test/fixtures/check/gaps-draft.md'), 'utf8');
const RULES = ['min-coverage', 'required-action', 'unmeasurable', 'lost-list', 'unused-disable'];

function finding(rule: string, line: number): Finding {
  return { rule, severity: 'error', message: `${rule} at ${line}`, file: 'draft.md', line, column: 1 };
}

function directivesOf(markdown: string): ReturnType<typeof readDirectives> {
  return readDirectives(ingestText(markdown, 'draft.md', 'markdown').tree);
}

describe('parseDirective', () => {
  it('reads the kind, the rules (commas or spaces) and the reason', () => {
    expect(parseDirective('<!-- vawg-disable-next-line required-action, unmeasurable -- the council leads -->')).toEqual({
      kind: 'disable-next-line',
      rules: ['required-action', 'unmeasurable'],
      reason: 'the council leads',
    });
    expect(parseDirective('<!-- vawg-enable -->')).toEqual({ kind: 'enable', rules: [] });
    expect(parseDirective('<!--vawg-disable-line min-coverage-->')).toEqual({ kind: 'disable-line', rules: ['min-coverage'] });
  });

  it('ignores other comments and other markup', () => {
    expect(parseDirective('<!-- a note to the editor -->')).toBeUndefined();
    expect(parseDirective('<!-- vawg-disabled -->')).toBeUndefined();
    expect(parseDirective('<div>vawg-disable</div>')).toBeUndefined();
  });
});

describe('applyDirectives', () => {
  const markdown = [
    '<!-- vawg-disable min-coverage -->', // 1
    '# Draft', // 2
    '<!-- vawg-disable-next-line required-action -- partners lead -->', // 3
    '## Pursuit', // 4
    'Text. <!-- vawg-disable-line unmeasurable -->', // 5
    '<!-- vawg-disable lost-list -->', // 6
    'We will:', // 7
    '<!-- vawg-enable lost-list -->', // 8
    'We will:', // 9
    '<!-- vawg-disable-next-line unmeasureable -->', // 10
    'More text.', // 11
  ].join('\n');
  const findings = [
    finding('min-coverage', 1),
    finding('required-action', 4),
    finding('min-coverage', 4),
    finding('unmeasurable', 5),
    finding('lost-list', 7),
    finding('lost-list', 9),
    finding('unmeasurable', 11),
  ];
  const result = applyDirectives(findings, directivesOf(markdown), { file: 'draft.md', rules: RULES, severity: 'warning' });

  it('silences the next line, its own line, and a block up to its vawg-enable; a disable at the top covers line 1', () => {
    expect(result.findings.map((kept) => `${kept.rule}@${kept.line}`)).toEqual(['lost-list@9', 'unmeasurable@11']);
    expect(result.suppressed).toBe(5);
  });

  it('reports a directive naming an unknown rule, with the rule it may have meant, and one that silenced nothing', () => {
    expect(result.unused.map((unused) => `${unused.line}: ${unused.message}`)).toEqual([
      '10: vawg-disable-next-line names unknown rule "unmeasureable" (did you mean unmeasurable?)',
    ]);
    const idle = applyDirectives([], directivesOf('<!-- vawg-disable-next-line lost-list -->\nWe will do it.\n<!-- vawg-enable -->\n'), {
      file: 'draft.md',
      rules: RULES,
      severity: 'warning',
    });
    expect(idle.unused.map((unused) => [unused.rule, unused.severity, unused.line, unused.message])).toEqual([
      ['unused-disable', 'warning', 1, 'unused vawg-disable-next-line directive (no lost-list problem was reported on line 2)'],
      ['unused-disable', 'warning', 3, 'unused vawg-enable directive (nothing was disabled before it)'],
    ]);
  });
});

describe('vawg check with suppressions in the draft', () => {
  const draft = GAPS_DRAFT.replace(
    '## Pillar 2: Relentless perpetrator pursuit',
    '<!-- vawg-disable-next-line required-action -- the partnership leads on pursuit -->\n## Pillar 2: Relentless perpetrator pursuit',
  ).replace('We will:\n', '<!-- vawg-disable-next-line lost-list -->\nWe will:\n<!-- vawg-disable-next-line duplicate-commitment -->\n');

  it('drops the suppressed findings, counts them, and reports the directive that silenced nothing', async () => {
    const run = await runCli(['check', 'draft.md', '--require', 'pursuit'], { cwd: workspace({ 'draft.md': draft }) });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/required-action|lost-list\n/);
    expect(run.stdout).toMatch(
      / 18:1 +warning +unused vawg-disable-next-line directive \(no duplicate-commitment problem was reported on line 19\) +unused-disable/,
    );
    expect(run.stdout).toMatch(/in 1 draft · 3 suppressed inline\n$/);
    const json = JSON.parse(
      (await runCli(['check', 'draft.md', '--require', 'pursuit', '--format', 'json'], { cwd: workspace({ 'draft.md': draft }) })).stdout,
    ) as {
      files: { suppressed: number }[];
    };
    expect(json.files[0]!.suppressed).toBe(3);
  });

  it('unused-disable: off in the config stops those reports', async () => {
    const run = await runCli(['check', 'draft.md', '--require', 'pursuit', '--format', 'json'], {
      cwd: workspace({ 'draft.md': draft, 'vawg.config.yaml': 'rules:\n  unused-disable: off\n' }),
    });
    const rules = (JSON.parse(run.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((found) => found.rule);
    expect(rules).not.toContain('unused-disable');
  });
});
