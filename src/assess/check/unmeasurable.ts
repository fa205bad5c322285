import { loadPackageData } from '../../io/data-file.js';
import type { CheckRule } from './types.js';

let cues: RegExp[] | undefined;

function measurabilityCues(): RegExp[] {
  if (cues) return cues;
  const data = loadPackageData<Record<'measure' | 'date' | 'owner', string[]>>('src/assess/data/measurability.yaml');
  cues = [...data.measure, ...data.date, ...data.owner].map((pattern) => new RegExp(pattern, 'iu'));
  return cues;
}

/** A firm commitment that names no measure, date or owner. */
export const unmeasurableRule: CheckRule = {
  id: 'unmeasurable',
  description: 'A firm commitment names no measure, date or owner, so its delivery cannot be checked.',
  defaultSeverity: 'warning',
  check(context) {
    return context.document.commitments
      .filter((commitment) => commitment.strength === 'firm' && !measurabilityCues().some((cue) => cue.test(commitment.text)))
      .map((commitment) => ({
        message: `firm commitment names no measure, date or owner: "${commitment.text}"`,
        line: commitment.position.line,
        column: commitment.position.column,
      }));
  },
};
