import { InvalidArgumentError, type Command } from 'commander';
import type { Severity } from '../model/index.js';
import { CHECK_RULE_IDS, FORMAT_NAMES } from '../report/format-names.js';
import type { CliContext } from './context.js';
import { reportFailuresAs } from './failure-report.js';
import { addLimitOptions } from './limit-options.js';
import { addExitCodes, addInputOptions, addOutputOption, formatOption, oneOf } from './options.js';

/** The flags of `vawg check`. */
export interface CheckFlags {
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
    .addOption(formatOption(FORMAT_NAMES.check, 'stylish'))
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
      CHECK_RULE_IDS.join(', ') +
      '\nInline suppressions in markdown drafts:\n  <!-- vawg-disable-next-line required-action -- why -->   the next line\n  <!-- vawg-disable rule-id -->  …  <!-- vawg-enable -->      a block (no rule id: every rule)',
  );
  addExitCodes(command, {
    0: 'no finding at or above --fail-on, and no more warnings than --max-warnings',
    1: 'a finding at or above --fail-on, or more warnings than --max-warnings',
    2: 'the check could not run: usage error, unreadable draft or config, unknown framework (machine formats still print a report that says so)',
  });
  addLimitOptions(command);
  command.action(async (drafts: string[], flags: CheckFlags) => {
    const { runCheck } = await import('./check-run.js');
    context.exitCode = await runCheck(drafts, flags, context);
  });
  reportFailuresAs(command, async (failure, format) => (await import('./check-run.js')).checkFailure(failure, format));
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
