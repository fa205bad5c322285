import { createRequire } from 'node:module';
import { packagePath } from '../io/paths.js';

/** The version in package.json. */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(packagePath('package.json')) as { version: string }).version;
}
