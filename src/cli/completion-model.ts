import type { Command, Option } from 'commander';

/** An option as a completion script offers it. */
export interface CompletionOption {
  /** `-o` and `--output-file`, as given. */
  names: string[];
  description: string;
  /** Whether it takes a value, and how to complete it: one of `choices`, a file, or anything. */
  value: 'none' | 'choice' | 'file' | 'text';
  choices: string[];
}

/** A command as a completion script offers it. */
export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** Whether its arguments are files (otherwise ids, names or fixed choices). */
  files: boolean;
  /** Values an argument takes from a fixed set (`vawg completion bash|zsh|fish`). */
  argumentChoices: string[];
  subcommands: CompletionCommand[];
}

/** The names of option values that are paths, so completion offers files for them. */
const PATH_VALUES = new Set(['file', 'path', 'dir', 'id|path']);

/** Arguments that are not files: ids and names typed by hand. */
const NON_FILE_ARGUMENTS = new Set(['id', 'commitment-id']);

/** Reads commander's own command tree into what a completion script needs: commands, options, choices, which take files. */
export function completionTree(program: Command): CompletionCommand {
  return describe(program);
}

/** The options every command takes besides its own: help, and the program's global options. */
export function globalOptions(program: Command): CompletionOption[] {
  return [{ names: ['-h', '--help'], description: 'show help', value: 'none', choices: [] }, ...program.options.map(describeOption)];
}

function describe(command: Command): CompletionCommand {
  const argumentsGiven = command.registeredArguments;
  const argumentChoices = argumentsGiven.flatMap((argument) => argument.argChoices ?? []);
  const files = argumentsGiven.some((argument) => argument.argChoices === undefined && !NON_FILE_ARGUMENTS.has(argument.name()));
  return {
    name: command.name(),
    description: summary(command.description()),
    options: command.options.filter((option) => !option.hidden).map(describeOption),
    files,
    argumentChoices,
    subcommands: command.commands.map(describe),
  };
}

function describeOption(option: Option): CompletionOption {
  const names = [option.short, option.long].filter((name): name is string => name !== undefined);
  const valueName = placeholder(option.flags);
  const value = valueName === undefined ? 'none' : option.argChoices ? 'choice' : PATH_VALUES.has(valueName) ? 'file' : 'text';
  return { names, description: summary(option.description), value, choices: option.argChoices ?? [] };
}

/** The name inside `<...>` or `[...]` of an option's flags, if it takes a value. */
function placeholder(flags: string): string | undefined {
  const open = Math.max(flags.indexOf('<'), flags.indexOf('['));
  if (open === -1) return undefined;
  const close = flags.indexOf(flags[open] === '<' ? '>' : ']', open);
  return close === -1 ? undefined : flags.slice(open + 1, close);
}

/** The first clause of a description, short enough for a completion menu. */
function summary(text: string): string {
  let end = text.length;
  for (const stop of [': ', '; ', ' (']) {
    const at = text.indexOf(stop);
    if (at > 0 && at < end) end = at;
  }
  const clause = text.slice(0, end).trim();
  return clause.length > 70 ? `${clause.slice(0, 69).trimEnd()}…` : clause;
}
