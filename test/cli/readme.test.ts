/** The README's command table says what each command's --help says: usage, description, formats and exit codes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.ts';

interface Row {
  usage: string;
  description: string;
  formats: string;
  exitCodes: string;
}

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
const table = section.split('\n').filter((line) => line.startsWith('| `vawg '));

/** A table row's cells (a `\|` inside a cell is a pipe, not a border). */
function cells(line: string): Row {
  const [usage, description, formats, exitCodes] = line
    .slice(2, -2)
    .split(/ \| /)
    .map((cell) => cell.replaceAll('\\|', '|'));
  return { usage: usage!.slice(1, -1), description: description!, formats: formats!, exitCodes: exitCodes! };
}

/** The same row, read from `vawg <command> --help`. */
async function fromHelp(command: string[]): Promise<Row> {
  const help = (await runCli([...command, '--help'], { columns: 1000 })).stdout;
  const lines = help.split('\n');
  const description = lines.slice(2, lines.indexOf('', 2)).join(' ');
  const format = /--format <format> .*\(choices: ([^)]*?)(?:, default: "([^"]*)")?\)/.exec(help);
  const choices = format ? [...format[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!) : [];
  const formats =
    choices.length === 0 ? '—' : choices.map((choice) => (choice === format![2] ? `\`${choice}\` (default)` : `\`${choice}\``)).join(', ');
  const codes = (help.split('\nExit codes:\n')[1] ?? '').split('\n').filter((line) => /^ {2}\d {2}\S/.test(line));
  return { usage: lines[0]!.replace(/^Usage: /, ''), description, formats, exitCodes: codes.map((line) => line.trim()[0]).join(', ') };
}

describe("the README's command table", () => {
  it('has a row for every command and subcommand of vawg --help', async () => {
    const top = (await runCli(['--help'], { columns: 1000 })).stdout;
    const commands = [...top.split('Commands:\n')[1]!.matchAll(/^ {2}(\w+) /gm)]
      .map((match) => match[1]!)
      .filter((name) => name !== 'help');
    const frameworks = (await runCli(['frameworks', '--help'], { columns: 1000 })).stdout;
    const subcommands = [...frameworks.split('Commands:\n')[1]!.matchAll(/^ {2}(\w+)/gm)]
      .map((match) => `frameworks ${match[1]!}`)
      .filter((name) => name !== 'frameworks help');
    const expected = commands.flatMap((name) => (name === 'frameworks' ? subcommands : [name]));
    expect(
      table.map((line) =>
        cells(line)
          .usage.split(' [')[0]!
          .split(' <')[0]!
          .replace(/^vawg /, ''),
      ),
    ).toEqual(expected);
  });

  it.each(table.map((line) => [cells(line).usage, line] as const))('%s matches its --help', async (_usage, line) => {
    const row = cells(line);
    const command = row.usage
      .replace(/^vawg /, '')
      .split(' ')
      .filter((word) => /^[a-z]+$/.test(word));
    expect(row).toEqual(await fromHelp(command));
  });
});
