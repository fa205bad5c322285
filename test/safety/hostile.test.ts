import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { loadCommitmentDocument } from '../../src/io/commitment-document.js';
import { describeError, VawgError } from '../../src/io/errors.js';
import { parseYamlText, readYamlFile } from '../../src/io/yaml-file.js';
import { scratchFolders } from '../helpers/scratch.ts';
import { vawg } from './helpers.ts';

const scratch = scratchFolders('vawg-safety-');

const dir = scratch();

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

function aliasBomb(): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    previous = name;
  }
  return text;
}

/** Hostile commitment documents, each with the start of the one-line error it must give. */
const YAML_CASES: { name: string; content: string | Buffer; message: RegExp }[] = [
  { name: 'alias-bomb.yaml', content: aliasBomb(), message: /: invalid YAML: Excessive alias count/ },
  {
    name: 'deep-flow.yaml',
    content: `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    message: /:1:68: invalid YAML: nested more than 64 levels deep$/m,
  },
  {
    name: 'deep-block.yaml',
    content: Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + '\n',
    message: /:66:131: invalid YAML: nested more than 64 levels deep$/m,
  },
  { name: 'duplicate-keys.yaml', content: 'version: 1\nversion: 2\n', message: /:2:1: invalid YAML: Map keys must be unique/ },
  { name: 'tabs.yaml', content: 'version: 1\nforce:\n\tname: x\n', message: /:3:1: invalid YAML: Tabs are not allowed as indentation/ },
  {
    name: 'empty.yaml',
    content: '',
    message: /: is empty: a commitment document holds version, force, document, framework and commitments\n?$/,
  },
  {
    name: 'invalid-utf8.yaml',
    content: Buffer.from([0x76, 0x3a, 0x20, 0x31, 0x0a, 0xff, 0xfe, 0x0a]),
    message: /:2:1: is not valid UTF-8 text/,
  },
  { name: 'nul.yaml', content: Buffer.from('version: 1\n\u0000\n'), message: /:2:1: contains a NUL byte/ },
];

/** Hostile strategy sources for `vawg parse`. */
const SOURCE_CASES: { name: string; content: string | Buffer; message: RegExp }[] = [
  {
    name: 'binary.txt',
    content: Buffer.from(Array.from({ length: 4096 }, (_, index) => index % 256)),
    message: /: contains a NUL byte: this looks like a binary file/,
  },
  { name: 'empty.txt', content: '', message: /: is empty: there is nothing to parse/ },
  { name: 'blank.md', content: '\n   \n\t\n', message: /: is empty: there is nothing to parse/ },
  { name: 'one-line.txt', content: 'We will act on every report. '.repeat(180_000), message: /:1:1: line is 5,220,000 characters long/ },
  {
    name: 'nested-list.md',
    content: Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}- We will act.`).join('\n'),
    message: /:11:1: lists or quotes nested 11 levels deep, over the 10 levels limit \(raise it with --max-nesting\)/,
  },
  {
    name: 'nested-quote.md',
    content: `${'>'.repeat(5000)} We will act.\n`,
    message: /:1:1: lists or quotes nested 5,000 levels deep, over the 10 levels limit \(raise it with --max-nesting\)/,
  },
  { name: 'bom.txt', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('')]), message: /: is empty/ },
];

