import { InvalidArgumentError, type Command } from 'commander';
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
import { loadDraft } from './check-draft.js';
import { failureOf, reportFailuresAs } from './failure-report.js';
import { resolveInputs } from './inputs.js';
import { addLimitOptions, limitsFromFlags } from './limit-options.js';
import { errorLine } from './error-line.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption, oneOf } from './options.js';
import { emitReport, reportColor } from './output.js';
import { packageVersion } from './program-version.js';
import { startProgress } from './progress.js';
import { resolveFramework } from './shared.js';

interface CheckFlags {
  config?: string;
  minCoverage?: number;
  require?: string[];
  failOn?: Severity;
  format: string;
  framework?: string;
  force?: string;
  printConfig?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  outputFile?: string;
}

/** The settings a check runs with, from flags over the config file. */
interface CheckSettings {
  failOn: Severity;
  minCoverage: number | undefined;
  require: string[];
  rules: Record<string, RuleSetting>;
  maxWarnings: number | undefined;
}

const CHECK_FORMATS = Object.keys(CHECK_FORMATTERS);

/** Registers `vawg check`. */
export function registerCheck(program: Command, context: CliContext): void {
  const command = program
    .command('check')
    .description('a CI gate for strategy drafts: fail when a required action has no firm commitment or coverage is under a minimum')
    .argument(
      '[drafts...]',
      'strategy drafts in any input format (parsed on the fly), commitment YAML (checked as is), folders of them, globs, bundled slugs, or - for standard input',
    )
    .option(
      '--config <file>',
      'settings file (default: the nearest vawg.config.yaml, .vawgrc, .vawgrc.yaml, .vawgrc.yml or package.json "vawg" key, from here up to the repository root or home folder)',
    )
    .option('--print-config', 'print which settings file applies and the settings and limits that result, as JSON, and check nothing')
    .option('--min-coverage <fraction>', "fail when overall or any pillar's coverage is under this fraction (0 to 1)", fraction)
    .option('--require <ids>', 'comma-separated action or pillar ids that must have a firm commitment', (value: string) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .option('--fail-on <severity>', 'least severity that fails the check: error or warning (default error)', oneOf(['error', 'warning']))
    .option('--max-warnings <n>', 'also fail when there are more than this many warnings (as ESLint does)', count)
    .option('--quiet', 'report errors only, and show no progress bar (warnings still count for --max-warnings)')
    .addOption(formatOption(CHECK_FORMATS, 'stylish'))
    .option('--framework <id|path>', "framework to check against (default: the config's, or npcc-vawg-2021)")
    .option(
      '--force <name>',
      "the force the drafts belong to (otherwise front matter, a .source.yaml beside the draft, the text, or the draft's file name)",
    );
  addOutputOption(command, 'the report (written even when the check cannot run, in the --format asked for)');
  addInputOptions(command);
  command.addHelpText(
    'after',
    '\nExamples:\n  $ vawg check drafts/strategy.md --min-coverage 0.8 --require trust,pursuit.police-powers\n  $ vawg check drafts/ --format sarif -o vawg.sarif\n  $ vawg check drafts/*.md --format github --fail-on warning --max-warnings 0\n  $ cat draft.md | vawg check - --stdin-filename drafts/strategy.md\n\nRules: ' +
      [...CHECK_RULES.map((rule) => rule.id), UNUSED_DIRECTIVE_RULE.id].join(', ') +
      '\nInline suppressions in markdown drafts:\n  <!-- vawg-disable-next-line required-action -- why -->   the next line\n  <!-- vawg-disable rule-id -->  …  <!-- vawg-enable -->      a block (no rule id: every rule)',
  );
  addExitCodes(command, {
    0: 'no finding at or above --fail-on, and no more warnings than --max-warnings',
    1: 'a finding at or above --fail-on, or more warnings than --max-warnings',
    2: 'the check could not run: usage error, unreadable draft or config, unknown framework (machine formats still print a report that says so)',
  });
  addLimitOptions(command);
  command.action(async (drafts: string[], flags: CheckFlags) => {
    context.exitCode = await runCheck(drafts, flags, context);
  });
  reportFailuresAs(command, (failure, format) =>
    format === 'stylish' || !CHECK_FORMATTERS[format] ? undefined : CHECK_FORMATTERS[format]!(failedReport(failure), { color: false }),
  );
}

async function runCheck(drafts: string[], flags: CheckFlags, context: CliContext): Promise<number> {
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

function fraction(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1)
    throw new InvalidArgumentError('expected a fraction between 0 and 1, e.g. 0.75');
  return parsed;
}

function count(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return parsed;
}
