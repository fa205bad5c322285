import { assessCoverage } from '../assess/coverage.js';
import { CHECK_RULES, reachesSeverity, runChecks } from '../assess/check/index.js';
import { findPillarHeadings } from '../assess/check/pillar-headings.js';
import { applyDirectives, readDirectives, UNUSED_DIRECTIVE_RULE } from '../assess/check/suppressions.js';
import { loadFramework } from '../io/catalog.js';
import { configStopDir, findConfigFile, loadConfig, type CheckConfig } from '../io/config.js';
import { EXIT, VawgError } from '../io/errors.js';
import { limitDefinitions, resolveLimits, type Limits } from '../io/limits.js';
import { mappableIds, type Finding, type RuleSetting, type Severity } from '../model/index.js';
import { CHECK_FORMATTERS, type CheckReport } from '../report/check/index.js';
import type { ReportedRule, RunNotification } from '../report/check/report.js';
import { didYouMean } from '../text/suggest.js';
import type { CliContext } from './context.js';
import type { CheckFlags } from './check.js';
import { loadDraft } from './check-draft.js';
import { failureOf } from './failure-report.js';
import { resolveInputs } from './inputs.js';
import { limitsFromFlags } from './limit-options.js';
import { errorLine } from './error-line.js';
import { emitReport, reportColor } from './output.js';
import { packageVersion } from './program-version.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';

/** The report of a check that could not run, in a machine format; undefined for the format meant for people. */
export function checkFailure(failure: RunNotification, format: string): string | undefined {
  return format === 'stylish' || !CHECK_FORMATTERS[format] ? undefined : CHECK_FORMATTERS[format]!(failedReport(failure), { color: false });
}

/** The settings a check runs with, from flags over the config file. */
interface CheckSettings {
  failOn: Severity;
  minCoverage: number | undefined;
  require: string[];
  rules: Record<string, RuleSetting>;
  maxWarnings: number | undefined;
}

/** Runs `vawg check` over the drafts and returns its exit code. */
export async function runCheck(drafts: string[], flags: CheckFlags, context: CliContext): Promise<number> {
  const home = context.env.HOME;
  const configFile = flags.config === undefined ? findConfigFile(context.cwd, home) : context.resolve(flags.config);
  const config: CheckConfig = configFile === undefined ? {} : loadConfig(configFile);
  const limits = limitsFromFlags(flags);
  if (flags.printConfig) {
    context.stdout.write(printConfig(configFile, config, flags, limits, context));
    return EXIT.ok;
  }
  if (drafts.length === 0) throw new VawgError('check needs at least one draft (or --print-config)');
  const framework = loadFramework(resolveFramework(flags.framework, context) ?? config.framework);
  const settings = checkSettings(flags, config);
  const known = mappableIds(framework);
  const unknown = settings.require.find((id) => !known.includes(id));
  if (unknown) {
    const from = flags.require === undefined && configFile !== undefined ? `${context.display(configFile)}: require` : '--require';
    throw new VawgError(`${from}: "${unknown}" is not an action or pillar id of ${framework.id}${didYouMean(unknown, known)}`);
  }
  const inputs = resolveInputs(drafts, context, { kind: 'drafts' });
  const files: CheckReport['files'] = [];
  const notifications: RunNotification[] = [];
  const progress = startProgress(context, inputs.length, { quiet: flags.quiet === true, label: 'checking' });
  const ruleIds = [...CHECK_RULES.map((rule) => rule.id), UNUSED_DIRECTIVE_RULE.id];
  const directiveSetting = settings.rules[UNUSED_DIRECTIVE_RULE.id] ?? UNUSED_DIRECTIVE_RULE.defaultSeverity;
  for (const input of inputs) {
    try {
      const loaded = await loadDraft(input, framework, context, { limits, ...(flags.force === undefined ? {} : { force: flags.force }) });
      if (loaded.guessedForce !== undefined) {
        notifications.push({
          level: 'warning',
          file: loaded.findingsFile,
          message: `cannot tell which force this draft belongs to: checked as "${loaded.guessedForce}", from its file name (give --force NAME, or force: in its front matter)`,
        });
      }
      const coverage = assessCoverage(loaded.document, framework, loaded.findingsFile);
      const pillarHeadings = loaded.tree ? findPillarHeadings(loaded.tree, framework) : new Map<string, { line: number; column: number }>();
      const ruleContext = { document: loaded.document, coverage, framework, pillarHeadings, ...settings };
      const found = runChecks(ruleContext, loaded.findingsFile, settings.rules);
      const directives = loaded.tree ? readDirectives(loaded.tree) : [];
      const applied = applyDirectives(found, directives, {
        file: loaded.findingsFile,
        rules: ruleIds,
        severity: directiveSetting === 'off' ? 'warning' : directiveSetting,
      });
      const findings = [...applied.findings, ...(directiveSetting === 'off' ? [] : applied.unused)].sort(byPlace);
      files.push({ file: loaded.findingsFile, findings, ...(directives.length > 0 ? { suppressed: applied.suppressed } : {}) });
    } catch (error) {
      if (!(error instanceof VawgError)) throw error;
      notifications.push(failureOf(error, context));
      context.stderr.write(`${errorLine(error, context)}\n`);
    }
    progress.advance(context.display(input.file));
  }
  progress.finish();
  for (const notice of notifications.filter((notification) => notification.level === 'warning')) {
    context.stderr.write(`${notice.file ?? 'vawg'}: warning: ${notice.message}\n`);
  }
  const all = files.flatMap((entry) => entry.findings);
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  const shown = flags.quiet
    ? files.map((entry) => ({ ...entry, findings: entry.findings.filter((finding) => finding.severity === 'error') }))
    : files;
  const report: CheckReport = {
    files: shown,
    failOn: settings.failOn,
    toolVersion: packageVersion(),
    rules: reportedRules(settings.rules),
    notifications,
  };
  emitReport(
    CHECK_FORMATTERS[flags.format]!(report, { color: reportColor(flags, context) }),
    flags,
    context,
    inputs.map((input) => input.file),
  );
  if (notifications.some((notification) => notification.level === 'error')) return EXIT.unusable;
  const tooManyWarnings = settings.maxWarnings !== undefined && warnings > settings.maxWarnings;
  if (tooManyWarnings) context.stderr.write(`vawg check: ${warnings} warnings, more than --max-warnings ${settings.maxWarnings}\n`);
  const failing = all.some((finding) => reachesSeverity(finding.severity, settings.failOn));
  return failing || tooManyWarnings ? EXIT.failed : EXIT.ok;
}

