import { existsSync, readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { CONFIG_FILE_NAME } from '../io/config-name.js';
import { packagePath } from '../io/paths.js';
import { escapeTerminal } from '../report/escape/terminal.js';
import type { CliContext } from './context.js';
import { addExitCodes } from './options.js';

/** Where `vawg init` writes the GitHub workflow, from the working directory. */
export const WORKFLOW_FILE = '.github/workflows/vawg.yml';

interface InitFlags {
  drafts: string;
  framework: string;
  workflow: boolean;
}

/** Registers `vawg init`. */
export function registerInit(program: Command, context: CliContext): void {
  const command = program
    .command('init')
    .description(`write a commented ${CONFIG_FILE_NAME} and a GitHub workflow that checks the drafts on every pull request`)
    .option('--drafts <path>', 'the drafts the workflow checks: a file, a folder or a glob', draftsPath, 'drafts/strategy.md')
    .option('--framework <id>', 'the framework the config checks against', 'npcc-vawg-2021')
    .option('--no-workflow', `write ${CONFIG_FILE_NAME} only`)
    .addHelpText(
      'after',
      `\nFiles that exist already are left as they are, never overwritten.\n\nExamples:\n  $ vawg init\n  $ vawg init --drafts drafts/ --framework npcc-vawg-2024\n  $ vawg init --no-workflow`,
    );
  addExitCodes(command, {
    0: 'the files were written, or were there already and left as they are',
    2: 'a file could not be written, or the framework is unknown',
  });
  command.action(async (flags: InitFlags) => {
    const { loadFramework } = await import('../io/catalog.js');
    const { writeFileSafely } = await import('../io/write-file.js');
    loadFramework(flags.framework);
    const files: [string, string][] = [[CONFIG_FILE_NAME, initTemplate('vawg.config.yaml', { framework: flags.framework })]];
    if (flags.workflow) files.push([WORKFLOW_FILE, initTemplate('workflow.yml', { drafts: flags.drafts })]);
    for (const [name, text] of files) {
      const target = context.resolve(name);
      if (existsSync(target)) {
        context.stderr.write(`${escapeTerminal(context.display(target))}: exists, left as it is\n`);
        continue;
      }
      writeFileSafely(target, text, { expectedSha256: null });
      context.stderr.write(`wrote ${escapeTerminal(context.display(target))}\n`);
    }
  });
}

/** A drafts path fit for the workflow's shell line: plain path characters, single-quoted when it is a glob for vawg to expand. */
function draftsPath(value: string): string {
  if (!/^[\w./*?{},-]+$/.test(value)) {
    throw new InvalidArgumentError('expected a path of letters, digits and . / - _ (a glob may also use * ? { } ,)');
  }
  return /[*?{}]/.test(value) ? `'${value}'` : value;
}

/** One of the templates in `src/cli/data/init/` with its `{{name}}` placeholders filled in. */
export function initTemplate(name: string, values: Record<string, string>): string {
  const template = readFileSync(packagePath('src', 'cli', 'data', 'init', name), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
