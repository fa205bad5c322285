import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFrameworkIds, loadFramework } from '../../src/io/catalog.ts';
import { loadCommitmentDocument, loadValidDocument, serializeDocument } from '../../src/io/commitment-document.ts';
import { describeError, formatLocated, VawgError } from '../../src/io/errors.ts';
import { portablePath } from '../../src/io/paths.ts';
import { readInputText } from '../../src/io/read-text.ts';
import { writeFileAtomic } from '../../src/io/write-file.ts';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import type { CommitmentDocument } from '../../src/model/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const validFixture = path.join(here, '..', 'fixtures', 'commitments', 'valid.yaml');
const validText = readFileSync(validFixture, 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vawg-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the temporary folder and returns its path. */
function temp(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index === -1) throw new Error(`"${needle}" not in text`);
  return text.slice(0, index).split('\n').length;
}

/** Calls `run` and returns the VawgError it throws. */
function vawgError(run: () => unknown): VawgError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VawgError);
    return error as VawgError;
  }
  throw new Error('expected a VawgError to be thrown');
}

describe('parseYamlText', () => {
  it('parses YAML and locates any value by JSON pointer', () => {
    const yaml = parseYamlText('a:\n  b:\n    - x\n    - y\n', 'x.yaml');
    expect(yaml.value).toEqual({ a: { b: ['x', 'y'] } });
    expect(yaml.locate('/a/b/1')).toEqual({ line: 4, column: 7 });
    expect(yaml.locate('/a/b')).toEqual({ line: 3, column: 5 });
  });

  it('locates a missing key at its nearest existing parent', () => {
    const yaml = parseYamlText('a:\n  b:\n    - x\n', 'x.yaml');
    expect(yaml.locate('/a/b/7/c')).toEqual({ line: 3, column: 5 });
  });

  it('reports a syntax error with the file, line and column', () => {
    const error = vawgError(() => parseYamlText('a: 1\nb: c: d\nz: 1\n', 'bad.yaml'));
    expect(error.message).toMatch(/^invalid YAML: Nested mappings/);
    expect(error.message).not.toContain('\n');
    expect(error.location).toEqual({ file: 'bad.yaml', line: 2, column: 4 });
    expect(describeError(error)).toMatch(/^bad\.yaml:2:4: invalid YAML: /);
  });

  it('reports a tab used for indentation at its line', () => {
    const error = vawgError(() => parseYamlText('a:\n\tb: 1\n', 'tabs.yaml'));
    expect(error.location).toMatchObject({ file: 'tabs.yaml', line: 2 });
  });

  it('rejects a duplicate key at the line of the repeat', () => {
    const error = vawgError(() => parseYamlText('a: 1\nb: 2\na: 3\n', 'dup.yaml'));
    expect(error.message).toMatch(/unique/i);
    expect(error.location).toEqual({ file: 'dup.yaml', line: 3, column: 1 });
  });

  it('rejects an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '',
    ].join('\n');
    const error = vawgError(() => parseYamlText(bomb, 'bomb.yaml'));
    expect(error.message).toMatch(/^invalid YAML: /);
    expect(error.location?.file).toBe('bomb.yaml');
  });

  it('allows a few aliases', () => {
    expect(parseYamlText('a: &a [1, 2]\nb: *a\n', 'x.yaml').value).toEqual({ a: [1, 2], b: [1, 2] });
  });
});

