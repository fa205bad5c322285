import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ingestFile } from '../ingest/index.js';
import { DEFAULT_FRAMEWORK, loadFramework } from '../io/catalog.js';
import { serializeDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { frameworkSourceOf, requireFrameworkReference, withFrameworkSource } from '../io/framework-source.js';
import { sourceTextOf } from '../merge/source-text.js';
import type { CommitmentDocument, Framework } from '../model/index.js';
import { documentFromIngested } from '../pipeline.js';
import type { CliContext } from './context.js';
import { addLimitOptions, limitsFromFlags } from './limit-options.js';
import { resolveInputs, type InputFile } from './inputs.js';
import { addExitCodes, addInputOptions, formatOption } from './options.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';
import { readExistingOutput, writeParsedDocument, type ExistingOutput } from './write-document.js';

interface ParseFlags {
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
    .option('--quiet', 'print no progress bar and no line per file written (warnings still appear)');
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
    await runParse(files, flags, context);
  });
}

async function runParse(files: string[], flags: ParseFlags, context: CliContext): Promise<void> {
  const inputs = resolveInputs(files, context, { kind: 'sources' });
  if (flags.force !== undefined && inputs.length > 1) throw new VawgError('--force names one force: give one file at a time');
  const output = flags.output === undefined ? undefined : context.resolve(flags.output);
  const toFolder = output !== undefined && (flags.output!.endsWith('/') || flags.output!.endsWith(path.sep) || isFolder(output));
  if (output !== undefined && !toFolder && inputs.length > 1) {
    throw new VawgError(
      `${inputs.length} sources and one output file ${flags.output}: each source needs its own document; write them into a folder with -o ${flags.output}/ (each as <slug>.${flags.format}), or give one source`,
    );
  }
  const parsed: ParsedSource[] = [];
  const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'parsing' });
  for (const input of inputs) {
    const relativeTo = output === undefined ? context.cwd : toFolder ? output : path.dirname(output);
    const destination = toFolder ? undefined : output;
    parsed.push(await parseOne(input, destination, relativeTo, flags, context, (slug) => path.join(output!, `${slug}.${flags.format}`)));
    progress.advance(context.display(input.file));
  }
  progress.finish();
  if (output === undefined) {
    const outputs = parsed.map((item) => serializeDocument(item.document, flags.format));
    context.stdout.write(
      flags.format === 'json' && outputs.length > 1 ? `[\n${outputs.map((o) => o.trimEnd()).join(',\n')}\n]\n` : outputs.join('---\n'),
    );
    return;
  }
  refuseSharedDestinations(parsed, context);
  for (const item of parsed) {
    const report = writeParsedDocument(
      item.destination!,
      item.document,
      { existing: item.existing, framework: item.framework, sourceText: item.sourceText },
      { format: flags.format, overwrite: flags.overwrite === true, followSymlinks: flags.followSymlinks === true },
    );
    if (!flags.quiet) context.stderr.write(`${report.summary.replace(item.destination!, context.display(item.destination!))}\n`);
    for (const notice of report.notices) {
      context.stderr.write(`${context.display(item.file)}:${notice.line}: warning: ${notice.message} [${notice.rule}]\n`);
    }
  }
}

/** One source read and parsed, with where it goes and the document already there. */
interface ParsedSource {
  file: string;
  document: CommitmentDocument;
  framework: Framework;
  sourceText: string;
  destination?: string;
  existing?: ExistingOutput;
}

async function parseOne(
  input: InputFile,
  fixedDestination: string | undefined,
  relativeTo: string,
  flags: ParseFlags,
  context: CliContext,
  inFolder: (slug: string) => string,
): Promise<ParsedSource> {
  const { file } = input;
  const ingested = await ingestFile(file, {
    limits: limitsFromFlags(flags),
    ...(input.content === undefined ? {} : { content: input.content }),
  });
  const explicit = resolveFramework(flags.framework, context);
  const firstGuess = explicit ?? DEFAULT_FRAMEWORK;
  const options = { relativeTo, ...(flags.force === undefined ? {} : { force: flags.force }) };
  let document = documentFromIngested(ingested, { ...options, framework: loadFramework(firstGuess) });
  const destination = fixedDestination ?? (flags.output === undefined ? undefined : inFolder(document.force.slug));
  const existing = destination === undefined || flags.overwrite ? undefined : readExistingOutput(destination);
  let framework = loadFramework(firstGuess);
  const recorded = existing && explicit === undefined ? recordedFramework(existing) : undefined;
  if (recorded !== undefined && path.resolve(loadFramework(recorded).path) !== path.resolve(framework.path)) {
    framework = loadFramework(recorded);
    document = documentFromIngested(ingested, { ...options, framework });
  }
  document = withFrameworkSource(document, frameworkSourceOf(framework, relativeTo));
  return {
    file,
    document,
    framework,
    sourceText: sourceTextOf(ingested),
    ...(destination === undefined ? {} : { destination }),
    ...(existing === undefined ? {} : { existing }),
  };
}

/** The framework a document on disk was parsed with, when it names one this run can load. */
function recordedFramework(existing: ExistingOutput): string | undefined {
  const value = existing.yaml.value as Partial<CommitmentDocument> | null;
  if (value === null || typeof value !== 'object' || typeof value.framework !== 'string') return undefined;
  return requireFrameworkReference({ framework: value.framework, frameworkSource: value.frameworkSource }, existing.file);
}

/** Two sources of one run never go into one file: that would merge one into the other. */
function refuseSharedDestinations(parsed: ParsedSource[], context: CliContext): void {
  const seen = new Map<string, ParsedSource>();
  for (const item of parsed) {
    const first = seen.get(item.destination!);
    if (first) {
      throw new VawgError(
        `${context.display(first.file)} (${first.document.force.name}) and ${context.display(item.file)} (${item.document.force.name}) would both be written to ${context.display(item.destination!)}: parse them one at a time with -o FILE; nothing was written`,
      );
    }
    seen.set(item.destination!, item);
  }
}

function isFolder(target: string): boolean {
  return existsSync(target) && statSync(target).isDirectory();
}
