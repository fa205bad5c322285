/**
 * A token that numbers or marks a list item or paragraph rather than saying anything: "3.1", "2.",
 * "(a)", "iv)", a bullet, or a thread's "1/4" (as in "(1/4)").
 */
const LIST_NUMBER = /^(\d+(\.\d+)*\.?|\d{1,2}\/\d{1,2}|\(?[a-z]\)|\(?[ivx]+\)|[•▪◦–*-])$/i;

/** Whether a token's text only numbers or marks an item ("3.1", "(a)", "•", "1/4"). */
export function isListNumber(text: string): boolean {
  return LIST_NUMBER.test(text);
}
