import type { CompletionCommand, CompletionOption } from './completion-model.js';

/** The shells `vawg completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** A shell `vawg completion` writes for. */
export type Shell = (typeof SHELLS)[number];

/** The completion script for one shell, from the command tree and the global options. */
export function completionScript(shell: Shell, tree: CompletionCommand, globals: CompletionOption[]): string {
  for (const word of everyWord(tree, globals)) {
    if (!/^[\w.-]+$/.test(word)) throw new Error(`cannot complete "${word}": command, option and choice names must be plain words`);
  }
  if (shell === 'bash') return bashScript(tree, globals);
  if (shell === 'zsh') return zshScript(tree, globals);
  return fishScript(tree, globals);
}

/** Every command path under the program, with the command: `["gaps"]`, `["frameworks", "new"]`. */
function commandPaths(tree: CompletionCommand): { path: string[]; command: CompletionCommand }[] {
  return tree.subcommands.flatMap((command) => [
    { path: [command.name], command },
    ...command.subcommands.map((sub) => ({ path: [command.name, sub.name], command: sub })),
  ]);
}

function everyWord(tree: CompletionCommand, globals: CompletionOption[]): string[] {
  const options = (list: CompletionOption[]): string[] => list.flatMap((option) => [...option.names, ...option.choices]);
  return [
    ...options(globals),
    ...commandPaths(tree).flatMap(({ path, command }) => [...path, ...options(command.options), ...command.argumentChoices]),
  ];
}

function bashScript(tree: CompletionCommand, globals: CompletionOption[]): string {
  const paths = commandPaths(tree);
  const valued = [
    ...new Set(
      [...globals, ...paths.flatMap(({ command }) => command.options)]
        .filter((option) => option.value !== 'none')
        .flatMap((option) => option.names),
    ),
  ];
  const parents = tree.subcommands.filter((command) => command.subcommands.length > 0).map((command) => command.name);
  const names = (list: CompletionOption[]): string => list.flatMap((option) => option.names).join(' ');
  const choiceCases = paths.flatMap(({ path, command }) =>
    command.options
      .filter((option) => option.value === 'choice')
      .map(
        (option) =>
          `    "${path.join(' ')}|${option.names.join(`" | "${path.join(' ')}|`)}") COMPREPLY=($(compgen -W "${option.choices.join(' ')}" -- "$cur")); return ;;`,
      ),
  );
  const fileOptions = [
    ...new Set(
      paths
        .flatMap(({ command }) => command.options)
        .filter((option) => option.value === 'file')
        .flatMap((option) => option.names),
    ),
  ];
  const textOptions = [
    ...new Set(
      paths
        .flatMap(({ command }) => command.options)
        .filter((option) => option.value === 'text')
        .flatMap((option) => option.names),
    ),
  ];
  const optionCases = paths.map(
    ({ path, command }) => `      "${path.join(' ')}") COMPREPLY=($(compgen -W "${names([...command.options, ...globals])}" -- "$cur")) ;;`,
  );
  const argumentCases = paths
    .filter(({ command }) => command.argumentChoices.length > 0 || command.subcommands.length > 0 || !command.files)
    .map(({ path, command }) => {
      const words = command.subcommands.length > 0 ? command.subcommands.map((sub) => sub.name) : command.argumentChoices;
      return `    "${path.join(' ')}") COMPREPLY=($(compgen -W "${words.join(' ')}" -- "$cur")); return ;;`;
    });
  return `# vawg completion for bash. Load it in every shell by adding this line to ~/.bashrc:
#   source <(vawg completion bash)
_vawg_complete() {
  local cur prev word command="" sub="" path i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      ${valued.join('|')}) ((i++)) ;;
      -*) ;;
      *)
        if [[ -z "$command" ]]; then command="$word"
        elif [[ -z "$sub" ]]; then
          case "$command" in ${parents.length > 0 ? parents.join('|') : '__none__'}) sub="$word" ;; esac
        fi ;;
    esac
  done
  path="$command\${sub:+ $sub}"
  case "$path|$prev" in
${choiceCases.join('\n')}
  esac
  case "$prev" in
    ${fileOptions.join('|') || '__none__'}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${textOptions.join('|') || '__none__'}) COMPREPLY=(); return ;;
  esac
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "${tree.subcommands.map((command) => command.name).join(' ')} ${names(globals)}" -- "$cur"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$path" in
${optionCases.join('\n')}
    esac
    return
  fi
  case "$path" in
${argumentCases.join('\n')}
  esac
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _vawg_complete vawg
`;
}

/** Text inside a zsh single-quoted string, with the characters an _arguments description treats specially escaped. */
function zshText(text: string): string {
  return text.replaceAll("'", "'\\''").replaceAll('[', '\\[').replaceAll(']', '\\]').replaceAll(':', '\\:');
}

