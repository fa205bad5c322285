import { commitmentPlace, type CheckRule } from './types.js';

/** An action evidenced only by "seek to", "explore", "consider" style commitments. */
export const aspirationalOnlyRule: CheckRule = {
  id: 'aspirational-only',
  description: 'A framework action is evidenced only by aspirational commitments ("seek to", "explore", "consider").',
  defaultSeverity: 'warning',
  check(context) {
    const byId = new Map(context.document.commitments.map((commitment) => [commitment.id, commitment]));
    return context.coverage.actions.flatMap((action) => {
      if (action.evidence.length > 0 || action.weak.length === 0) return [];
      const commitments = action.weak.map((id) => byId.get(id)).filter((commitment) => commitment !== undefined);
      if (!commitments.every((commitment) => commitment.strength === 'aspirational')) return [];
      const first = commitments[0]!;
      return [
        {
          message: `${action.id} is evidenced only by aspirational commitments: "${first.text}"${commitments.length > 1 ? ` and ${commitments.length - 1} more` : ''}`,
          ...commitmentPlace(first.position),
        },
      ];
    });
  },
};
