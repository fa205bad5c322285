/**
 * Config discovery stops at the repository root (the folder holding .git) or the home folder, as
 * ESLint's flat config does: a file further up never applies. Found by lilconfig under every name
 * the README gives; `check --print-config` says which file applied.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configStopDir, findConfigFile } from '../../src/io/config.ts';
import { ROOT, runCli } from '../helpers/cli.ts';

const ALL_RULES_OFF =
  'rules:\n  min-coverage: off\n  required-action: off\n  aspirational-only: off\n  unmeasurable: off\n  lost-list: off\n  duplicate-commitment: off\n';

/** outer/ holds a config that switches every rule off; outer/repo/ is a repository (it has .git) with a draft in drafts/. */
function layout(): { outer: string; repo: string; drafts: string; home: string } {
  const outer = mkdtempSync(path.join(tmpdir(), 'vawg-config-'));
  const repo = path.join(outer, 'repo');
  const drafts = path.join(repo, 'drafts');
  mkdirSync(path.join(repo, '.git'), { recursive: true });
  mkdirSync(drafts, { recursive: true });
  writeFileSync(path.join(outer, 'vawg.config.yaml'), ALL_RULES_OFF);
  copyFileSync(path.join(ROOT, 'test/fixtures/check/gaps-draft.md'), path.join(drafts, 'draft.md'));
  return { outer, repo, drafts, home: path.join(outer, 'home') };
}

describe('config discovery', () => {
  it('a config above the repository root never applies: the failing check still fails', async () => {
    const { drafts, home } = layout();
    const run = await runCli(['check', 'draft.md', '--require', 'trust'], { cwd: drafts, env: { HOME: home } });
    expect(run.status).toBe(1);
    const printed = await runCli(['check', '--print-config'], { cwd: drafts, env: { HOME: home } });
    expect(JSON.parse(printed.stdout)).toMatchObject({ config: null, searched: { from: '.', upTo: path.dirname(drafts) } });
  });

  it('the same config inside the repository applies, and --print-config names it', async () => {
    const { repo, drafts, home } = layout();
    writeFileSync(path.join(repo, 'vawg.config.yaml'), `min-coverage: 0.1\n${ALL_RULES_OFF}`);
    const run = await runCli(['check', 'draft.md'], { cwd: drafts, env: { HOME: home } });
    expect(run.status).toBe(0);
    const printed = JSON.parse((await runCli(['check', '--print-config'], { cwd: drafts, env: { HOME: home } })).stdout) as Record<
      string,
      unknown
    >;
    expect(printed.config).toBe(path.join(repo, 'vawg.config.yaml'));
    expect(printed.settings).toMatchObject({ 'min-coverage': 0.1, rules: { 'required-action': 'off' } });
    expect(printed.limits).toMatchObject({ 'max-size': 20, 'max-nesting': 10 });
  });

  it('outside any repository the search stops at the home folder', () => {
    const { outer } = layout();
    const home = path.join(outer, 'home');
    const work = path.join(home, 'work', 'plans');
    mkdirSync(work, { recursive: true });
    expect(configStopDir(work, home)).toBe(home);
    expect(findConfigFile(work, home)).toBeUndefined();
    writeFileSync(path.join(home, '.vawgrc'), 'fail-on: warning\n');
    expect(findConfigFile(work, home)).toBe(path.join(home, '.vawgrc'));
  });

  it('reads .vawgrc, .vawgrc.yaml and a "vawg" key in package.json, nearest first', async () => {
    const { repo, drafts, home } = layout();
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'plans', vawg: { 'fail-on': 'warning' } }, null, 2));
    expect(findConfigFile(drafts, home)).toBe(path.join(repo, 'package.json'));
    const printed = JSON.parse((await runCli(['check', '--print-config'], { cwd: drafts, env: { HOME: home } })).stdout) as Record<
      string,
      unknown
    >;
    expect(printed).toMatchObject({ config: path.join(repo, 'package.json'), settings: { 'fail-on': 'warning' } });
    writeFileSync(path.join(drafts, '.vawgrc.yaml'), 'min-coverage: 0.5\n');
    expect(findConfigFile(drafts, home)).toBe(path.join(drafts, '.vawgrc.yaml'));
    writeFileSync(path.join(drafts, '.vawgrc'), 'min-coverage: 0.6\n');
    expect(findConfigFile(drafts, home)).toBe(path.join(drafts, '.vawgrc'));
  });

  it('a package.json without a "vawg" key is passed over', () => {
    const { repo, drafts, home } = layout();
    writeFileSync(path.join(repo, 'package.json'), '{"name": "plans"}\n');
    expect(findConfigFile(drafts, home)).toBeUndefined();
  });

  it('a bad setting in package.json is reported at its line in package.json', async () => {
    const { repo, drafts, home } = layout();
    writeFileSync(path.join(repo, 'package.json'), '{\n  "name": "plans",\n  "vawg": {\n    "fail-on": "sometimes"\n  }\n}\n');
    const run = await runCli(['check', 'draft.md'], { cwd: drafts, env: { HOME: home } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `${path.join(repo, 'package.json')}:4:16: invalid config: fail-on: unknown value "sometimes" (expected one of: error, warning)\n`,
    );
  });

  it('check without drafts and without --print-config is a usage error', async () => {
    const { drafts, home } = layout();
    const run = await runCli(['check'], { cwd: drafts, env: { HOME: home } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vawg: check needs at least one draft (or --print-config)\n');
  });
});
