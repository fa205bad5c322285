/**
 * Text from a document or a user's file made safe to print on a terminal or into a CI log: line
 * breaks and tabs become spaces (so nothing can start a line of its own, such as a GitHub
 * `::error` command), and C0 and C1 control characters (ESC sequences, OSC 52 clipboard writes,
 * bells, backspaces), DEL and the bidirectional overrides that can reorder what a reader sees are
 * dropped.
 */
export function escapeTerminal(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, '');
}

const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
