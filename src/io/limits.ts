import { loadPackageData } from './data-file.js';
import { VawgError, type Location } from './errors.js';

/** The name of each resource limit, as its flag spells it (`--max-size`). */
export type LimitId =
  | 'max-size'
  | 'max-decompressed'
  | 'max-pages'
  | 'max-operators'
  | 'max-line'
  | 'max-paragraph'
  | 'max-nesting'
  | 'max-depth'
  | 'max-nodes';

/** The unit a limit is given in on the command line and in `src/io/data/limits.yaml`. */
export type LimitUnit = 'MB' | 'pages' | 'operators' | 'characters' | 'levels' | 'nodes';

/** One limit as `src/io/data/limits.yaml` describes it. */
export interface LimitDefinition {
  id: LimitId;
  unit: LimitUnit;
  default: number;
  what: string;
  source: string;
}

/** The budget one input is read under; sizes in bytes, everything else in its own unit. */
export type Limits = Record<LimitId, number>;

const MEGABYTE = 1024 * 1024;

/** Every limit, in the order of `src/io/data/limits.yaml`. */
export function limitDefinitions(): LimitDefinition[] {
  return loadPackageData<{ limits: LimitDefinition[] }>('src/io/data/limits.yaml').limits;
}

/** The default budget, with any limit given (in bytes for sizes) replacing its default. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = {} as Limits;
  for (const definition of limitDefinitions()) {
    limits[definition.id] = overrides[definition.id] ?? toInternal(definition.unit, definition.default);
  }
  return limits;
}

/** A value as the user gives it (MB for sizes) turned into the unit the code counts in (bytes). */
export function toInternal(unit: LimitUnit, value: number): number {
  return unit === 'MB' ? Math.round(value * MEGABYTE) : value;
}

/**
 * The one-line refusal for an input over a limit: what was found, the limit, and the flag that
 * raises it, e.g. "line is 120,000 characters long, over the 20,000 characters limit (raise it with --max-line)".
 */
export function overLimit(id: LimitId, found: string, limit: number, location: Location): VawgError {
  const definition = limitDefinitions().find((candidate) => candidate.id === id);
  const unit = definition?.unit ?? 'nodes';
  return new VawgError(`${found}, over the ${describeAmount(unit, limit)} limit (raise it with --${id})`, location);
}

/** An amount in a limit's unit as a reader wants it: "20.0 MB", "1,000 pages", "10 levels". */
export function describeAmount(unit: LimitUnit, amount: number): string {
  if (unit === 'MB') return formatBytes(amount);
  return `${groupThousands(amount)} ${amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

/**
 * A count with its thousands grouped by commas, as `toLocaleString('en-GB')` writes it, without
 * starting the locale machinery (tens of milliseconds) for the help of every command.
 */
function groupThousands(amount: number): string {
  if (!Number.isSafeInteger(amount)) return amount.toLocaleString('en-GB');
  const digits = String(Math.abs(amount));
  let grouped = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) grouped += ',';
    grouped += digits[index];
  }
  return amount < 0 ? `-${grouped}` : grouped;
}

/** A byte count in the largest unit that keeps it readable. */
export function formatBytes(bytes: number): string {
  if (bytes >= MEGABYTE) return `${(bytes / MEGABYTE).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
