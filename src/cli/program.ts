import { Command } from 'commander';
import { resolveLimits } from '../io/limits.js';
import { registerCheck } from './check.js';
import { registerCompare } from './compare.js';
import { registerCompletion } from './completion.js';
import { registerDiff } from './diff.js';
import { registerEval } from './eval.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerFrameworks } from './frameworks.js';
import { registerGaps } from './gaps.js';
import { registerInit } from './init.js';
import { limitsFromFlags } from './limit-options.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerReview } from './review.js';
import { packageVersion } from './program-version.js';
import { registerValidate } from './validate.js';
import type { CliContext } from './context.js';

/** Builds the `vawg` command with every subcommand registered. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('vawg')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      // A usage error is one line: "error: unknown command 'gap' (Did you mean gaps?) (run with --help for usage)".
      outputError: (text, write) =>
        write(
          `${text
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '')
            .join(' ')} (run with --help for usage)\n`,
        ),
      getOutHelpWidth: () => context.stdout.columns ?? 80,
      getErrHelpWidth: () => context.stderr.columns ?? 80,
      getOutHasColors: () => context.color('stdout'),
      getErrHasColors: () => context.color('stderr'),
    })
    .description(
      "Compare police forces' VAWG strategies with the NPCC national framework: extract commitments, validate them, report gaps.",
    )
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'print stack traces for errors')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (as NO_COLOR does)')
    .addHelpText(
      'after',
      "\nExamples:\n  $ vawg gaps                                   coverage of every strategy in ./strategies\n  $ vawg parse strategies/sources/kent.txt      extract commitments as YAML\n  $ vawg validate strategies/*.yaml             check hand-edited documents\n  $ vawg frameworks npcc-vawg-2021              the framework's pillars and actions\n  $ vawg report -o report.html                  an HTML report to open, share and print\n  $ vawg init                                   a commented vawg.config.yaml and a GitHub workflow\n\nExit codes: 0 success · 1 the input was read and judged failing · 2 the command could not do its job",
    )
    .hook('preAction', async (_program, command) => {
      context.colorChoice = program.opts<{ color?: boolean }>().color;
      const takesStdin = command.options.some((option) => option.long === '--stdin-filename');
      if (takesStdin && command.args.includes('-')) {
        const flags = command.opts<{ stdinFilename?: string }>();
        const maxBytes = resolveLimits(limitsFromFlags(flags))['max-size'];
        const { readStandardInput } = await import('./inputs.js');
        context.stdinInput = { content: await readStandardInput(context.stdin, maxBytes), name: flags.stdinFilename };
      }
    });
  registerParse(program, context);
  registerValidate(program, context);
  registerReview(program, context);
  registerGaps(program, context);
  registerCompare(program, context);
  registerReport(program, context);
  registerDiff(program, context);
  registerCheck(program, context);
  registerExport(program, context);
  registerFrameworks(program, context);
  registerEval(program, context);
  registerExplain(program, context);
  registerInit(program, context);
  registerCompletion(program, context);
  return program;
}
