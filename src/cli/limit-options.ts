import { InvalidArgumentError, Option, type Command } from 'commander';
import { describeAmount, limitDefinitions, toInternal, type LimitId, type Limits } from '../io/limits.js';

/** Adds a `--max-…` option for every resource limit in `src/io/data/limits.yaml`, grouped under "Resource limits" in the help. */
export function addLimitOptions(command: Command): Command {
  for (const definition of limitDefinitions()) {
    const option = new Option(
      `--${definition.id} <${definition.unit}>`,
      `${definition.what} (default ${describeAmount(definition.unit, toInternal(definition.unit, definition.default))})`,
    )
      .argParser(positiveNumber(definition.unit))
      .helpGroup('Resource limits (raise one when a real document needs it):');
    command.addOption(option);
  }
  return command;
}

/** The limits given on the command line, in the units the code counts in (bytes for sizes). */
export function limitsFromFlags(flags: object): Partial<Limits> {
  const given = flags as Record<string, unknown>;
  const limits: Partial<Limits> = {};
  for (const definition of limitDefinitions()) {
    const value = given[camelCase(definition.id)];
    if (typeof value === 'number') limits[definition.id as LimitId] = toInternal(definition.unit, value);
  }
  return limits;
}

function positiveNumber(unit: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    const whole = unit !== 'MB';
    if (!Number.isFinite(parsed) || parsed <= 0 || (whole && !Number.isInteger(parsed))) {
      throw new InvalidArgumentError(`expected ${whole ? 'a whole number' : 'a number'} of ${unit} greater than 0`);
    }
    return parsed;
  };
}

function camelCase(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}
