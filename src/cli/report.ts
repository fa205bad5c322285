import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { VawgError } from '../io/errors.js';
import { readInputBytes } from '../io/read-text.js';
import { sha256Hex, writableTarget, writeFileSafely } from '../io/write-file.js';
import { renderHtmlReport, type ReportDocument } from '../report/html/index.js';
import { readSourceText } from '../report/html/source-read.js';
import type { CliContext } from './context.js';
import { assessDocuments, collect, CROSSWALK_OPTION_HELP } from './coverage-input.js';
import { addExitCodes, addInputOptions } from './options.js';
import { packageVersion } from './program-version.js';

/** What shapes an HTML report besides its documents. */
export interface HtmlReportFlags {
  framework?: string;
  crosswalk?: string[];
  /** Also read the strategies this package ships. */
  bundled?: boolean;
  title?: string;
  timestamp?: boolean;
}

interface ReportFlags extends HtmlReportFlags {
  output: string;
}

/** How a report written by vawg marks itself, so an existing file of someone else's is never overwritten. */
const GENERATOR_MARK = '<meta name="generator" content="vawg';

/** Registers `vawg report`. */
export function registerReport(program: Command, context: CliContext): void {
  const command = program
    .command('report')
    .description(
      'write one self-contained HTML report to open, share and print: heatmap, gap report per force, drill-down to the source, compare matrix and version diffs',
    )
    .argument(
      '[files...]',
      'commitment documents, folders of them, globs, slugs such as dorset, or - for standard input (default: ./strategies/*.yaml)',
    )
    .option('-o, --output <file>', 'where to write the report ("-" for standard output)', 'report.html')
    .option(
      '--framework <id|path>',
      'framework to assess against (default: the one the documents name); documents mapped to another are read through a crosswalk',
    )
    .option('--crosswalk <file>', CROSSWALK_OPTION_HELP, collect, [])
    .option('--title <text>', 'the heading of the report')
    .option('--timestamp', 'show when the report was made (off by default: the same inputs give the same bytes)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg report                                  every strategy in ./strategies, to report.html\n  $ vawg report dorset kent -o south.html\n  $ vawg report old/kent.yaml strategies/kent.yaml -o kent-redraft.html   two versions: what changed',
    );
  addInputOptions(command, { bundled: true });
  addExitCodes(command, {
    0: 'the report was written',
    2: 'it could not be: usage error, missing or unreadable file, invalid document, or a file at -o that vawg did not write',
  });
  command.action(async (files: string[], flags: ReportFlags) => {
    if (flags.output === '-') {
      context.stdout.write(await htmlReport(files, flags, context));
      return;
    }
    const destination = context.resolve(flags.output);
    writableTarget(destination);
    const expectedSha256 = earlierReportHash(destination);
    const html = await htmlReport(files, flags, context);
    writeFileSafely(destination, html, { expectedSha256 });
    const kilobytes = Math.ceil(Buffer.byteLength(html, 'utf8') / 1024);
    context.stderr.write(`wrote ${context.display(destination)} (${kilobytes} KB)\n`);
  });
}

/** The HTML report of the documents named on the command line: what `vawg report`, `gaps --format html` and `compare --format html` print. */
export async function htmlReport(files: string[], flags: HtmlReportFlags, context: CliContext): Promise<string> {
  const { framework, assessed } = assessDocuments(files, flags.framework, context, flags.crosswalk, { bundled: flags.bundled === true });
  const reports: ReportDocument[] = [];
  for (const { loaded, coverage } of assessed) {
    const { source, note } = await readSourceText(loaded.file, loaded.document, context.cwd, context.display);
    reports.push({
      file: context.display(loaded.file),
      document: loaded.document,
      mappedTo: loaded.framework,
      coverage,
      ...(source ? { source } : {}),
      ...(note ? { sourceNote: note } : {}),
    });
  }
  return renderHtmlReport(
    { framework, documents: reports },
    {
      version: packageVersion(),
      ...(flags.title === undefined ? {} : { title: flags.title }),
      ...(flags.timestamp ? { timestamp: reportTime(context.env) } : {}),
    },
  );
}

/** Now, or the time in SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds expect. */
function reportTime(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/**
 * The SHA-256 of a report vawg wrote earlier at `destination` (so the write is refused if the file
 * changes meanwhile), null when there is no file; anything else there is refused, never overwritten.
 */
function earlierReportHash(destination: string): string | null {
  if (!existsSync(destination)) return null;
  const bytes = readInputBytes(destination);
  if (!bytes.subarray(0, 4096).toString('utf8').includes(GENERATOR_MARK)) {
    throw new VawgError('exists and is not a report written by vawg: give another -o, or move the file away', { file: destination });
  }
  return sha256Hex(bytes);
}
