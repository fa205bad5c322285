import type { CheckRule } from './types.js';

/** A lead-in ("We will:") whose list is missing. */
export const lostListRule: CheckRule = {
  id: 'lost-list',
  description: 'A lead-in such as "We will:" is not followed by the list it introduces.',
  defaultSeverity: 'warning',
  check(context) {
    return context.document.warnings
      .filter((warning) => warning.rule === 'lost-list')
      .map((warning) => ({ message: warning.message, line: warning.line, column: warning.column }));
  },
};
