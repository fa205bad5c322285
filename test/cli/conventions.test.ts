/** The conventions people know from ESLint, git and friends: --color, -o, diff --exit-code with file:line, vawg init, vawg completion. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace } from './helpers.ts';

const ANSI = /\u001b\[[0-9;]*m/;
const KENT = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');

describe('--color and --no-color', () => {
  it('--color colours a pipe, --no-color a terminal, whatever the environment says', async () => {
    expect((await runCli(['gaps', 'kent'])).stdout).not.toMatch(ANSI);
    expect((await runCli(['gaps', 'kent', '--color'])).stdout).toMatch(ANSI);
    expect((await runCli(['--color', 'gaps', 'kent'])).stdout).toMatch(ANSI);
    const terminal = { isTTY: true, env: { NO_COLOR: undefined, TERM: 'xterm-256color' } };
    expect((await runCli(['gaps', 'kent'], terminal)).stdout).toMatch(ANSI);
    expect((await runCli(['gaps', 'kent', '--no-color'], terminal)).stdout).not.toMatch(ANSI);
  });
});

describe('-o, --output-file', () => {
  it('writes the report to the file, uncoloured, and nothing to standard output', async () => {
    const dir = workspace();
    const run = await runCli(['gaps', 'kent', '-o', 'gaps.txt'], {
      cwd: dir,
      isTTY: true,
      env: { NO_COLOR: undefined, TERM: 'xterm-256color' },
    });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    const written = readFileSync(path.join(dir, 'gaps.txt'), 'utf8');
    expect(written).toBe((await runCli(['gaps', 'kent'], { cwd: dir })).stdout);
    expect(written).not.toMatch(ANSI);
  });
});

describe('vawg diff', () => {
  it('--exit-code: 1 when the documents differ, 0 when they do not, as git diff does', async () => {
    const dir = workspace({
      'a.yaml': KENT,
      'b.yaml': KENT,
      'c.yaml': KENT.replace(/(\n {4}text: )"?[^\n]*/, '$1We will do something else entirely by 2027.'),
    });
    expect((await runCli(['diff', 'a.yaml', 'b.yaml', '--exit-code'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['diff', 'a.yaml', 'c.yaml', '--exit-code'], { cwd: dir })).status).toBe(1);
    expect((await runCli(['diff', 'a.yaml', 'c.yaml'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['diff', 'dorset', 'kent', '--exit-code', '--format', 'json'])).status).toBe(1);
  });

  it('cites each commitment as source:line, which terminals and editors open', async () => {
    const run = await runCli(['diff', 'dorset', 'warwickshire']);
    const places = [...run.stdout.matchAll(/ (\S+):(\d+) "/g)].map((match) => [match[1]!, Number(match[2])] as const);
    expect(places.length).toBeGreaterThan(10);
    for (const [file, line] of places) {
      expect(['strategies/sources/dorset.txt', 'strategies/sources/warwickshire.txt']).toContain(file);
      expect(readFileSync(path.join(ROOT, file), 'utf8').split('\n').length).toBeGreaterThanOrEqual(line);
    }
    expect(run.stdout.split('\n')[0]).toBe('A Dorset Police (strategies/dorset.yaml; lines of strategies/sources/dorset.txt)');
  });
});

describe('vawg init', () => {
  it('writes a commented vawg.config.yaml that check accepts, and the GitHub workflow', async () => {
    const dir = workspace();
    const run = await runCli(['init', '--drafts', 'drafts/*.md', '--framework', 'npcc-vawg-2024'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '', stderr: 'wrote vawg.config.yaml\nwrote .github/workflows/vawg.yml\n' });
    const config = readFileSync(path.join(dir, 'vawg.config.yaml'), 'utf8');
    expect(config).toMatch(/^# vawg\.config\.yaml: settings of `vawg check`/);
    const printed = JSON.parse((await runCli(['check', '--print-config'], { cwd: dir })).stdout) as {
      config: string;
      settings: Record<string, unknown>;
    };
    expect(printed.config).toBe('vawg.config.yaml');
    expect(printed.settings).toMatchObject({ framework: 'npcc-vawg-2024', 'fail-on': 'error' });
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/config.schema.json'), 'utf8')) as {
      properties: Record<string, { properties?: object }>;
    };
    for (const key of [...Object.keys(schema.properties), ...Object.keys(schema.properties.rules!.properties!)])
      expect(config).toMatch(new RegExp(`^#? ?\\s*${key}:`, 'm'));
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/vawg.yml'), 'utf8')) as {
      jobs: { vawg: { steps: { run?: string }[] } };
    };
    expect(workflow.jobs.vawg.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci',
      "npx vawg check 'drafts/*.md' --format github",
      "npx vawg check 'drafts/*.md' --format sarif -o vawg.sarif",
    ]);
  });

  it('never writes over a file that exists, and refuses a drafts path a shell would misread', async () => {
    const dir = workspace({ 'vawg.config.yaml': 'require: [trust]\n' });
    const run = await runCli(['init', '--no-workflow'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '', stderr: 'vawg.config.yaml: exists, left as it is\n' });
    expect(readFileSync(path.join(dir, 'vawg.config.yaml'), 'utf8')).toBe('require: [trust]\n');
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
    const unsafe = await runCli(['init', '--drafts', 'drafts/x.md; rm -rf ~'], { cwd: dir });
    expect(unsafe.status).toBe(2);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });
});

