import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const scratch = scratchFolders('vawg-start-up-');

/** A preload that logs every module the process loads, CommonJS (require) and ES modules (a load hook) alike. */
const PRELOAD = `
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const log = process.env.LOADED_LOG;
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { appendFileSync(log, Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
Module.register('data:text/javascript,' + encodeURIComponent(
  'import { appendFileSync } from "node:fs";' +
  'export async function load(url, context, next) { appendFileSync(' + JSON.stringify(log) + ', url + "\\\\n"); return next(url, context); }'
));
`;

/** The packages (under node_modules) a real `vawg <args>` process loads, counted from its log. */
function packagesLoaded(args: string[]): Set<string> & { files: string[] } {
  const dir = scratch();
  const preload = path.join(dir, 'preload.cjs');
  const log = path.join(dir, 'loaded.txt');
  writeFileSync(preload, PRELOAD);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--require', preload, path.join(ROOT, 'bin', 'vawg.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOADED_LOG: log, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  const lines = readFileSync(log, 'utf8').split('\n');
  expect(lines.some((line) => line.includes('/dist/cli/main.js'))).toBe(true);
  const packages = new Set(lines.flatMap((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1] ?? []));
  return Object.assign(packages, { files: lines });
}

/** What only parsing, merging, evaluating, prompting or other formats need. */
const HEAVY = [
  'yaml',
  'unified',
  'remark-parse',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'pdfjs-dist',
  'mammoth',
  'parse5',
  'mdast-util-to-markdown',
  'csv-stringify',
  'hast-util-to-html',
  'xmlbuilder2',
  'hyparquet-writer',
  'piscina',
  'cli-progress',
  '@inquirer/core',
];

describe('what a command loads at start-up (a real process, its modules logged)', () => {
  it('--version loads no package at all', () => {
    expect([...packagesLoaded(['--version'])]).toEqual([]);
  });

  it('--help loads commander and the option lists, none of the pipeline, formatters or prompts', () => {
    const loaded = packagesLoaded(['--help']);
    expect(loaded.has('commander')).toBe(true);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
    expect(loaded.has('ajv')).toBe(false);
  });

  it('gaps loads its table and the generated validators, not the YAML document model, ajv compiler or the pipeline', () => {
    const loaded = packagesLoaded(['gaps']);
    for (const needed of ['commander', 'js-yaml', 'cli-table3', 'ajv']) expect(loaded.has(needed)).toBe(true);
    expect(loaded.files.filter((file) => file.includes('/dist/validators/')).length).toBeGreaterThan(0);
    expect(loaded.files.filter((file) => file.includes('ajv/dist/compile/'))).toEqual([]);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });
});
