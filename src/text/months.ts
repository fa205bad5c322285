const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Whether a word is the name of a month, in any case ("March", "march"). */
export function isMonthName(word: string): boolean {
  return MONTHS.has(word.toLowerCase());
}
