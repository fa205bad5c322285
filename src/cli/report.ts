import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { addExitCodes, addInputOptions, collect, CROSSWALK_OPTION_HELP } from './options.js';

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
    const { earlierReportHash, htmlReport } = await import('./html-report.js');
    const { writableTarget, writeFileSafely } = await import('../io/write-file.js');
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
