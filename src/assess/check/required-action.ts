import { pillarPlace, type CheckRule } from './types.js';

/** A required action, or an action of a required pillar, with no firm commitment. */
export const requiredActionRule: CheckRule = {
  id: 'required-action',
  description: 'A required framework action (or an action of a required pillar) has no firm commitment.',
  defaultSeverity: 'error',
  check(context) {
    const wanted = new Set(context.require);
    return context.coverage.actions
      .filter((action) => (wanted.has(action.id) || wanted.has(action.pillar)) && action.status !== 'covered')
      .map((action) => ({
        message: `required action ${action.id} ("${action.title}") has no firm commitment (${action.status === 'gap' ? 'nothing maps to it' : 'only aspirational, conditional or low-confidence commitments'})`,
        ...pillarPlace(context, action.pillar),
      }));
  },
};