function zshOption(option: CompletionOption): string {
  const exclusive = option.names.length > 1 ? `(${option.names.join(' ')})` : '';
  const names = option.names.length > 1 ? `'{${option.names.join(',')}}'` : option.names[0]!;
  const value =
    option.value === 'choice'
      ? `:value:(${option.choices.join(' ')})`
      : option.value === 'file'
        ? ':file:_files'
        : option.value === 'text'
          ? ': : '
          : '';
  return `'${exclusive}${names}[${zshText(option.description)}]${value}'`;
}

function zshArguments(command: CompletionCommand, globals: CompletionOption[], indent: string): string {
  const specs = [...command.options, ...globals].map(zshOption);
  if (command.argumentChoices.length > 0) specs.push(`'*:argument:(${command.argumentChoices.join(' ')})'`);
  else if (command.files) specs.push("'*:file:_files'");
  return `_arguments -s \\\n${specs.map((spec) => `${indent}  ${spec}`).join(' \\\n')}`;
}

function zshDescribe(commands: CompletionCommand[], what: string, indent: string): string {
  const items = commands.map((command) => `${indent}  '${zshText(command.name)}:${command.description.replaceAll("'", "'\\''")}'`);
  return `local -a choices\n${indent}choices=(\n${items.join('\n')}\n${indent})\n${indent}_describe -t commands '${what}' choices`;
}

function zshScript(tree: CompletionCommand, globals: CompletionOption[]): string {
  const cases = tree.subcommands.map((command) => {
    if (command.subcommands.length === 0) return `    ${command.name})\n      ${zshArguments(command, globals, '      ')} ;;`;
    const inner = command.subcommands.map((sub) => `          ${sub.name})\n            ${zshArguments(sub, globals, '            ')} ;;`);
    return `    ${command.name})
      if (( CURRENT == 2 )); then
        ${zshDescribe(command.subcommands, `vawg ${command.name} command`, '        ')}
      else
        shift words
        (( CURRENT-- ))
        case $words[1] in
${inner.join('\n')}
        esac
      fi ;;`;
  });
  return `#compdef vawg
# vawg completion for zsh. Save it as a file named _vawg in a folder of your fpath, then start a new shell:
#   vawg completion zsh > "\${fpath[1]}/_vawg"
_vawg() {
  local context state state_descr line
  typeset -A opt_args
  _arguments -C \\
${globals.map((option) => `    ${zshOption(option)}`).join(' \\\n')} \\
    '1: :->command' \\
    '*:: :->argument'
  case $state in
    command)
      ${zshDescribe(tree.subcommands, 'vawg command', '      ')} ;;
    argument)
      case $words[1] in
${cases.join('\n')}
      esac ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _vawg "$@"
else
  compdef _vawg vawg
fi
`;
}

function fishText(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function fishOption(condition: string, option: CompletionOption): string {
  const names = option.names.map((name) => (name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`)).join(' ');
  const value =
    option.value === 'choice'
      ? ` -x -a ${fishText(option.choices.join(' '))}`
      : option.value === 'file'
        ? ' -r -F'
        : option.value === 'text'
          ? ' -x'
          : '';
  return `complete -c vawg -n ${fishText(condition)} ${names}${value} -d ${fishText(option.description)}`;
}

function fishScript(tree: CompletionCommand, globals: CompletionOption[]): string {
  const parents = tree.subcommands.filter((command) => command.subcommands.length > 0);
  const lines = [
    '# vawg completion for fish. Save it where fish finds completions:',
    '#   vawg completion fish > ~/.config/fish/completions/vawg.fish',
    'complete -c vawg -f',
    ...globals.map((option) => fishOption('true', option)),
  ];
  for (const command of tree.subcommands) {
    lines.push(`complete -c vawg -n __fish_use_subcommand -a ${command.name} -d ${fishText(command.description)}`);
    const others = parents.filter((parent) => parent !== command && parent.subcommands.some((sub) => sub.name === command.name));
    const condition = `__fish_seen_subcommand_from ${command.name}${others.map((parent) => `; and not __fish_seen_subcommand_from ${parent.name}`).join('')}`;
    if (command.subcommands.length > 0) {
      const names = command.subcommands.map((sub) => sub.name).join(' ');
      for (const sub of command.subcommands) {
        lines.push(
          `complete -c vawg -n ${fishText(`${condition}; and not __fish_seen_subcommand_from ${names}`)} -a ${sub.name} -d ${fishText(sub.description)}`,
        );
        const subCondition = `__fish_seen_subcommand_from ${command.name}; and __fish_seen_subcommand_from ${sub.name}`;
        lines.push(...sub.options.map((option) => fishOption(subCondition, option)));
        if (sub.files) lines.push(`complete -c vawg -n ${fishText(subCondition)} -F`);
      }
      continue;
    }
    lines.push(...command.options.map((option) => fishOption(condition, option)));
    if (command.argumentChoices.length > 0)
      lines.push(`complete -c vawg -n ${fishText(condition)} -a ${fishText(command.argumentChoices.join(' '))}`);
    else if (command.files) lines.push(`complete -c vawg -n ${fishText(condition)} -F`);
  }
  return `${lines.join('\n')}\n`;
}
