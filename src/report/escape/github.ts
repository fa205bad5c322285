/** Escapes a workflow command's message as GitHub's syntax requires (%, CR, LF), so it can never end the command or start another. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property's value (also `:` and `,`). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Makes sure no line of a report can be read by GitHub Actions as a workflow command: the runner
 * takes any line whose first characters after spaces are `::` as one, so such a line gets an
 * invisible word joiner (U+2060, not a space to the runner) before its `::`. Used on every output
 * but the `github` format's own commands.
 */
export function neutraliseWorkflowCommands(output: string): string {
  // The spaces exclude every line terminator `^` stops at, so each run of them is read once: linear time.
  return output.includes('::') ? output.replace(/^([^\S\n\r\u2028\u2029]*)::/gm, '$1\u2060::') : output;
}

/** A set of formatters whose every output goes through `neutraliseWorkflowCommands`. */
export function withoutWorkflowCommands<R, O>(
  formatters: Record<string, (report: R, options: O) => string>,
): Record<string, (report: R, options: O) => string> {
  return Object.fromEntries(
    Object.entries(formatters).map(([name, format]) => [
      name,
      (report: R, options: O) => neutraliseWorkflowCommands(format(report, options)),
    ]),
  );
}
