/** Shared fixtures of the CLI-convention tests: scratch workspaces with files in them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchFolders } from '../helpers/scratch.ts';

export { ROOT, runCli } from '../helpers/cli.ts';

const scratch = scratchFolders('vawg-cli-');

/** A new scratch folder holding the given files (text, or bytes). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = scratch();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The first bytes of a PNG image: a file no reader of this tool accepts. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** A short markdown draft that names no police force anywhere. */
export const UNNAMED_DRAFT =
  '# Violence against women and girls strategy\n\n## Pillar 1: build trust and confidence\n\nWe will train every officer to respond to reports of violence against women and girls by March 2026.\n';