describe('loadCommitmentDocument', () => {
  it('finds no problems in a valid document', () => {
    const loaded = loadCommitmentDocument(validFixture);
    expect(loaded.problems).toEqual([]);
    expect(loaded.framework.id).toBe('npcc-vawg-2021');
    expect(loaded.document.commitments.map((commitment) => commitment.id)).toEqual(['test-aaaa0001', 'test-aaaa0002', 'test-aaaa0003']);
  });

  it('points an unknown action id at its line', () => {
    const text = validText.replace('- id: pursuit.police-powers', '- id: pursuit.made-up-action');
    const loaded = loadCommitmentDocument(temp('unknown-action.yaml', text));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ line: lineOf(text, 'pursuit.made-up-action'), column: 13 });
    expect(loaded.problems[0]!.message).toContain('commitments[0].actions[0].id');
    expect(loaded.problems[0]!.message).toContain('unknown value "pursuit.made-up-action"');
  });

  it('points an unknown rejected id at its line', () => {
    const text = validText.replace('- id: trust.capability', '- id: trust.nothing');
    const loaded = loadCommitmentDocument(temp('unknown-rejected.yaml', text));
    expect(loaded.problems.map((problem) => problem.line)).toEqual([lineOf(text, 'trust.nothing')]);
    expect(loaded.problems[0]!.message).toContain('commitments[1].rejected[0].id');
  });

  it('points a missing text at the commitment that lacks it', () => {
    const text = validText.replace('    text: We will seek to expand scrutiny panels with survivors as members.\n', '');
    const loaded = loadCommitmentDocument(temp('missing-text.yaml', text));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ line: lineOf(text, '- id: test-aaaa0002'), column: 5 });
    expect(loaded.problems[0]!.message).toBe('commitments[1]: missing required field "text"');
  });

  it('points an unknown field at the field', () => {
    const text = validText.replace('    strength: aspirational\n', '    strength: aspirational\n    colour: blue\n');
    const loaded = loadCommitmentDocument(temp('unknown-field.yaml', text));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]!.line).toBe(lineOf(text, 'colour: blue'));
    expect(loaded.problems[0]!.message).toContain('unknown field "colour"');
  });

  it('rejects a bad strength and a confidence above 1, each at its own line, sorted by position', () => {
    const text = validText.replace('strength: aspirational', 'strength: maybe').replace('confidence: 0.59', 'confidence: 1.5');
    const loaded = loadCommitmentDocument(temp('bad-values.yaml', text));
    expect(loaded.problems.map((problem) => problem.line)).toEqual([lineOf(text, 'strength: maybe'), lineOf(text, 'confidence: 1.5')]);
  });

  it('reports a repeated commitment id', () => {
    const text = validText.replace('- id: test-aaaa0003', '- id: test-aaaa0001');
    const loaded = loadCommitmentDocument(temp('duplicate-id.yaml', text));
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]!.line).toBe(lineOf(text, '- id: test-aaaa0001', validText.indexOf('test-aaaa0002')));
    expect(loaded.problems[0]!.message).toContain('duplicate id "test-aaaa0001"');
  });

  it('throws, located at the framework line, when the document names an unknown framework', () => {
    const text = validText.replace('framework: npcc-vawg-2021', 'framework: no-such-framework');
    const file = temp('unknown-framework.yaml', text);
    const error = vawgError(() => loadCommitmentDocument(file));
    expect(error.message).toContain('unknown framework "no-such-framework"');
    expect(error.location).toEqual({ file, line: lineOf(text, 'framework: no-such-framework'), column: 12 });
  });

  it('throws for a file that is not a mapping', () => {
    const file = temp('list.yaml', '- just\n- a list\n');
    expect(vawgError(() => loadCommitmentDocument(file)).message).toMatch(/^not a commitment document/);
  });

  it('throws for malformed YAML with its line', () => {
    const file = temp('malformed.yaml', 'version: 1\nforce: { name: x\n');
    const error = vawgError(() => loadCommitmentDocument(file));
    expect(error.location).toMatchObject({ file, line: expect.any(Number) });
    expect(error.location!.line).toBeGreaterThanOrEqual(2);
  });

  it('loadValidDocument stops at the first problem and says how many more there are', () => {
    const text = validText.replace('strength: aspirational', 'strength: maybe').replace('confidence: 0.59', 'confidence: 1.5');
    const file = temp('two-problems.yaml', text);
    const error = vawgError(() => loadValidDocument(file));
    expect(error.message).toMatch(/^invalid commitment document: .*\(and 1 more; run vawg validate\)$/);
    expect(error.location).toMatchObject({ file, line: lineOf(text, 'strength: maybe') });
    expect(loadValidDocument(validFixture).problems).toEqual([]);
  });
});

