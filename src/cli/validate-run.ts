import { loadCommitmentDocument } from '../io/commitment-document.js';
import { EXIT, formatLocated, VawgError } from '../io/errors.js';
import type { Finding } from '../model/index.js';
import { CHECK_FORMATTERS, type CheckReport } from '../report/check/index.js';
import { checkJsonObject } from '../report/check/json.js';
import type { ReportedRule, RunNotification } from '../report/check/report.js';
import { escapeTerminal } from '../report/escape/terminal.js';
import type { CliContext } from './context.js';
import { resolveInputs, type InputFile } from './inputs.js';
import { emitReport, reportColor } from './output.js';
import { packageVersion } from './program-version.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';
import type { ValidateFlags } from './validate.js';

/** Runs `vawg validate` on the files named on the command line and sets the exit code. */
export function validateCommand(files: string[], flags: ValidateFlags, context: CliContext): void {
  const inputs = resolveInputs(files, context, { kind: 'documents', bundled: flags.bundled === true, defaultToStrategies: true });
  context.exitCode = runValidate(inputs, { ...flags, framework: resolveFramework(flags.framework, context) }, context);
}

/** The report of a validate run that failed, in a machine format; undefined for the formats meant for people. */
export function validateFailure(failure: RunNotification, format: string): string | undefined {
  return CHECK_FORMATTERS[format] && format !== 'stylish'
    ? CHECK_FORMATTERS[format]!(validateReport([], [failure]), { color: false })
    : undefined;
}

interface FileResult {
  file: string;
  valid: boolean;
  problems: { file?: string; line?: number; column?: number; message: string }[];
  /** Set when the file could not be checked at all (unreadable, malformed YAML, unknown framework). */
  error?: boolean;
}

const SCHEMA_RULE: ReportedRule = {
  id: 'schema',
  description: 'the document matches the commitment schema, with action ids of its framework and each id used once',
  setting: 'error',
};

function runValidate(inputs: InputFile[], flags: ValidateFlags, context: CliContext): number {
  const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'validating' });
  const results = inputs.map((input) => {
    const result = checkFile(input, flags.framework, context);
    progress.advance(result.file);
    return result;
  });
  progress.finish();
  for (const result of results.filter((entry) => entry.error)) {
    for (const problem of result.problems)
      context.stderr.write(`${escapeTerminal(formatLocated(problem.message, placeOf(problem, result)))}\n`);
  }
  const notifications: RunNotification[] = results
    .filter((result) => result.error)
    .flatMap((result) =>
      result.problems.map((problem) => ({ level: 'error' as const, message: problem.message, ...placeOf(problem, result) })),
    );
  const report = validateReport(
    results.filter((result) => !result.error),
    notifications,
  );
  emitReport(
    render(results, report, flags.format, reportColor(flags, context)),
    flags,
    context,
    inputs.map((input) => input.file),
  );
  if (results.some((result) => result.error)) return EXIT.unusable;
  return results.every((result) => result.valid) ? EXIT.ok : EXIT.failed;
}

function render(results: FileResult[], report: CheckReport, format: string, color: boolean): string {
  if (format === 'json') {
    const byFile = new Map(report.files.map((entry) => [entry.file, entry.findings]));
    const json = checkJsonObject(report);
    const files = results.map((result) => ({
      file: result.file,
      valid: result.valid,
      problems: result.problems,
      ...(result.error ? { error: true } : {}),
      findings: (byFile.get(result.file) ?? []).map(({ rule, severity, message, line, column }) => ({
        rule,
        severity,
        message,
        line,
        column,
      })),
    }));
    return `${JSON.stringify({ ...json, files }, null, 2)}\n`;
  }
  if (format !== 'text') return CHECK_FORMATTERS[format]!(report, { color });
  const lines = results
    .filter((result) => !result.error)
    .flatMap((result) => result.problems.map((problem) => escapeTerminal(formatLocated(problem.message, placeOf(problem, result)))));
  const invalid = results.filter((result) => !result.valid).length;
  return [...lines, `${results.length - invalid} valid, ${invalid} invalid`].join('\n') + '\n';
}

/** Validation as a check report, so every formatter of `vawg check` prints it: one rule, `schema`, an error finding per problem. */
function validateReport(results: FileResult[], notifications: RunNotification[]): CheckReport {
  return {
    command: 'vawg validate',
    files: results.map((result) => ({
      file: result.file,
      findings: result.problems.map((problem): Finding => ({
        rule: SCHEMA_RULE.id,
        severity: 'error',
        message: problem.message,
        file: problem.file ?? result.file,
        line: problem.line ?? 1,
        column: problem.column ?? 1,
      })),
    })),
    rules: [SCHEMA_RULE],
    failOn: 'error',
    toolVersion: packageVersion(),
    notifications,
  };
}

function checkFile(input: InputFile, framework: string | undefined, context: CliContext): FileResult {
  const file = context.display(input.file);
  try {
    const loaded = loadCommitmentDocument(input.file, framework, input.content === undefined ? {} : { content: input.content });
    return {
      file,
      valid: loaded.problems.length === 0,
      problems: loaded.problems.map(({ line, column, message }) => ({ line, column, message })),
    };
  } catch (error) {
    if (!(error instanceof VawgError)) throw error;
    const elsewhere = error.location && error.location.file !== input.file ? { file: context.display(error.location.file) } : {};
    const problem = { message: error.message, ...elsewhere, ...location(error.location ?? {}) };
    return { file, valid: false, problems: [problem], error: true };
  }
}

function placeOf(problem: FileResult['problems'][number], result: FileResult): { file: string; line?: number; column?: number } {
  return { file: problem.file ?? result.file, ...location(problem) };
}

function location(source: { line?: number | undefined; column?: number | undefined }): { line?: number; column?: number } {
  return {
    ...(source.line === undefined ? {} : { line: source.line }),
    ...(source.column === undefined ? {} : { column: source.column }),
  };
}
