/** How serious a finding of `vawg check` is. */
export type Severity = 'error' | 'warning';

/** A rule's configured severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** One thing `vawg check` found, placed in the draft. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  /** The page of a PDF source the line is counted on. */
  page?: number;
}
