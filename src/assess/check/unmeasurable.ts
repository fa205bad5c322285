import { loadPackageData } from '../../io/data-file.js';
import { commitmentPlace, type CheckRule } from './types.js';

let cues: RegExp[] | undefined;

function measurabilityCues(): RegExp[] {
  if (cues) return cues;
  const data = loadPackageData<Record<'measure' | 'date' | 'owner', string[]>>('src/assess/data/measurability.yaml');
  cues = [...data.measure, ...data.date, ...data.owner].map((pattern) => new RegExp(pattern, 'iu'));
  return cues;
}

/** True when a commitment records an owner, a due date or a measure (from a table's cells or its own plain wording). */
function hasFields(commitment: { owner?: string; due?: string; measure?: string }): boolean {
  return commitment.owner !== undefined || commitment.due !== undefined || commitment.measure !== undefined;
}

/** A firm commitment that names no measure, date or owner, in its text or in its fields. */
export const unmeasurableRule: CheckRule = {
  id: 'unmeasurable',
  description:
    'A firm commitment names no measure, date or owner (in its text or its owner, due and measure fields), so its delivery cannot be checked.',
  defaultSeverity: 'warning',
  check(context) {
    return context.document.commitments
      .filter(
        (commitment) =>
          commitment.strength === 'firm' && !hasFields(commitment) && !measurabilityCues().some((cue) => cue.test(commitment.text)),
      )
      .map((commitment) => ({
        message: `firm commitment names no measure, date or owner: "${commitment.text}"`,
        ...commitmentPlace(commitment.position),
      }));
  },
};
