import { InvalidArgumentError, type Command } from 'commander';
import { assessCoverage } from '../assess/coverage.js';
import { CHECK_RULES, reachesSeverity, runChecks } from '../assess/check/index.js';
import { findPillarHeadings } from '../assess/check/pillar-headings.js';
import { loadFramework } from '../io/catalog.js';
import { configStopDir, findConfigFile, loadConfig, type CheckConfig } from '../io/config.js';
import { EXIT, VawgError } from '../io/errors.js';
import { limitDefinitions, resolveLimits, type Limits } from '../io/limits.js';
import { mappableIds, type RuleSetting, type Severity } from '../model/index.js';
import { CHECK_FORMATTERS, type CheckReport } from '../report/check/index.js';
import type { CliContext } from './context.js';
import { loadDraft } from './check-draft.js';
import { packageVersion } from './program-version.js';
import { addLimitOptions, limitsFromFlags } from './limit-options.js';
import { oneOf, resolveDocuments, resolveFramework } from './shared.js';

interface CheckFlags {
  config?: string;
  minCoverage?: number;
  require?: string[];
  failOn?: Severity;
  format: string;
  framework?: string;
  printConfig?: boolean;
}

/** Registers `vawg check`. */
export function registerCheck(program: Command, context: CliContext): void {
  const command = program
    .command('check')
    .description('a CI gate for strategy drafts: fail when a required action has no firm commitment or coverage is under a minimum')
    .argument('[drafts...]', 'strategy drafts in any input format (parsed on the fly), commitment YAML (checked as is), or bundled slugs')
    .option(
      '--config <file>',
      'settings file (default: the nearest vawg.config.yaml, .vawgrc, .vawgrc.yaml or package.json "vawg" key, from here up to the repository root or home folder)',
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
    .option('--format <format>', Object.keys(CHECK_FORMATTERS).join(', '), oneOf(Object.keys(CHECK_FORMATTERS)), 'stylish')
    .option('--framework <id|path>', "framework to check against (default: the config's, or npcc-vawg-2021)")
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg check drafts/strategy.md --min-coverage 0.8 --require trust,pursuit.police-powers\n  $ vawg check strategies/kent.yaml --format sarif > vawg.sarif\n  $ vawg check drafts/*.md --format github --fail-on warning\n\nRules: ' +
        CHECK_RULES.map((rule) => rule.id).join(', '),
    )
    .action(async (drafts: string[], flags: CheckFlags) => {
      context.exitCode = await runCheck(drafts, flags, context);
    });
  addLimitOptions(command);
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
  const require = flags.require ?? config.require ?? [];
  const known = new Set(mappableIds(framework));
  const unknown = require.find((id) => !known.has(id));
  if (unknown) throw new VawgError(`--require: "${unknown}" is not an action or pillar id of ${framework.id}`);
  const failOn: Severity = flags.failOn ?? config['fail-on'] ?? 'error';
  const minCoverage = flags.minCoverage ?? config['min-coverage'];
  const settings: Record<string, RuleSetting> = config.rules ?? {};
  const files: CheckReport['files'] = [];
  for (const draft of resolveDocuments(drafts, context)) {
    const loaded = await loadDraft(draft, framework, context, limits);
    const coverage = assessCoverage(loaded.document, framework, loaded.findingsFile);
    const pillarHeadings = loaded.tree ? findPillarHeadings(loaded.tree, framework) : new Map<string, { line: number; column: number }>();
    const ruleContext = { document: loaded.document, coverage, framework, pillarHeadings, minCoverage, require };
    files.push({ file: loaded.findingsFile, findings: runChecks(ruleContext, loaded.findingsFile, settings) });
  }
  const report: CheckReport = {
    files,
    failOn,
    toolVersion: packageVersion(),
    rules: CHECK_RULES.map((rule) => ({ id: rule.id, description: rule.description, setting: settings[rule.id] ?? rule.defaultSeverity })),
  };
  context.stdout.write(CHECK_FORMATTERS[flags.format]!(report, { color: context.color() }));
  const failing = files.some((entry) => entry.findings.some((finding) => reachesSeverity(finding.severity, failOn)));
  return failing ? EXIT.failed : EXIT.ok;
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
  const settings = {
    framework: flags.framework ?? config.framework ?? 'npcc-vawg-2021',
    'min-coverage': flags.minCoverage ?? config['min-coverage'] ?? null,
    require: flags.require ?? config.require ?? [],
    'fail-on': flags.failOn ?? config['fail-on'] ?? 'error',
    rules: Object.fromEntries(CHECK_RULES.map((rule) => [rule.id, config.rules?.[rule.id] ?? rule.defaultSeverity])),
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
