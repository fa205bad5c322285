import type { Finding, RuleSetting, Severity } from '../../model/index.js';
import { aspirationalOnlyRule } from './aspirational-only.js';
import { duplicateCommitmentRule } from './duplicate-commitment.js';
import { lostListRule } from './lost-list.js';
import { minCoverageRule } from './min-coverage.js';
import { requiredActionRule } from './required-action.js';
import type { CheckContext, CheckRule } from './types.js';
import { unmeasurableRule } from './unmeasurable.js';

export type { CheckContext, CheckRule } from './types.js';

/** Every rule of `vawg check`, in the order they are documented. */
export const CHECK_RULES: readonly CheckRule[] = [
  minCoverageRule,
  requiredActionRule,
  aspirationalOnlyRule,
  unmeasurableRule,
  lostListRule,
  duplicateCommitmentRule,
];

/** Runs every rule that is not switched off, at its configured severity; findings sorted by place, then rule. */
export function runChecks(context: CheckContext, file: string, settings: Record<string, RuleSetting> = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of CHECK_RULES) {
    const setting = settings[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const result of rule.check(context)) {
      // A PDF's lines are counted per page: the page goes into the message every format shows.
      const message = result.page === undefined ? result.message : `${result.message} (page ${result.page})`;
      findings.push({ rule: rule.id, severity: setting, file, ...result, message });
    }
  }
  return findings.sort(
    (a, b) =>
      (a.page ?? 0) - (b.page ?? 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** Whether a severity is at or above the fail-on level. */
export function reachesSeverity(severity: Severity, failOn: Severity): boolean {
  return failOn === 'warning' || severity === 'error';
}
