import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { sarifValidator } from '../helpers/sarif.ts';
import { scratchFolders } from '../helpers/scratch.ts';
import { BIN, COMPLETE_DRAFT, GAPS_DRAFT, ROOT } from './helpers.ts';

const scratch = scratchFolders('vawg-ci-');

const doc = readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, body: match[2]! }));
const config = blocks.find((block) => block.language === 'yaml' && block.body.startsWith('# vawg.config.yaml'))!.body;
const workflow = blocks.find((block) => block.language === 'yaml' && block.body.includes('runs-on:'))!.body;
const hook = blocks.find((block) => block.language === 'sh' && block.body.includes('npx vawg check'))!.body;
const workflowCommands = [...workflow.matchAll(/run: (npx vawg check .*)$/gm)].map((match) => match[1]!);

/** The documented command line, with `npx vawg` pointing at this checkout's build (for the hook, run by a real shell). */
function local(command: string): string {
  return command.replace(/npx vawg/g, `"${process.execPath}" "${BIN}"`);
}

/**
 * Runs one documented workflow step (`npx vawg ARGS [> FILE] [|| true]`, plain words only)
 * in-process, as a shell would: stdout goes to FILE when redirected, and `|| true` makes it pass.
 */
async function step(command: string, cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const match = /^npx vawg ((?:[\w./-]+ ?)+?)(?: > ([\w.-]+))?( \|\| true)?$/.exec(command);
  if (!match) throw new Error(`not a plain vawg command: ${command}`);
  const run = await runCli(match[1]!.trim().split(' '), { cwd });
  if (match[2]) writeFileSync(path.join(cwd, match[2]), run.stdout);
  return { status: match[3] && run.status !== 0 ? 0 : run.status, stdout: match[2] ? '' : run.stdout, stderr: run.stderr };
}

function repository(draft: string | Buffer): string {
  const dir = scratch();
  mkdirSync(path.join(dir, 'drafts'));
  writeFileSync(path.join(dir, 'drafts/strategy.md'), typeof draft === 'string' ? readFileSync(draft, 'utf8') : draft);
  writeFileSync(path.join(dir, 'vawg.config.yaml'), config);
  return dir;
}

interface SarifLog {
  version: string;
  runs: {
    results: unknown[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

function shell(script: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('docs/ci.md, run as written on a fixture repository', () => {
  it('documents two vawg check steps in the workflow', () => {
    expect(workflowCommands).toEqual([
      'npx vawg check drafts/strategy.md --format github',
      'npx vawg check drafts/strategy.md --format sarif -o vawg.sarif',
    ]);
    expect(workflow).not.toContain('|| true');
  });

  it('is the workflow vawg init writes', async () => {
    const dir = scratch();
    const run = await runCli(['init'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, '.github/workflows/vawg.yml'), 'utf8')).toBe(workflow);
  });

  it('the annotate step fails a draft with gaps and passes a complete one', async () => {
    const gaps = await step(workflowCommands[0]!, repository(GAPS_DRAFT));
    expect(gaps.status).toBe(1);
    expect(gaps.stdout).toMatch(/^::error file=drafts\/strategy\.md,line=20,col=1,title=vawg required-action::/m);
    const complete = await step(workflowCommands[0]!, repository(COMPLETE_DRAFT));
    expect(complete.status).toBe(0);
    expect(complete.stdout).toBe('');
  });

  it('the SARIF step writes a SARIF 2.1.0 log for upload, and fails the step, when the check fails', async () => {
    const dir = repository(GAPS_DRAFT);
    const run = await step(workflowCommands[1]!, dir);
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, 'vawg.sarif'), 'utf8')) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('run on a draft it cannot read, every step exits 2 and the upload gets a valid SARIF log that says the run failed', async () => {
    const dir = repository(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const annotate = await step(workflowCommands[0]!, dir);
    expect(annotate.status).toBe(2);
    expect(annotate.stdout).toMatch(
      /^::error file=drafts\/strategy\.md,title=vawg check could not run::unsupported format: this is a PNG image/m,
    );
    const sarif = await step(workflowCommands[1]!, dir);
    expect(sarif.status).toBe(2);
    expect(sarif.stderr).toBe('drafts/strategy.md: unsupported format: this is a PNG image (supported: .md, .txt, .html, .pdf, .docx)\n');
    const log = JSON.parse(readFileSync(path.join(dir, 'vawg.sarif'), 'utf8')) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(
      log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((notification) => [notification.level, notification.message.text]),
    ).toEqual([['error', 'unsupported format: this is a PNG image (supported: .md, .txt, .html, .pdf, .docx)']]);
  });

  it('with a mistake in vawg.config.yaml, the SARIF step still writes a valid log that says the run failed', async () => {
    const dir = repository(GAPS_DRAFT);
    writeFileSync(path.join(dir, 'vawg.config.yaml'), 'min-coverge: 0.8\n');
    const run = await step(workflowCommands[1]!, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vawg.config.yaml:1:14: invalid config: document: unknown field "min-coverge" (did you mean min-coverage?)\n');
    const log = JSON.parse(readFileSync(path.join(dir, 'vawg.sarif'), 'utf8')) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain('unknown field "min-coverge"');
  });

  it('the pre-commit hook refuses a draft with gaps and lets a complete one through', () => {
    const refused = shell(local(hook), repository(GAPS_DRAFT));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('vawg check failed');
    expect(shell(local(hook), repository(COMPLETE_DRAFT)).status).toBe(0);
  });
});