describe('hostile commitment documents: one line, file and line, exit 2 from gaps', () => {
  for (const testCase of YAML_CASES) {
    it(testCase.name, async () => {
      const target = file(testCase.name, testCase.content);
      const run = await vawg(['gaps', target]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(target);
      expect(run.stderr).toMatch(testCase.message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('hostile strategy sources: one line, file and line, exit 2 from parse', () => {
  for (const testCase of SOURCE_CASES) {
    it(testCase.name, async () => {
      const target = file(testCase.name, testCase.content);
      const run = await vawg(['parse', target, '--force', 'Kent Police']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.startsWith(target)).toBe(true);
      expect(run.stderr).toMatch(testCase.message);
    });
  }

  it('a file over the size limit, and the flag that raises it', async () => {
    const target = file('big.txt', `We will review every report.\n${'The weather was fine that day.\n'.repeat(4_500)}`);
    const refused = await vawg(['parse', target, '--force', 'Kent Police', '--max-size', '0.125']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`${target}: file is 136.3 KB, over the 128.0 KB limit (raise it with --max-size)\n`);
    const raised = await vawg(['parse', target, '--force', 'Kent Police', '--max-size', '0.25']);
    expect(raised.stderr).toBe('');
    expect(raised.status).toBe(0);
    expect(raised.stdout).toContain('text: We will review every report.');
  });

  it('a 50 MB file is refused by the default limit', async () => {
    const target = path.join(dir, 'fifty.txt');
    // A sparse file: 50 MB by size, nothing written to disk.
    writeFileSync(target, '');
    truncateSync(target, 50 * 1024 * 1024);
    const run = await vawg(['parse', target, '--force', 'Kent Police']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${target}: file is 50.0 MB, over the 20.0 MB limit (raise it with --max-size)\n`);
  });

  it('a directory, a missing file', async () => {
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder, { recursive: true });
    expect((await vawg(['parse', folder])).stderr).toBe(
      `${folder}: is a folder with no strategy sources (.md, .markdown, .mdown, .mkd, .txt, .text, .html, .htm, .xhtml, .pdf, .docx) in it\n`,
    );
    expect((await vawg(['parse', path.join(dir, 'missing.txt')])).stderr).toBe(`${path.join(dir, 'missing.txt')}: no such file\n`);
    expect((await vawg(['validate', path.join(dir, 'missing.yaml')])).status).toBe(2);
  });

  // Root reads any file, so there the permission error is tested in permissions.test.ts with a mocked file system.
  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const target = file('secret.txt', 'We will act.\n');
    chmodSync(target, 0o000);
    const run = await vawg(['parse', target, '--force', 'Kent Police']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${target}: permission denied: cannot read this file\n`);
  });
});

describe('the YAML nesting limit is a count', () => {
  it('reads 64 levels of nesting and refuses 65, at the first collection too deep', () => {
    const nested = (depth: number): string => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    expect(() => parseYamlText(nested(64), 'ok.yaml')).not.toThrow();
    expect(() => parseYamlText(nested(65), 'deep.yaml')).toThrow('invalid YAML: nested more than 64 levels deep');
    expect(describeError(catchError(() => parseYamlText(nested(65), 'deep.yaml')))).toBe(
      'deep.yaml:1:68: invalid YAML: nested more than 64 levels deep',
    );
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('prototype pollution', () => {
  it('__proto__ and constructor keys stay plain data and never reach Object.prototype', async () => {
    const target = file('proto.yaml', '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nversion: 1\n');
    const value = readYamlFile(target).value as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain('__proto__');
    const loaded = loadCommitmentDocument(target);
    expect(loaded.problems.map((problem) => problem.message)).toContain('document: unknown field "__proto__"');
    const run = await vawg(['gaps', target]);
    expect(run.status).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the library functions refuse the same input themselves, before any parsing', () => {
  // Refusal is decided by counting (bytes, line length, nesting depth, aliases), so the same
  // located error comes from the reading functions whatever calls them.
  const cases = [
    ...YAML_CASES.map((testCase) => ({ ...testCase, read: (target: string): unknown => loadCommitmentDocument(target) })),
    ...SOURCE_CASES.map((testCase) => ({ ...testCase, read: (target: string): unknown => ingestFile(target) })),
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const target = file(`library-${testCase.name}`, testCase.content);
      const error = await Promise.resolve()
        .then(() => testCase.read(target))
        .then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
      expect(error).toBeInstanceOf(VawgError);
      const line = describeError(error);
      expect(line.startsWith(`${target}:`)).toBe(true);
      expect(line).toMatch(testCase.message);
    });
  }
});
