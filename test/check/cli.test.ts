import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/check/github.js';
import { sarifValidator } from '../helpers/sarif.ts';
import { scratchFolders } from '../helpers/scratch.ts';
import { COMPLETE_DRAFT, GAPS_DRAFT, vawg } from './helpers.ts';

const scratch = scratchFolders('vawg-check-');

function workspace(files: Record<string, string>): string {
  const dir = scratch();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('vawg check exit codes', () => {
  it('fails a draft with known gaps with exit 1, naming the missing actions and their lines', async () => {
    const run = await vawg(['check', GAPS_DRAFT, '--require', 'pursuit,spaces', '--min-coverage', '0.5']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ 20:1 +error +required action pursuit\.police-powers /);
    expect(run.stdout).toMatch(/ 26:1 +error +required action spaces\.dangerous-places /);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) in 1 draft/);
  });

  it('passes a complete draft with exit 0', async () => {
    const run = await vawg(['check', COMPLETE_DRAFT, '--require', 'trust,pursuit,spaces', '--min-coverage', '1', '--fail-on', 'warning']);
    expect(run.stdout).toBe('✔ no problems in 1 draft\n');
    expect(run.status).toBe(0);
  });

  it('passes with exit 0 when only warnings are found and --fail-on is error', async () => {
    const run = await vawg(['check', GAPS_DRAFT]);
    expect(run.stdout).toContain('warning');
    expect(run.stdout).not.toMatch(/ error /);
    expect(run.status).toBe(0);
    expect((await vawg(['check', GAPS_DRAFT, '--fail-on', 'warning'])).status).toBe(1);
  });

  it('exits 2 with the config file and line for a malformed config', async () => {
    const dir = workspace({ 'vawg.config.yaml': 'framework: npcc-vawg-2021\nmin-coverage: 1.5\nrules:\n  unmeasurable: loud\n' });
    const run = await vawg(['check', GAPS_DRAFT], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/vawg\.config\.yaml:2:15: invalid config: min-coverage: must be <= 1/);
  });

  it('exits 2 for YAML that does not parse, for an unknown required id, and for a missing draft', async () => {
    const broken = workspace({ 'vawg.config.yaml': 'rules: [unclosed\n' });
    const run = await vawg(['check', GAPS_DRAFT], broken);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/vawg\.config\.yaml:\d+:\d+: invalid YAML/);
    expect((await vawg(['check', GAPS_DRAFT, '--require', 'trust.vetting'])).status).toBe(2);
    const missing = await vawg(['check', 'no-such-draft.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('no-such-draft.md: no such file\n');
  });

  it('finds vawg.config.yaml in a folder above, and lets flags override it', async () => {
    const dir = workspace({
      'vawg.config.yaml': 'require: [spaces]\nfail-on: warning\nrules:\n  unmeasurable: off\n',
      'drafts/strategy.md': readFileSync(GAPS_DRAFT, 'utf8'),
    });
    const nested = path.join(dir, 'drafts');
    const fromFile = await vawg(['check', 'strategy.md', '--format', 'json'], nested);
    const report = JSON.parse(fromFile.stdout) as { failOn: string; files: { findings: { rule: string }[] }[] };
    expect(report.failOn).toBe('warning');
    expect(report.files[0]!.findings.some((finding) => finding.rule === 'required-action')).toBe(true);
    expect(report.files[0]!.findings.some((finding) => finding.rule === 'unmeasurable')).toBe(false);
    const overridden = JSON.parse(
      (await vawg(['check', 'strategy.md', '--format', 'json', '--fail-on', 'error', '--require', 'trust'], nested)).stdout,
    ) as typeof report;
    expect(overridden.failOn).toBe('error');
    expect(overridden.files[0]!.findings.filter((finding) => finding.rule === 'required-action')).toHaveLength(2);
  });

  it('checks a commitment YAML as it is, pointing findings into its source', async () => {
    const run = await vawg(['check', 'strategies/kent.yaml', '--require', 'pursuit.police-powers', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; findings: { rule: string; line: number }[] }[] };
    expect(report.files[0]!.file).toBe('strategies/sources/kent.txt');
    expect(report.files[0]!.findings.filter((finding) => finding.rule === 'lost-list').map((finding) => finding.line)).toEqual([23, 24]);
  });
});

