import { existsSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { globSync } from 'tinyglobby';
import { VawgError } from '../io/errors.js';
import { packagePath } from '../io/paths.js';
import type { CliContext } from './context.js';

/** A commander parser that accepts one of a fixed set of values. */
export function oneOf(allowed: string[]): (value: string) => string {
  return (value: string) => {
    if (!allowed.includes(value)) throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}`);
    return value;
  };
}

/** The folder of bundled strategies: ./strategies when there is one, otherwise the package's own. */
export function strategiesFolder(cwd: string): string {
  const local = path.join(cwd, 'strategies');
  return existsSync(local) ? local : packagePath('strategies');
}

/** A `--framework` value: a bundled id as given, a path made absolute against the working directory. */
export function resolveFramework(reference: string | undefined, context: CliContext): string | undefined {
  if (reference === undefined) return undefined;
  const looksLikePath = reference.includes('/') || reference.includes(path.sep) || /\.ya?ml$/.test(reference);
  return looksLikePath ? context.resolve(reference) : reference;
}

/** Expands file arguments (paths, globs, or bundled slugs such as `dorset`) to sorted absolute paths; none given means every bundled strategy. */
export function resolveDocuments(args: string[], context: CliContext): string[] {
  const { cwd } = context;
  if (args.length === 0) {
    const folder = strategiesFolder(cwd);
    const found = globSync('*.{yaml,yml}', { cwd: folder, absolute: false }).sort();
    if (found.length === 0) throw new VawgError(`no commitment documents in ${context.display(folder)}`);
    return found.map((name) => path.join(folder, name));
  }
  return args.flatMap((arg) => {
    if (/[*?[\]{}]/.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: false }).sort();
      if (matches.length === 0) throw new VawgError(`no files match ${arg}`);
      return matches.map((match) => context.resolve(match));
    }
    if (!existsSync(context.resolve(arg)) && /^[a-z0-9-]+$/.test(arg)) {
      const bundled = path.join(strategiesFolder(cwd), `${arg}.yaml`);
      if (existsSync(bundled)) return [bundled];
    }
    return [context.resolve(arg)];
  });
}
