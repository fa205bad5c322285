/**
 * The CI gate cannot pass or fail by accident: a draft whose force is unknown is checked, not refused; every machine
 * format of check and validate stays well formed when the run fails; validate reaches pull-request annotations; and no
 * command reads the package's own strategies when it was given nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from '../helpers/sarif.ts';
import { PNG, ROOT, runCli, UNNAMED_DRAFT, workspace } from './helpers.ts';

const GAPS_DRAFT = path.join(ROOT, 'test/fixtures/check/gaps-draft.md');
const KENT = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');

interface SarifLog {
  runs: {
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

describe('check on a draft whose force nothing names', () => {
  it('checks it under its file name with a warning, never exit 2', async () => {
    const dir = workspace({ 'drafts/northshire.md': UNNAMED_DRAFT });
    const run = await runCli(['check', 'drafts/northshire.md', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'drafts/northshire.md: warning: cannot tell which force this draft belongs to: checked as "northshire", from its file name (give --force NAME, or force: in its front matter)\n',
    );
    const report = JSON.parse(run.stdout) as { executionSuccessful: boolean; notifications: { level: string; file: string }[] };
    expect(report.executionSuccessful).toBe(true);
    expect(report.notifications).toEqual([expect.objectContaining({ level: 'warning', file: 'drafts/northshire.md' })]);
  });

  it('takes --force, which names the force and silences the warning', async () => {
    const dir = workspace({ 'draft.md': UNNAMED_DRAFT });
    const run = await runCli(['check', 'draft.md', '--force', 'Kent Police', '--require', 'trust'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/required action trust\.police-perpetrated-abuse/);
  });

  it('the github format annotates the guess on the draft', async () => {
    const dir = workspace({ 'draft.md': UNNAMED_DRAFT });
    const run = await runCli(['check', 'draft.md', '--format', 'github'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe(
      '::warning file=draft.md,title=vawg check::cannot tell which force this draft belongs to: checked as "draft", from its file name (give --force NAME, or force: in its front matter)',
    );
  });
});

describe('every machine format of check stays well formed when the run fails', () => {
  const unreadable = (): string =>
    workspace({ 'draft.md': PNG, 'broken.yaml': 'commitments: [unclosed\n', 'good.md': readFileSync(GAPS_DRAFT) });

  it('sarif: valid against the schema, executionSuccessful false, the error as a notification, exit 2', async () => {
    const run = await runCli(['check', 'draft.md', '--format', 'sarif'], { cwd: unreadable() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('draft.md: unsupported format: this is a PNG image (supported: .md, .txt, .html, .pdf, .docx)\n');
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: expect.stringContaining('PNG image') },
    });
  });

  it('keeps the findings of the drafts it could read beside the one it could not', async () => {
    const run = await runCli(['check', 'good.md', 'broken.yaml', '--format', 'sarif', '--require', 'pursuit'], { cwd: unreadable() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+: invalid YAML/);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.results.filter((result) => result.ruleId === 'required-action')).toHaveLength(2);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });

  it('junit: an error test case, and the errors counted', async () => {
    const run = await runCli(['check', 'draft.md', '--format', 'junit'], { cwd: unreadable() });
    expect(run.status).toBe(2);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(run.stdout) as {
      testsuites: { '@_errors': string; testsuite: { testcase: { error: { '@_message': string } } } };
    };
    expect(xml.testsuites['@_errors']).toBe('1');
    expect(xml.testsuites.testsuite.testcase.error['@_message']).toContain('PNG image');
  });

  it('json and github: the failure in the report', async () => {
    const json = await runCli(['check', 'draft.md', '--format', 'json'], { cwd: unreadable() });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      executionSuccessful: false,
      files: [],
      notifications: [{ level: 'error', file: 'draft.md' }],
    });
    const github = await runCli(['check', 'draft.md', '--format', 'github'], { cwd: unreadable() });
    expect(github.stdout).toMatch(/^::error file=draft\.md,title=vawg check could not run::unsupported format/);
  });

  it('a usage error, before any draft is read, still gives the report asked for, in the file asked for', async () => {
    const dir = unreadable();
    const run = await runCli(['check', 'good.md', '--format', 'sarif', '-o', 'out.sarif', '--min-coverage', '3'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain(
      "'--min-coverage <fraction>' argument '3' is invalid",
    );
    const missing = await runCli(['check', 'nowhere.md', '--format', 'junit'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(XMLValidator.validate(missing.stdout)).toBe(true);
    expect(missing.stdout).toContain('no such file');
  });

  it('stylish prints nothing on standard output for a run that could not start: the error is on standard error', async () => {
    const run = await runCli(['check', 'nowhere.md'], { cwd: unreadable() });
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'nowhere.md: no such file\n' });
  });

  it('--help with a machine format prints help, not a failure report', async () => {
    const run = await runCli(['check', '--format', 'sarif', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: vawg check/);
  });
});

describe('validate --format', () => {
  const broken = (): string => workspace({ 'kent.yaml': KENT.replace('id: trust.capability', 'id: trust.capabilty'), 'ok.yaml': KENT });

  it('sarif: each schema problem a result on its line, valid against the schema, exit 1', async () => {
    const run = await runCli(['validate', 'kent.yaml', 'ok.yaml', '--format', 'sarif'], { cwd: broken() });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    const line = KENT.split('\n').findIndex((text) => text.includes('id: trust.capability')) + 1;
    expect(
      log.runs[0]!.results.map((result) => [
        result.ruleId,
        result.locations[0]!.physicalLocation.artifactLocation.uri,
        result.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual([['schema', 'kent.yaml', line]]);
  });

  it('github: an annotation per problem, with the nearest action id', async () => {
    const run = await runCli(['validate', 'kent.yaml', '--format', 'github'], { cwd: broken() });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=kent\.yaml,line=\d+,col=\d+,title=vawg schema::.*unknown value "trust\.capabilty" \(did you mean trust\.capability\?\)/,
    );
  });

  it('junit, json and stylish', async () => {
    const dir = broken();
    const junit = await runCli(['validate', 'kent.yaml', 'ok.yaml', '--format', 'junit'], { cwd: dir });
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
    expect(junit.stdout).toContain('<testsuites name="vawg validate" tests="2" failures="1" errors="0">');
    const json = JSON.parse((await runCli(['validate', 'kent.yaml', 'ok.yaml', '--format', 'json'], { cwd: dir })).stdout) as {
      files: { file: string; valid: boolean; findings: { rule: string }[] }[];
    };
    expect(json.files.map((file) => [file.file, file.valid, file.findings.length])).toEqual([
      ['kent.yaml', false, 1],
      ['ok.yaml', true, 0],
    ]);
    const stylish = await runCli(['validate', 'kent.yaml', 'ok.yaml', '--format', 'stylish'], { cwd: dir });
    expect(stylish.stdout).toMatch(
      /^kent\.yaml\n +\d+:\d+ +error +.*trust\.capabilty.* +schema\n\n✖ 1 problem \(1 error, 0 warnings\) in 2 files\n$/,
    );
  });

  it('a file it cannot read: exit 2, and still a well-formed report naming it', async () => {
    const dir = workspace({ 'bad.yaml': 'a: [\n', 'ok.yaml': KENT });
    const run = await runCli(['validate', 'bad.yaml', 'ok.yaml', '--format', 'sarif'], { cwd: dir });
    expect(run.status).toBe(2);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});

describe("no arguments never means the package's own strategies", () => {
  it('validate, gaps, compare and export outside a repository exit 2 and say what to give', async () => {
    const dir = workspace();
    for (const command of ['validate', 'gaps', 'compare', 'export']) {
      const run = await runCli([command], { cwd: dir });
      expect(run.status, command).toBe(2);
      expect(run.stdout, command).toBe('');
      expect(run.stderr, command).toMatch(
        /^vawg: no files given, and no \.\/strategies\/\*\.yaml in .*: name the commitment documents .*--bundled/,
      );
    }
  });

  it('--bundled reads them, and so does a slug', async () => {
    const dir = workspace();
    const bundled = await runCli(['validate', '--bundled'], { cwd: dir });
    expect(bundled).toMatchObject({ status: 0, stdout: '5 valid, 0 invalid\n' });
    const slug = await runCli(['gaps', 'kent', '--format', 'csv'], { cwd: dir });
    expect(slug.status).toBe(0);
    expect(slug.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,.*strategies\/kent\.yaml,/);
  });

  it('./strategies/*.yaml of the working directory, when there is one', async () => {
    const dir = workspace({ 'strategies/kent.yaml': KENT });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '1 valid, 0 invalid\n' });
  });
});

describe('check --quiet and --max-warnings', () => {
  it('--quiet reports errors only, in every format', async () => {
    const loud = await runCli(['check', GAPS_DRAFT, '--require', 'pursuit', '--format', 'json']);
    const quiet = await runCli(['check', GAPS_DRAFT, '--require', 'pursuit', '--format', 'json', '--quiet']);
    const severities = (text: string): string[] =>
      (JSON.parse(text) as { files: { findings: { severity: string }[] }[] }).files[0]!.findings.map((finding) => finding.severity);
    expect(severities(loud.stdout)).toContain('warning');
    expect(severities(quiet.stdout)).toEqual(severities(loud.stdout).filter((severity) => severity === 'error'));
    expect(quiet.status).toBe(1);
  });

  it('--max-warnings fails a run with more warnings than it allows, and counts warnings --quiet hides', async () => {
    expect((await runCli(['check', GAPS_DRAFT])).status).toBe(0);
    expect((await runCli(['check', GAPS_DRAFT, '--max-warnings', '4'])).status).toBe(0);
    const over = await runCli(['check', GAPS_DRAFT, '--max-warnings', '3', '--quiet']);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('vawg check: 4 warnings, more than --max-warnings 3\n');
    const fromConfig = await runCli(['check', 'gaps.md'], {
      cwd: workspace({ 'gaps.md': readFileSync(GAPS_DRAFT), 'vawg.config.yaml': 'max-warnings: 0\n' }),
    });
    expect(fromConfig.status).toBe(1);
  });
});
