import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { VawgError } from './errors.js';
import { decodeInputText, readInputBytes } from './read-text.js';

/** A file as it was read before being rewritten: its text and the SHA-256 of its bytes. */
export interface ReadForUpdate {
  text: string;
  sha256: string;
}

/** How a safe write treats what is on disk. */
export interface SafeWriteOptions {
  /**
   * SHA-256 of the target's bytes when it was read: the write is refused if the target no longer has
   * them. `null`: the target must not exist. Left out: whatever is there is replaced.
   */
  expectedSha256?: string | null;
  /** Write to the file a symbolic link points to, keeping the link (otherwise a link is refused). */
  followSymlinks?: boolean;
}

/** Longest file name (in bytes) the common file systems accept. */
const MAX_NAME_BYTES = 255;

/** Temporary files this module creates: `.vawg-<pid>-<16 random hex digits>.tmp`. */
const TEMPORARY = /^\.vawg-(\d+)-[0-9a-f]{16}\.tmp$/;

/** The SHA-256 of some bytes, in hex. */
export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a text file that is about to be rewritten, with the hash a later `writeFileSafely` checks against. */
export function readForUpdate(file: string): ReadForUpdate {
  const bytes = readInputBytes(file);
  return { text: decodeInputText(bytes, file), sha256: sha256Hex(bytes) };
}

/**
 * Replaces a file without ever leaving it half written: the content goes to a temporary file
 * created exclusively (O_EXCL, O_NOFOLLOW, unpredictable name) in the target's folder, is fsynced,
 * given the target's mode (and owner, when run as root), and renamed over the target; the folder is
 * then fsynced. The target is refused when it changed since it was read, when it is a symbolic link
 * (unless `followSymlinks`), when it has other hard links, and when its name is too long.
 */
export function writeFileSafely(file: string, content: string | Uint8Array, options: SafeWriteOptions = {}): void {
  const { target, stats } = writableTarget(file, options);
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.vawg-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  try {
    mkdirSync(directory, { recursive: true });
    removeStaleTemporaries(directory);
    writeTemporary(temporary, content, stats);
    checkUnchanged(target, options.expectedSha256, file);
    renameSync(temporary, target);
    fsyncDirectory(directory);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof VawgError) throw error;
    throw new VawgError(describeWriteError(error), { file });
  }
}

/**
 * Where a safe write to `file` would go and what is there now, refusing a symbolic link (unless
 * `followSymlinks`), anything but a regular file, a file with other hard links, and a name too
 * long for the file system. Commands call it before work that ends in a write, to fail early.
 */
export function writableTarget(
  file: string,
  options: Pick<SafeWriteOptions, 'followSymlinks'> = {},
): { target: string; stats: Stats | undefined } {
  const requested = path.resolve(file);
  checkNameLength(requested, file);
  let target = requested;
  let stats = lstatIfExists(target, file);
  if (stats?.isSymbolicLink()) {
    if (!options.followSymlinks) {
      throw new VawgError('is a symbolic link: vawg writes through a link only when asked (--follow-symlinks)', { file });
    }
    target = resolveLink(target, file);
    stats = lstatIfExists(target, file);
  }
  if (stats && !stats.isFile()) throw new VawgError('is not a regular file: vawg will not replace it', { file });
  if (stats && stats.nlink > 1) {
    throw new VawgError(
      `has ${stats.nlink} hard links: replacing it would leave the other links with the old content; copy it to a file of its own first`,
      { file },
    );
  }
  return { target, stats };
}

/** Writes a file atomically, replacing whatever is there (see `writeFileSafely`). */
export function writeFileAtomic(file: string, content: string): void {
  writeFileSafely(file, content);
}

function writeTemporary(temporary: string, content: string | Uint8Array, original: Stats | undefined): void {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const descriptor = openSync(temporary, flags, 0o666);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
    if (original) {
      fchmodSync(descriptor, original.mode & 0o7777);
      if (process.getuid?.() === 0 && (original.uid !== 0 || original.gid !== 0)) fchownSync(descriptor, original.uid, original.gid);
    }
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function checkUnchanged(target: string, expected: string | null | undefined, file: string): void {
  if (expected === undefined) return;
  let current: Buffer | undefined;
  try {
    current = readFileSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (expected === null && current !== undefined) {
    throw new VawgError('was created by someone else while vawg was working: nothing was written; run the command again', { file });
  }
  if (expected !== null && (current === undefined || sha256Hex(current) !== expected)) {
    throw new VawgError(
      'changed on disk while vawg was working (saved in an editor?): nothing was written and the saved version is kept; run the command again',
      { file },
    );
  }
}

function checkNameLength(target: string, file: string): void {
  const bytes = Buffer.byteLength(path.basename(target), 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    throw new VawgError(
      `the file name is ${bytes} bytes long, over the ${MAX_NAME_BYTES}-byte limit of the file system: choose a shorter name`,
      {
        file,
      },
    );
  }
}

function lstatIfExists(target: string, file: string): Stats | undefined {
  try {
    return lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new VawgError('a folder on this path is a file', { file });
    throw new VawgError(describeWriteError(error), { file });
  }
}

function resolveLink(link: string, file: string): string {
  try {
    return realpathSync(link);
  } catch {
    throw new VawgError('is a symbolic link to nothing: write to the file itself', { file });
  }
}

/** Removes temporary files left in a folder by a vawg process that was killed between write and rename. */
function removeStaleTemporaries(directory: string): void {
  for (const name of readdirSync(directory)) {
    const match = TEMPORARY.exec(name);
    if (!match || Number(match[1]) === process.pid || processAlive(Number(match[1]))) continue;
    const candidate = path.join(directory, name);
    const stats = lstatSync(candidate, { throwIfNoEntry: false });
    if (stats?.isFile() && (process.getuid === undefined || stats.uid === process.getuid())) rmSync(candidate, { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fsyncDirectory(directory: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(directory, 'r');
    fsyncSync(descriptor);
  } catch {
    // Some platforms cannot fsync a folder; the rename itself is still atomic there.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENAMETOOLONG') return 'the path is too long for the file system: choose a shorter name or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot write here';
  if (code === 'ENOSPC') return 'no space left on the device: nothing was written';
  if (code === 'EROFS') return 'the file system is read-only: nothing was written';
  if (code === 'EEXIST' || code === 'ELOOP') return 'a file appeared in the way of the temporary file: run the command again';
  return `cannot write: ${error instanceof Error ? error.message : String(error)}`;
}
