import { SingleBar } from 'cli-progress';
import { loadPackageData } from '../io/data-file.js';
import { escapeTerminal } from '../report/escape/terminal.js';
import type { CliContext } from './context.js';

interface ProgressSettings {
  'show-when-longer-than-ms': number;
}

/** Progress over the files of one run; `advance` after each file, `finish` at the end. */
export interface Progress {
  advance(name: string): void;
  finish(): void;
}

const SILENT: Progress = { advance: () => undefined, finish: () => undefined };

/**
 * A progress bar on standard error (cli-progress) for a run over `total` files. It appears only once the run, projected
 * from the files done so far, will take longer than about a second, and never when standard error is not a terminal or
 * the run is `--quiet`; it clears itself when done, so what the command prints stays as it would be without it.
 */
export function startProgress(context: CliContext, total: number, options: { quiet?: boolean; label: string }): Progress {
  if (options.quiet || context.stderr.isTTY !== true || total < 2) return SILENT;
  const threshold = loadPackageData<ProgressSettings>('src/cli/data/progress.yaml')['show-when-longer-than-ms'];
  const started = context.now();
  let done = 0;
  let bar: SingleBar | undefined;
  return {
    advance(name) {
      done += 1;
      if (bar) {
        bar.update(done, { name: escapeTerminal(name) });
        return;
      }
      const elapsed = context.now() - started;
      if (done >= total || (elapsed / done) * total <= threshold) return;
      bar = new SingleBar({
        stream: context.stderr as unknown as NodeJS.WritableStream,
        format: `${options.label} [{bar}] {value}/{total} {name}`,
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        linewrap: false,
      });
      bar.start(total, done, { name: escapeTerminal(name) });
    },
    finish() {
      bar?.stop();
      bar = undefined;
    },
  };
}
