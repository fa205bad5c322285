import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The folder holding the package's package.json, frameworks/ and schemas/. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the vawg package root');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** A path inside the package, from its root. */
export function packagePath(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}

/** A path written in documents: relative to `base`, with forward slashes. */
export function portablePath(target: string, base: string = process.cwd()): string {
  const relative = path.relative(base, path.resolve(target));
  return relative.split(path.sep).join('/');
}
