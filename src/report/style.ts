import { WriteStream } from 'node:tty';
import { Chalk, type ChalkInstance } from 'chalk';
import type { CoverageStatus } from '../model/index.js';

/** Options every formatter takes. */
export interface ReportOptions {
  /** Use ANSI colours (a terminal, no NO_COLOR). */
  color: boolean;
  /** CSV only: leave cells that start with = + - @ as they are, for data the reader trusts (by default they get a leading apostrophe). */
  trustedCsv?: boolean;
  /** Terminal tables: the width to fit, in columns (the terminal's, or COLUMNS); undefined for no limit. */
  width?: number;
  /** The gap table of several forces: each force's own table after the summary (otherwise the summary alone). */
  detail?: boolean;
}

/**
 * Whether output to this stream should be coloured, by Node's own detection (`tty.WriteStream#getColorDepth`, which reads
 * FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM and the CI variables from the given environment): a terminal that
 * supports colour, or any stream when FORCE_COLOR asks for colour.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const depth = WriteStream.prototype.getColorDepth.call(stream as WriteStream, env);
  if (env.FORCE_COLOR !== undefined) return depth > 1;
  return stream.isTTY === true && depth > 1;
}

/** A chalk instance that colours only when asked to. */
export function painter(options: ReportOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

/** The text mark of each status, so a status reads without colour. */
export const STATUS_MARKS: Record<CoverageStatus, string> = { covered: '✔', partial: '◐', gap: '✘' };

/** A status with a text mark, so it reads without colour, coloured when colour is on. */
export function statusLabel(status: CoverageStatus, options: ReportOptions): string {
  const paint = painter(options);
  const colour = status === 'covered' ? paint.green : status === 'partial' ? paint.yellow : paint.red;
  return colour(`${STATUS_MARKS[status]} ${status}`);
}

/** A ratio as a whole percentage, e.g. 0.5556 → "56%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** cli-table3 styling with no colour of its own, so tables carry colour codes only in coloured cells. */
export const PLAIN_TABLE_STYLE = { head: [] as string[], border: [] as string[] };

/** cli-table3 borders without a rule between every row. */
export const COMPACT_TABLE_CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
