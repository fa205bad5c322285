import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { SOURCE_EXTENSIONS } from '../ingest/detect-format.js';
import { VawgError } from '../io/errors.js';
import { packagePath } from '../io/paths.js';
import { didYouMean } from '../text/suggest.js';
import type { CliContext } from './context.js';

/** One input of a command: a file on disk, or standard input under the name it was given. */
export interface InputFile {
  /** Absolute path (for standard input, the `--stdin-filename` made absolute, or `<stdin>` in the working directory). */
  file: string;
  /** The bytes of standard input; absent for a file on disk, which is read when needed. */
  content?: Buffer;
}

/** What a command reads: commitment documents, strategy sources, drafts (either, as `vawg check` takes them), or framework catalogs and crosswalks. */
export type InputKind = 'documents' | 'sources' | 'drafts' | 'catalogs';

/** How to expand a command's file arguments. */
export interface InputOptions {
  kind: InputKind;
  /** `--bundled`: add every strategy the package ships. */
  bundled?: boolean;
  /** Read `./strategies/*.yaml` when no argument is given (validate, gaps, compare, export). */
  defaultToStrategies?: boolean;
}

/** The name standard input goes by when `--stdin-filename` gives none. */
export const STDIN_NAME = '<stdin>';

const DOCUMENT_EXTENSIONS = ['yaml', 'yml', 'json'];

/**
 * Expands file arguments to inputs, in the order given, each file once: a folder to the files of its kind directly in
 * it (sorted), a quoted glob to its matches (sorted), `-` to standard input, a strategy slug such as `kent` to
 * `./strategies/kent.yaml` or else the package's own; with no argument, `./strategies/*.yaml` when the command reads
 * them by default. `--bundled` adds the package's strategies. Anything that names nothing is a clear error.
 */
export function resolveInputs(args: string[], context: CliContext, options: InputOptions): InputFile[] {
  const inputs: InputFile[] = [];
  if (args.filter((arg) => arg === '-').length > 1) throw new VawgError('standard input can be read once: give - only once');
  for (const arg of args) inputs.push(...expandArgument(arg, context, options.kind));
  if (options.bundled) inputs.push(...documentsIn(packagePath('strategies')).map((file) => ({ file })));
  if (args.length === 0 && !options.bundled && options.defaultToStrategies) inputs.push(...localStrategies(context));
  const seen = new Set<string>();
  return inputs.filter((input) => !seen.has(input.file) && seen.add(input.file));
}

/** The paths of `resolveInputs`, for commands that never read standard input. */
export function resolveInputPaths(args: string[], context: CliContext, options: InputOptions): string[] {
  return resolveInputs(args, context, options).map((input) => input.file);
}

function expandArgument(arg: string, context: CliContext, kind: InputKind): InputFile[] {
  if (arg === '-') return [stdinInput(context)];
  if (/[*?[\]{}]/.test(arg)) {
    const matches = globSync(arg, { cwd: context.cwd, absolute: false, onlyFiles: true }).sort();
    if (matches.length === 0) throw new VawgError(`no files match ${arg}`);
    return matches.map((match) => ({ file: context.resolve(match) }));
  }
  const absolute = context.resolve(arg);
  const found = lookUp(absolute);
  if (found === 'folder') return filesInFolder(absolute, kind, context).map((file) => ({ file }));
  if (found === 'file') return [{ file: absolute }];
  if ((kind === 'documents' || kind === 'drafts') && /^[a-z0-9][a-z0-9-]*$/i.test(arg)) return [{ file: strategyBySlug(arg, context) }];
  throw new VawgError(`no such file${didYouMean(path.basename(absolute), siblings(absolute))}`, { file: arg });
}

/** Whether a path is a folder, something else that exists (read, and refused by the reader if it must be), or nothing. */
function lookUp(file: string): 'folder' | 'file' | undefined {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : 'file';
  }
}

function stdinInput(context: CliContext): InputFile {
  const given = context.stdinInput;
  if (!given) throw new VawgError('- reads standard input, which this command does not take');
  return { file: context.resolve(given.name ?? STDIN_NAME), content: given.content };
}

/** The files of a folder a command of this kind reads: documents (YAML, JSON), sources, or both for drafts; never a `.source.yaml` provenance file. */
function filesInFolder(folder: string, kind: InputKind, context: CliContext): string[] {
  const extensions =
    kind === 'sources' ? SOURCE_EXTENSIONS : kind === 'drafts' ? [...SOURCE_EXTENSIONS, ...DOCUMENT_EXTENSIONS] : DOCUMENT_EXTENSIONS;
  const found = globSync(`*.{${extensions.join(',')}}`, {
    cwd: folder,
    absolute: false,
    onlyFiles: true,
    ignore: ['*.source.yaml'],
  }).sort();
  if (found.length === 0) {
    const listed = extensions.map((extension) => `.${extension}`).join(', ');
    const what = { documents: 'commitment documents', catalogs: 'catalogs or crosswalks', sources: 'strategy sources', drafts: 'drafts' }[
      kind
    ];
    throw new VawgError(`is a folder with no ${what} (${listed}) in it`, { file: context.display(folder) });
  }
  return found.map((name) => path.join(folder, name));
}

/** `./strategies/<slug>.yaml` when there is one, else the package's strategy of that slug; otherwise an error naming the slugs it may have meant. */
function strategyBySlug(slug: string, context: CliContext): string {
  for (const folder of [path.join(context.cwd, 'strategies'), packagePath('strategies')]) {
    const file = path.join(folder, `${slug}.yaml`);
    if (existsSync(file)) return file;
  }
  const known = [path.join(context.cwd, 'strategies'), packagePath('strategies')].flatMap((folder) =>
    documentsIn(folder).map((file) => path.basename(file, path.extname(file))),
  );
  throw new VawgError(`no such file, and no strategy with this slug in ./strategies or the package's own${didYouMean(slug, known)}`, {
    file: slug,
  });
}

function localStrategies(context: CliContext): InputFile[] {
  const folder = path.join(context.cwd, 'strategies');
  const found = documentsIn(folder);
  if (found.length === 0) {
    throw new VawgError(
      `no files given, and no ./strategies/*.yaml in ${context.cwd}: name the commitment documents (files, folders, globs or -), or give --bundled for the strategies this package ships`,
    );
  }
  return found.map((file) => ({ file }));
}

/** The `*.yaml` and `*.yml` commitment documents directly in a folder, sorted; none when there is no such folder. */
function documentsIn(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return globSync('*.{yaml,yml}', { cwd: folder, absolute: false, onlyFiles: true })
    .sort()
    .map((name) => path.join(folder, name));
}

/** The names beside a missing file, for a did-you-mean. */
function siblings(missing: string): string[] {
  const folder = path.dirname(missing);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder);
}

/** Reads standard input whole, stopping one byte past `maxBytes` (the reader then refuses it as too large). */
export async function readStandardInput(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    chunks.push(bytes);
    size += bytes.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
