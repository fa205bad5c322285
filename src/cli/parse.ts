import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadFramework } from '../io/catalog.js';
import { serializeDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { parseStrategy } from '../pipeline.js';
import type { CliContext } from './context.js';
import { addLimitOptions, limitsFromFlags } from './limit-options.js';
import { oneOf, resolveFramework } from './shared.js';
import { writeParsedDocument } from './write-document.js';

interface ParseFlags {
  force?: string;
  format: 'yaml' | 'json';
  output?: string;
  framework?: string;
  overwrite?: boolean;
}

/** Registers `vawg parse`. */
export function registerParse(program: Command, context: CliContext): void {
  const command = program
    .command('parse')
    .description('read strategy documents (markdown, text, HTML, PDF or Word), extract their commitments and map them to framework actions')
    .argument('<files...>', 'strategy sources')
    .option('--force <name>', 'force name (otherwise front matter, a .source.yaml beside the file, or the text)')
    .option('--format <format>', 'yaml or json', oneOf(['yaml', 'json']), 'yaml')
    .option('-o, --output <path>', 'write to this file, or into this folder as <slug>.yaml')
    .option('--framework <id|path>', 'framework catalog to map to', 'npcc-vawg-2021')
    .option('--overwrite', 'replace an existing output file instead of merging into it (analyst edits in it are lost)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg parse strategies/sources/dorset.txt\n  $ vawg parse draft.md --force "Kent Police" -o strategies/\n  $ vawg parse strategies/sources/warwickshire.txt --format json',
    )
    .action(async (files: string[], flags: ParseFlags) => {
      await runParse(files, flags, context);
    });
  addLimitOptions(command);
}

async function runParse(files: string[], flags: ParseFlags, context: CliContext): Promise<void> {
  if (flags.force !== undefined && files.length > 1) throw new VawgError('--force names one force: give one file at a time');
  const framework = loadFramework(resolveFramework(flags.framework, context));
  const output = flags.output === undefined ? undefined : context.resolve(flags.output);
  const toFolder = output !== undefined && (files.length > 1 || flags.output!.endsWith('/') || isFolder(output));
  const outputs: string[] = [];
  for (const given of files) {
    const file = context.resolve(given);
    const relativeTo = output === undefined ? context.cwd : toFolder ? output : path.dirname(output);
    const options = {
      framework,
      relativeTo,
      ...(flags.force === undefined ? {} : { force: flags.force }),
      limits: limitsFromFlags(flags),
    };
    const document = await parseStrategy(file, options);
    if (output === undefined) {
      outputs.push(serializeDocument(document, flags.format));
      continue;
    }
    const destination = toFolder ? path.join(output, `${document.force.slug}.${flags.format}`) : output;
    const summary = writeParsedDocument(destination, document, {
      format: flags.format,
      overwrite: flags.overwrite === true,
      sourceFile: file,
    });
    context.stderr.write(`${summary.replace(destination, context.display(destination))}\n`);
  }
  if (outputs.length > 0) {
    context.stdout.write(
      flags.format === 'json' && outputs.length > 1 ? `[\n${outputs.map((o) => o.trimEnd()).join(',\n')}\n]\n` : outputs.join('---\n'),
    );
  }
}

function isFolder(target: string): boolean {
  return existsSync(target) && statSync(target).isDirectory();
}
