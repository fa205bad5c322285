import { existsSync } from 'node:fs';
import { VawgError } from '../io/errors.js';
import { readInputBytes } from '../io/read-text.js';
import { sha256Hex } from '../io/write-file.js';
import { renderHtmlReport, type ReportDocument } from '../report/html/index.js';
import { readSourceText } from '../report/html/source-read.js';
import type { CliContext } from './context.js';
import { assessDocuments } from './coverage-input.js';
import { packageVersion } from './program-version.js';
import type { HtmlReportFlags } from './report.js';

/** How a report written by vawg marks itself, so an existing file of someone else's is never overwritten. */
const GENERATOR_MARK = '<meta name="generator" content="vawg';

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
export function earlierReportHash(destination: string): string | null {
  if (!existsSync(destination)) return null;
  const bytes = readInputBytes(destination);
  if (!bytes.subarray(0, 4096).toString('utf8').includes(GENERATOR_MARK)) {
    throw new VawgError('exists and is not a report written by vawg: give another -o, or move the file away', { file: destination });
  }
  return sha256Hex(bytes);
}
