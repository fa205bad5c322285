import { evaluateSplits } from '../evaluate/index.js';
import { folderSplit, loadSplits } from '../evaluate/splits.js';
import { loadFramework } from '../io/catalog.js';
import { EVAL_FORMATTERS } from '../report/eval/index.js';
import type { CliContext } from './context.js';
import { emitReport, reportColor } from './output.js';
import { resolveFramework } from './shared.js';
import type { EvalFlags } from './eval.js';

/** Runs `vawg eval` over the splits asked for and writes the report. */
export async function evalCommand(flags: EvalFlags, context: CliContext): Promise<void> {
  const splits = flags.gold === undefined ? loadSplits(flags.split) : [folderSplit(context.resolve(flags.gold))];
  const reference = resolveFramework(flags.framework, context);
  const report = await evaluateSplits(splits, {
    holdout: flags.holdout === true,
    errors: flags.errors === true,
    ...(reference === undefined ? {} : { framework: loadFramework(reference) }),
  });
  emitReport(EVAL_FORMATTERS[flags.format]!(report, { color: reportColor(flags, context) }), flags, context);
}
