import path from 'node:path';
import { loadValidDocument } from '../io/commitment-document.js';
import { VawgError } from '../io/errors.js';
import { portablePath } from '../io/paths.js';
import { formatExplanation, type ExplainedItem } from '../report/explain.js';
import { didYouMean } from '../text/suggest.js';
import type { CliContext } from './context.js';
import { resolveInputs } from './inputs.js';
import { emitReport, reportColor } from './output.js';

/** Runs `vawg explain`: why one commitment or statement was read and mapped as it was. */
export function explainCommand(file: string, id: string, flags: { format: string; outputFile?: string }, context: CliContext): void {
  const [input] = resolveInputs([file], context, { kind: 'documents' });
  const loaded = loadValidDocument(input!.file, undefined, input!.content === undefined ? {} : { content: input!.content });
  const { commitments, statements = [], retired = [] } = loaded.document;
  const everything: ExplainedItem[] = [...commitments, ...statements, ...retired];
  const found = everything.filter((item) => item.id === id || item.id.startsWith(id));
  const exact = found.find((item) => item.id === id);
  const commitment = exact ?? (found.length === 1 ? found[0] : undefined);
  if (!commitment) {
    const ids = everything.map((candidate) => candidate.id);
    const why =
      found.length > 1
        ? `"${id}" matches ${found.length} commitments and statements: give more of the id (${candidates(found.map((candidate) => candidate.id))})`
        : `no commitment, statement or retired commitment "${id}"${didYouMean(id, ids)}`;
    throw new VawgError(why, { file: loaded.file });
  }
  const sourcePath = portablePath(path.resolve(path.dirname(loaded.file), loaded.document.document.source), context.cwd);
  const text =
    flags.format === 'json'
      ? `${JSON.stringify({ file: context.display(loaded.file), source: sourcePath, commitment }, null, 2)}\n`
      : formatExplanation(commitment, loaded.document, loaded.framework, { color: reportColor(flags, context), sourcePath });
  emitReport(text, flags, context, [loaded.file]);
}

/** Most candidates an ambiguous id prefix lists before "and N more". */
const MAX_CANDIDATES = 10;

/** The ids an ambiguous prefix matches, sorted, at most MAX_CANDIDATES of them and how many more. */
function candidates(ids: string[]): string {
  const sorted = [...ids].sort();
  const shown = sorted.slice(0, MAX_CANDIDATES).join(', ');
  return sorted.length > MAX_CANDIDATES ? `${shown} and ${sorted.length - MAX_CANDIDATES} more` : shown;
}