describe('vawg completion', () => {
  /** What bash completes after the words typed so far (the last word being completed). */
  function complete(script: string, words: string[]): string[] {
    const dir = workspace({ 'vawg.bash': script });
    const line = `source ${JSON.stringify(path.join(dir, 'vawg.bash'))}; COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _vawg_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['--norc', '-c', line], { cwd: dir, encoding: 'utf8' });
    return result.stdout.split('\n').filter(Boolean).sort();
  }

  it('bash: commands, each command its own options and its formats, subcommands, shells', async () => {
    const script = (await runCli(['completion', 'bash'])).stdout;
    expect(complete(script, ['vawg', 'ex'])).toEqual(['explain', 'export']);
    expect(complete(script, ['vawg', 'gaps', '--format', ''])).toEqual(['csv', 'html', 'json', 'markdown', 'table']);
    expect(complete(script, ['vawg', 'check', '--max-warnings', '3', '--format', 's'])).toEqual(['sarif', 'stylish']);
    expect(complete(script, ['vawg', 'check', '--fo'])).toEqual(['--force', '--format']);
    expect(complete(script, ['vawg', 'frameworks', ''])).toEqual(['check', 'map', 'new', 'show']);
    expect(complete(script, ['vawg', 'frameworks', 'map', '--format', ''])).toEqual(['csv', 'json', 'markdown', 'table']);
    expect(complete(script, ['vawg', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
  });

  it('zsh and fish: every command, option and format from the same tree', async () => {
    const zsh = (await runCli(['completion', 'zsh'])).stdout;
    const fish = (await runCli(['completion', 'fish'])).stdout;
    expect(zsh.split('\n')[0]).toBe('#compdef vawg');
    expect(zsh).toContain("'--format[output format]:value:(stylish json junit sarif github)'");
    expect(zsh).toMatch(/^ {10}'map:print the crosswalk from one catalog to another'$/m);
    expect(fish).toContain(
      "complete -c vawg -n __fish_use_subcommand -a export -d 'every commitment and statement as tidy data for R or pandas'",
    );
    expect(fish).toContain(
      "complete -c vawg -n '__fish_seen_subcommand_from check; and not __fish_seen_subcommand_from frameworks' -l format -x -a 'stylish json junit sarif github' -d 'output format'",
    );
    for (const command of [
      'parse',
      'validate',
      'review',
      'gaps',
      'compare',
      'diff',
      'check',
      'export',
      'frameworks',
      'eval',
      'explain',
      'init',
      'completion',
    ]) {
      expect(zsh).toMatch(new RegExp(`^ {4}${command}\\)$`, 'm'));
      expect(fish).toContain(`-n __fish_use_subcommand -a ${command} `);
    }
  });

  it('an unknown shell is a usage error', async () => {
    const run = await runCli(['completion', 'powershell']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Allowed choices are bash, zsh, fish');
  });
});

describe('help for every command lists its formats and exit codes', () => {
  it.each(['parse', 'validate', 'gaps', 'compare', 'diff', 'check', 'export', 'eval', 'explain', 'frameworks show', 'frameworks map'])(
    '%s',
    async (command) => {
      const run = await runCli([...command.split(' '), '--help'], { columns: 200 });
      expect(run.stdout).toMatch(/--format <format> +.*\(choices: "[a-z]+"(, "[a-z]+")*, default: "[a-z]+"\)/);
      expect(run.stdout).toMatch(/\nExit codes:\n {2}0 {2}\S.*\n( {2}1 {2}\S.*\n)? {2}2 {2}\S.*/);
    },
  );
});

describe('writing nothing by accident', () => {
  it('gaps -o a file that is one of its documents is refused, the document untouched', async () => {
    const dir = workspace({ 'kent.yaml': KENT });
    const run = await runCli(['gaps', 'kent.yaml', '-o', 'kent.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(path.join(dir, 'kent.yaml'), 'utf8')).toBe(KENT);
    writeFileSync(path.join(dir, 'out.csv'), 'old');
    expect((await runCli(['gaps', 'kent.yaml', '--format', 'csv', '-o', 'out.csv'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(path.join(dir, 'out.csv'), 'utf8')).toMatch(/^force,force_name,/);
  });

  it('-o naming a folder, or ending in a slash, is refused: nothing is written under that name', async () => {
    const dir = workspace({ 'reports/keep.txt': 'kept' });
    expect(await runCli(['gaps', 'kent', '-o', 'reports'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'reports: is a folder: -o names the file the report is written to\n',
    });
    const slash = await runCli(['gaps', 'kent', '--format', 'csv', '-o', 'out/'], { cwd: dir });
    expect(slash.stderr).toBe('out/: is a folder: -o names the file the report is written to\n');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    expect(readFileSync(path.join(dir, 'reports/keep.txt'), 'utf8')).toBe('kept');
  });
});
