import { withoutWorkflowCommands } from './escape/github.js';

/** A formatter of a report of type R. */
export type Formatter<R, O> = (report: R, options: O) => string;

/**
 * The formatter of one format of a command, importing that format's module alone (so a table
 * never loads the markdown or CSV writers), wrapped as the command's formatter table wraps it.
 */
export async function loadFormatter<R, O>(
  loaders: Record<string, () => Promise<Formatter<R, O>>>,
  command: string,
  format: string,
): Promise<Formatter<R, O>> {
  const load = loaders[format];
  if (load === undefined) throw new Error(`no ${command} format "${format}"`);
  return withoutWorkflowCommands({ [format]: await load() })[format]!;
}
