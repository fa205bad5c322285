import { describeError, VawgError } from '../io/errors.js';
import { escapeTerminal } from '../report/escape/terminal.js';
import type { CliContext } from './context.js';

/** The one line printed for an error: `file:line:col: message` with the file as the user reads it, or `vawg: message`; escaped for a terminal. */
export function errorLine(error: unknown, context: CliContext): string {
  if (error instanceof VawgError && error.location) {
    return escapeTerminal(describeError(new VawgError(error.message, { ...error.location, file: context.display(error.location.file) })));
  }
  return escapeTerminal(`vawg: ${describeError(error)}`);
}
