/**
 * The formats each command's `--format` accepts, in the order its help lists them. Kept apart
 * from the formatters so that declaring the options loads none of them; each command imports its
 * formatters when it runs, and a test checks these names against the formatters' own.
 */
export const FORMAT_NAMES = {
  gaps: ['table', 'json', 'markdown', 'csv'],
  compare: ['table', 'markdown', 'csv', 'json'],
  diff: ['table', 'markdown', 'csv', 'json'],
  check: ['stylish', 'json', 'junit', 'sarif', 'github'],
  eval: ['table', 'json'],
  frameworkCheck: ['text', 'json'],
  crosswalk: ['table', 'json', 'markdown', 'csv'],
  export: ['csv', 'json', 'jsonl', 'parquet'],
  frameworks: ['table', 'json', 'markdown', 'csv'],
} as const satisfies Record<string, readonly string[]>;

/** The ids of `vawg check`'s rules and of its unused-suppression rule, for its help; a test checks them against the rules. */
export const CHECK_RULE_IDS = [
  'min-coverage',
  'required-action',
  'aspirational-only',
  'unmeasurable',
  'lost-list',
  'duplicate-commitment',
  'unused-disable',
] as const;