describe('serializeDocument', () => {
  const document = parseYaml(validText) as CommitmentDocument;

  it('writes YAML that reads back to the same document and validates', () => {
    const yaml = serializeDocument(document, 'yaml');
    expect(parseYaml(yaml)).toEqual(document);
    expect(yaml).toMatch(/^# Commitments of Test Police, mapped to npcc-vawg-2021; written by vawg parse\./);
    expect(yaml).toContain('position: { line: 12, column: 1 }');
    expect(loadCommitmentDocument(temp('round-trip.yaml', yaml)).problems).toEqual([]);
  });

  it('keeps a hash made only of digits a string', () => {
    const digits = { ...document, document: { ...document.document, sha256: '1'.repeat(64) } };
    expect((parseYaml(serializeDocument(digits, 'yaml')) as CommitmentDocument).document.sha256).toBe('1'.repeat(64));
  });

  it('writes JSON that reads back to the same document', () => {
    const json = serializeDocument(document, 'json');
    expect(JSON.parse(json)).toEqual(document);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('readInputText', () => {
  it('reads UTF-8 text', () => {
    expect(readInputText(temp('plain.txt', 'Café – “quotes”\n'))).toBe('Café – “quotes”\n');
  });

  it('strips a byte order mark', () => {
    expect(readInputText(temp('bom.txt', Buffer.from('\uFEFFWe will act.\n', 'utf8')))).toBe('We will act.\n');
  });

  it('says a missing file is missing, naming it', () => {
    const file = path.join(dir, 'does-not-exist.txt');
    const error = vawgError(() => readInputText(file));
    expect(error.message).toBe('no such file');
    expect(error.location).toEqual({ file });
    expect(describeError(error)).toBe(`${file}: no such file`);
  });

  it('refuses a directory', () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expect(vawgError(() => readInputText(folder)).message).toBe('is a directory, not a file');
  });

  it("refuses a file with a NUL byte, at the byte's line and column", () => {
    const file = temp('binary.txt', Buffer.from('first line\nab\u0000cd\n', 'utf8'));
    const error = vawgError(() => readInputText(file));
    expect(error.message).toMatch(/NUL byte/);
    expect(error.location).toEqual({ file, line: 2, column: 3 });
  });

  it('refuses invalid UTF-8', () => {
    const file = temp('latin1.txt', Buffer.from('caf\xe9 au lait\n', 'latin1'));
    const error = vawgError(() => readInputText(file));
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.location?.file).toBe(file);
  });

  // The error for invalid UTF-8 points at the bad byte itself.
  it('locates invalid UTF-8 at the bad byte', () => {
    const file = temp('bad-byte.txt', Buffer.from('abcdef\n\xff\n', 'latin1'));
    expect(vawgError(() => readInputText(file)).location).toEqual({ file, line: 2, column: 1 });
  });

  it('refuses a file over the size limit, naming the option that raises it', () => {
    const file = temp('big.txt', 'x'.repeat(2048));
    const error = vawgError(() => readInputText(file, { maxBytes: 1024 }));
    expect(error.message).toBe('file is 2.0 KB, over the 1.0 KB limit (raise it with --max-size)');
  });
});

describe('writeFileAtomic', () => {
  it('writes the content, creating folders, and leaves no temporary file behind', () => {
    const target = path.join(dir, 'out', 'nested', 'doc.yaml');
    writeFileAtomic(target, 'version: 1\n');
    writeFileAtomic(target, 'version: 2\n');
    expect(readFileSync(target, 'utf8')).toBe('version: 2\n');
    expect(readdirSync(path.dirname(target))).toEqual(['doc.yaml']);
  });
});

describe('loadFramework', () => {
  it('lists and loads the bundled NPCC catalog', () => {
    expect(bundledFrameworkIds()).toContain('npcc-vawg-2021');
    const framework = loadFramework('npcc-vawg-2021');
    expect(framework.pillars.map((pillar) => pillar.id)).toEqual(['trust', 'pursuit', 'spaces']);
    expect(framework.pillars.flatMap((pillar) => pillar.actions.map((action) => action.pillar))).toEqual([
      'trust',
      'trust',
      'trust',
      'trust',
      'pursuit',
      'pursuit',
      'pursuit',
      'spaces',
      'spaces',
    ]);
  });

  it('names the bundled catalogs when asked for an unknown one', () => {
    const error = vawgError(() => loadFramework('nope'));
    expect(error.message).toMatch(/^unknown framework "nope" \(bundled: .*npcc-vawg-2021/);
  });

  const catalog = (actionId: string): string =>
    [
      'id: tiny',
      'title: Tiny framework',
      'publisher: Tests',
      'published: "2024-01-01"',
      'status: published',
      'sources: []',
      'pillars:',
      '  - id: alpha',
      '    title: Alpha',
      '    summary: The only pillar.',
      '    indicators: []',
      '    actions:',
      `      - id: ${actionId}`,
      '        title: First action',
      '        summary: The only action.',
      '        indicators:',
      '          - { phrase: street lighting, weight: 0.8, source: domain-knowledge }',
      '',
    ].join('\n');

  it('loads a catalog from a path', () => {
    const framework = loadFramework(temp('tiny.yaml', catalog('alpha.first')));
    expect(framework.id).toBe('tiny');
    expect(framework.pillars[0]!.actions[0]).toMatchObject({ id: 'alpha.first', pillar: 'alpha' });
  });

  it('refuses an action whose id does not start with its pillar id, at its line', () => {
    const text = catalog('beta.first');
    const file = temp('tiny-bad.yaml', text);
    const error = vawgError(() => loadFramework(file));
    expect(error.message).toContain('must start with its pillar id "alpha."');
    expect(error.location).toMatchObject({ file, line: lineOf(text, 'beta.first') });
  });

  it('refuses a catalog that breaks the schema, at the offending line', () => {
    const text = catalog('alpha.first').replace('status: published', 'status: drafted');
    const file = temp('tiny-schema.yaml', text);
    const error = vawgError(() => loadFramework(file));
    expect(error.message).toMatch(/^invalid framework catalog: status/);
    expect(error.location).toMatchObject({ file, line: lineOf(text, 'status: drafted') });
  });

  it('says when a catalog path does not exist', () => {
    expect(vawgError(() => loadFramework(path.join(dir, 'missing.yaml'))).message).toBe('no such framework file');
  });
});

describe('errors and paths', () => {
  it('formats file:line:col: message, dropping what is unknown', () => {
    expect(formatLocated('boom', { file: 'a.yaml', line: 3, column: 7 })).toBe('a.yaml:3:7: boom');
    expect(formatLocated('boom', { file: 'a.yaml', line: 3 })).toBe('a.yaml:3: boom');
    expect(formatLocated('boom', { file: 'a.yaml' })).toBe('a.yaml: boom');
    expect(formatLocated('boom')).toBe('boom');
  });

  it('gives VawgError exit code 2 by default', () => {
    expect(new VawgError('x').exitCode).toBe(2);
  });

  it('writes portable paths relative to a base, with forward slashes', () => {
    expect(portablePath(path.join(dir, 'sources', 'a.txt'), path.join(dir, 'out'))).toBe('../sources/a.txt');
  });
});
