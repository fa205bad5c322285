/** The splits `vawg eval` knows by name. */
export const SPLIT_NAMES = ['seeds', 'dev', 'sealed'] as const;

/** One of the named splits. */
export type SplitName = (typeof SPLIT_NAMES)[number];
