/** The framework used when none is named. */
export const DEFAULT_FRAMEWORK = 'npcc-vawg-2021';
