import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Framework } from '../model/index.js';
import { CACHE_FOLDER } from './cache-folder.js';
import { packagePath } from './paths.js';

export { CACHE_FOLDER };

/** What one cached reading is looked up by: everything that changes the machine's reading of a source. */
export interface ReadingKeyParts {
  /** Absolute path of the source: its name gives the format, its folder the provenance file. */
  file: string;
  content: Uint8Array;
  framework: Framework;
  /** The document's `source` path as it will be written (relative to the output's folder). */
  sourcePath: string;
  force?: string;
  /** The resource limits the source is read under, every one resolved. */
  limits: Record<string, number>;
}

/** A content-addressed store of machine readings, one JSON file per reading. */
export interface ReadingCache {
  /** The stored value under `key`, or undefined when there is none (or it cannot be read). */
  get(key: string): unknown;
  /** Whether a value is stored under `key` (without reading it). */
  has(key: string): boolean;
  /** Stores a value under `key`, written atomically; a cache that cannot be written is skipped silently. */
  put(key: string, value: unknown): void;
}

let toolFingerprintMemo: string | undefined;

/**
 * The tool as installed: its package.json (version), and every file of its code and knowledge under
 * dist/ and src/ (cues, vocabulary, limits), so neither an upgrade nor an edited rule is ever
 * answered with a reading the tool made before it.
 */
export function toolFingerprint(): string {
  if (toolFingerprintMemo !== undefined) return toolFingerprintMemo;
  const hash = createHash('sha256');
  hash.update(readFileSync(packagePath('package.json')));
  for (const folder of ['dist', 'src']) {
    const root = packagePath(folder);
    if (!existsSync(root)) continue;
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((relative) => /\.(c?js|ts|ya?ml|json|txt)$/.test(relative))
      .sort();
    for (const relative of files) {
      hash.update(`\0${folder}/${relative.split(path.sep).join('/')}\0`);
      hash.update(readFileSync(path.join(root, relative)));
    }
  }
  toolFingerprintMemo = hash.digest('hex');
  return toolFingerprintMemo;
}

/** The key of one reading: sha256 over the source's bytes, its provenance file, the framework's bytes, the tool and the options. */
export function readingKey(parts: ReadingKeyParts): string {
  const hash = createHash('sha256');
  const provenance = path.join(path.dirname(parts.file), `${path.parse(parts.file).name}.source.yaml`);
  const fields = {
    tool: toolFingerprint(),
    source: createHash('sha256').update(parts.content).digest('hex'),
    provenance: existsSync(provenance) ? createHash('sha256').update(readFileSync(provenance)).digest('hex') : null,
    framework: parts.framework.sha256,
    file: parts.file,
    sourcePath: parts.sourcePath,
    force: parts.force ?? null,
    limits: parts.limits,
  };
  hash.update(JSON.stringify(fields));
  return hash.digest('hex');
}

/** The cache folder of a run: VAWG_CACHE_DIR (against the working directory), else `.vawg-cache` in it. */
export function cacheFolder(cwd: string, env: Record<string, string | undefined>): string {
  const configured = env.VAWG_CACHE_DIR;
  return path.resolve(cwd, configured !== undefined && configured !== '' ? configured : CACHE_FOLDER);
}

/** A cache of readings in `folder`, created on the first write with a `.gitignore` and a CACHEDIR.TAG. */
export function openReadingCache(folder: string): ReadingCache {
  const readings = path.join(folder, 'readings');
  const fileOf = (key: string): string => path.join(readings, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      const file = fileOf(key);
      if (!existsSync(file)) return undefined;
      try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; value?: unknown };
        return stored.key === key ? stored.value : undefined;
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(fileOf(key));
    },
    put(key, value) {
      try {
        prepareFolder(folder);
        const file = fileOf(key);
        mkdirSync(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ key, value }));
        renameSync(temporary, file);
      } catch {
        // A cache is an optimisation: a read-only or full disk costs the next run a parse, never this run its result.
      }
    },
  };
}

/** Marks a new cache folder as one: ignored by git whatever the project's .gitignore says, and skipped by backup tools. */
function prepareFolder(folder: string): void {
  if (existsSync(path.join(folder, 'CACHEDIR.TAG'))) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, '.gitignore'), '# Made by vawg: machine readings of strategy sources, safe to delete.\n*\n');
  writeFileSync(
    path.join(folder, 'CACHEDIR.TAG'),
    'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by vawg.\n',
  );
}
