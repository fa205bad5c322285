import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_FRAMEWORK } from '../io/default-framework.js';
import { CACHE_FOLDER } from '../io/cache-folder.js';
import type { CliContext } from './context.js';
import { addLimitOptions } from './limit-options.js';
import { addExitCodes, addInputOptions, formatOption } from './options.js';

/** The flags the command receives. */
export interface ParseFlags {
  jobs?: number;
  cache?: boolean;
  quiet?: boolean;
  force?: string;
  format: 'yaml' | 'json';
  output?: string;
  framework?: string;
  overwrite?: boolean;
  followSymlinks?: boolean;
}

/** Registers `vawg parse`. */
export function registerParse(program: Command, context: CliContext): void {
  const command = program
    .command('parse')
    .description('read strategy documents (markdown, text, HTML, PDF or Word), extract their commitments and map them to framework actions')
    .argument('<files...>', 'strategy sources, folders of them, globs, or - for standard input')
    .option('--force <name>', 'force name (otherwise front matter, a .source.yaml beside the file, or the text)')
    .addOption(formatOption(['yaml', 'json'], 'yaml'))
    .option(
      '-o, --output <path>',
      'write to this file (one source), or into this folder as <slug>.yaml (a path ending in / or an existing folder)',
    )
    .option(
      '--framework <id|path>',
      `framework catalog to map to (default: the one the output file was parsed with, else ${DEFAULT_FRAMEWORK})`,
    )
    .option('--overwrite', 'replace an existing output file instead of merging into it (analyst edits in it are lost)')
    .option('--follow-symlinks', 'when the output file is a symbolic link, write to the file it points to (otherwise refused)')
    .option('--quiet', 'print no progress bar and no line per file written (warnings still appear)')
    .option('-j, --jobs <n>', 'read this many sources at once, each in a worker thread (default: one per core)', wholeNumber)
    .option(
      '--no-cache',
      `read every source again instead of taking unchanged ones from ${CACHE_FOLDER}/ (or VAWG_CACHE_DIR); VAWG_NO_CACHE=1 does the same`,
    );
  addInputOptions(command);
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg parse strategies/sources/dorset.txt\n  $ vawg parse draft.md --force "Kent Police" -o strategies/\n  $ vawg parse sources/ -o strategies/\n  $ vawg parse strategies/sources/warwickshire.txt --format json\n  $ curl -s https://example.org/strategy.html | vawg parse - --stdin-filename kent.html',
  );
  addExitCodes(command, {
    0: 'every source was parsed (and written or merged)',
    2: 'it could not be: usage error, missing, unreadable or unsupported source, unknown framework, or an output that would lose work',
  });
  addLimitOptions(command);
  command.action(async (files: string[], flags: ParseFlags) => {
    const { parseCommand } = await import('./parse-run.js');
    await parseCommand(files, flags, context);
  });
}

/** A `--jobs` value: a whole number of worker threads, 1 or more. */
function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return parsed;
}
