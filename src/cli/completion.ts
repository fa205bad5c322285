import { Argument, type Command } from 'commander';
import type { CliContext } from './context.js';
import { completionTree, globalOptions } from './completion-model.js';
import { completionScript, SHELLS, type Shell } from './completion-scripts.js';
import { addExitCodes } from './options.js';

/** Registers `vawg completion`. */
export function registerCompletion(program: Command, context: CliContext): void {
  const command = program
    .command('completion')
    .description('print a shell completion script for vawg: its commands, options, formats and files')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices([...SHELLS]))
    .addHelpText(
      'after',
      '\nExamples:\n  $ vawg completion bash > ~/.vawg-completion.bash   then in ~/.bashrc: source ~/.vawg-completion.bash\n  $ vawg completion zsh > "${fpath[1]}/_vawg"         then start a new shell\n  $ vawg completion fish > ~/.config/fish/completions/vawg.fish',
    );
  addExitCodes(command, { 0: 'the script was printed', 2: 'usage error: a shell other than bash, zsh or fish' });
  command.action((shell: Shell) => {
    context.stdout.write(completionScript(shell, completionTree(program), globalOptions(program)));
  });
}