function checkSettings(flags: CheckFlags, config: CheckConfig): CheckSettings {
  return {
    failOn: flags.failOn ?? config['fail-on'] ?? 'error',
    minCoverage: flags.minCoverage ?? config['min-coverage'],
    require: flags.require ?? config.require ?? [],
    rules: config.rules ?? {},
    maxWarnings: flags.maxWarnings ?? config['max-warnings'],
  };
}

function reportedRules(settings: Record<string, RuleSetting>): ReportedRule[] {
  return [...CHECK_RULES, UNUSED_DIRECTIVE_RULE].map((rule) => ({
    id: rule.id,
    description: rule.description,
    setting: settings[rule.id] ?? rule.defaultSeverity,
  }));
}

/** The report of a check that could not run: no drafts, every rule at its default, and the error that stopped it. */
function failedReport(failure: RunNotification): CheckReport {
  return { files: [], failOn: 'error', toolVersion: packageVersion(), rules: reportedRules({}), notifications: [failure] };
}

function byPlace(a: Finding, b: Finding): number {
  return (
    (a.page ?? 0) - (b.page ?? 0) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

/** The settings `check` would run with, and where they come from, as JSON. */
function printConfig(
  configFile: string | undefined,
  config: CheckConfig,
  flags: CheckFlags,
  given: Partial<Limits>,
  context: CliContext,
): string {
  const limits = resolveLimits(given);
  const resolved = checkSettings(flags, config);
  const settings = {
    framework: flags.framework ?? config.framework ?? 'npcc-vawg-2021',
    'min-coverage': resolved.minCoverage ?? null,
    require: resolved.require,
    'fail-on': resolved.failOn,
    'max-warnings': resolved.maxWarnings ?? null,
    rules: Object.fromEntries(reportedRules(resolved.rules).map((rule) => [rule.id, rule.setting])),
  };
  const output = {
    config: configFile === undefined ? null : context.display(configFile),
    searched:
      flags.config === undefined
        ? { from: context.display(context.cwd), upTo: context.display(configStopDir(context.cwd, context.env.HOME)) }
        : null,
    settings,
    limits: Object.fromEntries(
      limitDefinitions().map((definition) => [
        definition.id,
        definition.unit === 'MB' ? limits[definition.id] / (1024 * 1024) : limits[definition.id],
      ]),
    ),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
