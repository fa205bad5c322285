import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import { VawgError } from '../../src/io/errors.ts';
import { ROOT, runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'vawg-yaml-'));

function refusal(text: string): string {
  try {
    parseYamlText(text, 'doc.yaml');
  } catch (error) {
    if (error instanceof VawgError) return `${error.location?.line}:${error.location?.column}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describe('YAML beyond what the tool writes is refused with a position', () => {
  it('unknown tags, in the core namespace or of their own', () => {
    expect(refusal('version: 1\nfn: !!js/function "function () {}"\n')).toBe(
      '2:5: invalid YAML: unknown tag !!js/function: write the value as plain text',
    );
    expect(refusal('a:\n  - !custom x\n')).toBe('2:5: invalid YAML: unknown tag !custom: write the value as plain text');
  });

  it('keys that are lists or maps, without a warning from Node', () => {
    const warnings: string[] = [];
    const listener = (warning: Error): void => void warnings.push(warning.message);
    process.on('warning', listener);
    expect(refusal('version: 1\n? [a, b]\n: c\n')).toBe('2:3: invalid YAML: a key must be plain text, not a list or a map');
    expect(refusal('outer:\n  - inner:\n      ? {x: 1}\n      : y\n')).toBe(
      '3:9: invalid YAML: a key must be plain text, not a list or a map',
    );
    process.off('warning', listener);
    expect(warnings).toEqual([]);
  });

  it('the core schema tags still work', () => {
    expect(refusal('a: !!str 12\nb: !!int "3"\n')).toBe('accepted');
  });
});

describe('positions in commitment documents are bounded', () => {
  const kent = readFileSync(path.join(ROOT, 'strategies/kent.yaml'), 'utf8');

  it('a line of 1e29 fails validation at its place instead of reaching SARIF', async () => {
    const target = path.join(dir, 'kent.yaml');
    writeFileSync(target, kent.replace(/line: \d+/, 'line: 1e29'));
    const run = await runCli(['validate', target], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^kent\.yaml:\d+:\d+: commitments\[0\]\.position\.line: must be <= 10000000\n/);
    const check = await runCli(['check', target, '--format', 'sarif'], { cwd: dir });
    expect(check.status).toBe(2);
    const log = JSON.parse(check.stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[] };
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(check.stdout).not.toContain('1e29');
  });

  it('columns and pages too', async () => {
    const target = path.join(dir, 'kent-column.yaml');
    writeFileSync(target, kent.replace(/column: \d+/, 'column: 20000000'));
    const run = await runCli(['validate', target], { cwd: dir });
    expect(run.stdout).toMatch(/commitments\[0\]\.position\.column: must be <= 10000000/);
  });
});