describe('vawg check inputs', () => {
  it('takes a bundled slug for strategies/<slug>.yaml', async () => {
    const run = await vawg(['check', 'kent', '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { files: { file: string }[] }).files[0]!.file).toBe('strategies/sources/kent.txt');
  });

  it('validate tells a strategy source from a commitment document', async () => {
    const run = await vawg(['validate', 'strategies/sources/kent.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('strategies/sources/kent.txt: is a strategy source, not a commitment document: run vawg parse on it first\n');
  });
});

describe('vawg check output formats', () => {
  it('writes SARIF 2.1.0 that validates against the vendored schema', async () => {
    const run = await vawg(['check', GAPS_DRAFT, '--format', 'sarif', '--require', 'pursuit']);
    const validate = sarifValidator();
    const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'min-coverage',
      'required-action',
      'aspirational-only',
      'unmeasurable',
      'lost-list',
      'duplicate-commitment',
      'unused-disable',
    ]);
    expect(log.runs[0]!.results.some((result) => result.ruleId === 'required-action')).toBe(true);
  });

  it('a SARIF log that breaks the schema is caught by the same validation', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('writes JUnit XML that parses, with one test case per rule and a failure for each failing rule', async () => {
    const run = await vawg(['check', GAPS_DRAFT, COMPLETE_DRAFT, '--format', 'junit', '--require', 'pursuit']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(
      run.stdout,
    ) as {
      testsuites: { testsuite: { '@_name': string; testcase: { '@_name': string; failure?: unknown }[] }[] };
    };
    const suites = xml.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    for (const suite of suites) expect(suite.testcase).toHaveLength(7);
    const failed = (index: number): string[] =>
      suites[index]!.testcase.filter((testcase) => testcase.failure !== undefined).map((testcase) => testcase['@_name']);
    expect(failed(0)).toEqual(['required-action']);
    expect(failed(1)).toEqual([]);
  });

  it('escapes text in JUnit XML rather than breaking it', async () => {
    const dir = workspace({ 'draft.md': '---\nforce: Kent Police\n---\n\n# Draft\n\nWe will tackle <b>abuse</b> & "harm" ]]> now.\n' });
    const ok = await vawg(['check', 'draft.md', '--format', 'junit', '--fail-on', 'warning'], dir);
    expect(ok.status).toBe(1);
    expect(XMLValidator.validate(ok.stdout)).toBe(true);
    // The inline tags are markup, not words of the commitment; what remains is escaped.
    expect(ok.stdout).toContain('We will tackle abuse &amp; &quot;harm&quot; ]]&gt; now.');
  });

  it('writes GitHub workflow commands, one per finding, with escaped properties', async () => {
    const run = await vawg(['check', GAPS_DRAFT, '--format', 'github', '--require', 'pursuit']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => /^::(\w+) file=[^,]+,line=(\d+),col=\d+,title=vawg ([a-z-]+)::/.exec(line)!.slice(1).join(' '))).toEqual([
      'warning 14 duplicate-commitment',
      'warning 16 lost-list',
      'error 20 required-action',
      'error 20 required-action',
      'warning 24 unmeasurable',
      'warning 30 aspirational-only',
    ]);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=vawg [a-z-]+::\S.*$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=.*gaps-draft\.md,line=20,col=1,title=vawg required-action::required action pursuit\.police-powers /,
      ),
    );
    expect(escapeData('50% done\nnext')).toBe('50%25 done%0Anext');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('vawg check on a PDF draft', () => {
  it("names each finding's page, since a PDF's lines are counted per page, and orders findings by page", async () => {
    const run = await vawg(['check', 'test/fixtures/formats/warwickshire.pdf', '--format', 'json']);
    const findings = (JSON.parse(run.stdout) as { files: { findings: { message: string; line: number; page?: number }[] }[] }).files[0]!
      .findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.page, finding.message).toBeGreaterThanOrEqual(1);
      expect(finding.message.endsWith(`(page ${finding.page})`)).toBe(true);
    }
    const pages = findings.map((finding) => finding.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});
