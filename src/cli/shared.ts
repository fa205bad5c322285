import path from 'node:path';
import type { CliContext } from './context.js';

export { oneOf } from './options.js';

/** A `--framework` value: a bundled id as given, a path made absolute against the working directory. */
export function resolveFramework(reference: string | undefined, context: CliContext): string | undefined {
  if (reference === undefined) return undefined;
  const looksLikePath = reference.includes('/') || reference.includes(path.sep) || /\.ya?ml$/.test(reference);
  return looksLikePath ? context.resolve(reference) : reference;
}
