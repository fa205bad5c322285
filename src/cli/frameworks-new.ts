import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { VawgError } from '../io/errors.js';
import { escapeTerminal } from '../report/escape/terminal.js';
import type { CliContext } from './context.js';
import { addExitCodes } from './options.js';

interface NewFlags {
  output?: string;
  title?: string;
  publisher?: string;
  published?: string;
  pillars?: boolean;
}

/** Registers `vawg frameworks new <id>`. */
export function registerFrameworksNew(frameworks: Command, context: CliContext): void {
  const command = frameworks
    .command('new')
    .description('scaffold a catalog file for your own framework (a police and crime plan, say), with TODO placeholders to fill in')
    .argument('<id>', 'the catalog id: lower-case letters, digits, dots and hyphens, e.g. pcc-plan-2025', catalogId)
    .option('-o, --output <file>', 'where to write it (default: <id>.yaml here; - for stdout); an existing file is never overwritten')
    .option('--title <title>', "the plan's full title")
    .option('--publisher <name>', 'who published it')
    .option('--published <date>', 'when it was published, YYYY-MM-DD', isoDate)
    .option('--pillars', 'two levels, pillars holding actions, instead of one level of items')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg frameworks new pcc-plan-2025 --title "Police and Crime Plan 2025-2029" --published 2025-04-01\n  $ vawg frameworks new my-framework --pillars -o frameworks/my-framework.yaml',
    )
    .action(async (id: string, flags: NewFlags) => {
      const { scaffoldCatalog } = await import('../io/catalog-scaffold.js');
      const text = scaffoldCatalog({
        id,
        ...(flags.title === undefined ? {} : { title: flags.title }),
        ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
        ...(flags.published === undefined ? {} : { published: flags.published }),
        pillars: flags.pillars === true,
      });
      if (flags.output === '-') {
        context.stdout.write(text);
        return;
      }
      const file = context.resolve(flags.output ?? `${id}.yaml`);
      writeNew(file, text);
      const shown = context.display(file);
      context.stderr.write(`${escapeTerminal(`wrote ${shown}: replace its TODO placeholders, then run vawg frameworks check ${shown}`)}\n`);
    });
  addExitCodes(command, { 0: 'the catalog was written', 2: 'it was not: usage error, or the file exists (it is never overwritten)' });
}

function writeNew(file: string, text: string): void {
  try {
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new VawgError('already exists: choose another -o, or remove it first (it is never overwritten)', { file });
    if (code === 'ENOENT') throw new VawgError(`no such folder: ${path.dirname(file)}`, { file });
    throw new VawgError(`cannot write: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}

function catalogId(value: string): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(value))
    throw new InvalidArgumentError('expected lower-case letters, digits, dots and hyphens, e.g. pcc-plan-2025');
  return value;
}

function isoDate(value: string): string {
  if (!/^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}
