import type { CommitmentDocument, ForceCoverage, Framework, Severity } from '../../model/index.js';

/** Everything a rule may look at for one draft. */
export interface CheckContext {
  document: CommitmentDocument;
  coverage: ForceCoverage;
  framework: Framework;
  /** Where each pillar's heading stands in the draft, when the draft has one. */
  pillarHeadings: Map<string, { line: number; column: number }>;
  /** Overall and per-pillar coverage below this is a finding (rule min-coverage); undefined means no minimum. */
  minCoverage: number | undefined;
  /** Action or pillar ids that must each have a firm commitment (rule required-action). */
  require: string[];
}

/** What a rule reports, before its severity and file are attached. */
export interface RuleResult {
  message: string;
  line: number;
  column: number;
  /** The page of a PDF source, when the place is a commitment's. */
  page?: number;
}

/** Where a finding about a commitment points: its line and column, and its page in a PDF. */
export function commitmentPlace(position: { line: number; column: number; page?: number }): Pick<RuleResult, 'line' | 'column' | 'page'> {
  return { line: position.line, column: position.column, ...(position.page === undefined ? {} : { page: position.page }) };
}

/** A check rule: its id, what it is for, its default severity, and the check itself. */
export interface CheckRule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  check(context: CheckContext): RuleResult[];
}

/** Where a finding about something absent from a pillar points: the pillar's heading, or line 1. */
export function pillarPlace(context: CheckContext, pillarId: string): { line: number; column: number } {
  return context.pillarHeadings.get(pillarId) ?? { line: 1, column: 1 };
}
