import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Finding, Severity } from '../../model/index.js';
import { didYouMean } from '../../text/suggest.js';

/** The rule under which unused or mistyped suppression comments are reported, as ESLint reports unused disable directives. */
export const UNUSED_DIRECTIVE_RULE = {
  id: 'unused-disable',
  description: 'An inline vawg-disable or vawg-enable comment suppresses nothing, or names a rule that does not exist.',
  defaultSeverity: 'warning' as Severity,
};

/** The kinds of inline comment a markdown draft may carry. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One `<!-- vawg-… -->` comment of a draft. */
export interface Directive {
  kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  rules: string[];
  /** Why, as written after ` -- `. */
  reason?: string;
  line: number;
  column: number;
  /** The line the comment ends on (a comment may span lines). */
  endLine: number;
  /** Where a block `vawg-disable` takes effect: its own place, or line 1 when nothing but front matter and comments comes before it. */
  from: { line: number; column: number };
}

const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

/** Reads the `<!-- vawg-disable… -->` and `<!-- vawg-enable -->` comments of a markdown tree, in document order. */
export function readDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  let contentSeen = false;
  visit(tree, (node) => {
    if (node.type === 'root') return;
    if (node.type !== 'html') {
      if (node.type !== 'yaml') contentSeen = true;
      return;
    }
    const directive = parseDirective(node.value);
    const start = node.position?.start;
    const end = node.position?.end;
    if (!directive || !start || !end) return;
    const place = { line: start.line, column: start.column };
    directives.push({
      ...directive,
      ...place,
      endLine: end.line,
      from: contentSeen || directive.kind !== 'disable' ? place : { line: 1, column: 1 },
    });
  });
  return directives;
}

/** The directive in an HTML comment (`<!-- vawg-disable-next-line rule-a, rule-b -- reason -->`), if it holds one. */
export function parseDirective(html: string): Pick<Directive, 'kind' | 'rules' | 'reason'> | undefined {
  const text = html.trim();
  if (!text.startsWith('<!--') || !text.endsWith('-->')) return undefined;
  const inner = text.slice(4, -3).trim();
  if (!inner.startsWith('vawg-')) return undefined;
  const separator = inner.indexOf(' -- ');
  const body = separator === -1 ? inner : inner.slice(0, separator);
  const reason = separator === -1 ? undefined : inner.slice(separator + 4).trim();
  const words = body
    .replaceAll(',', ' ')
    .split(' ')
    .filter((word) => word.trim() !== '')
    .map((word) => word.trim());
  const kind = KINDS.find((candidate) => words[0] === `vawg-${candidate}`);
  if (kind === undefined) return undefined;
  return { kind, rules: words.slice(1), ...(reason ? { reason } : {}) };
}

/** What suppression left: the findings still reported, how many were suppressed, and the directives that did nothing (as findings). */
export interface SuppressionResult {
  findings: Finding[];
  suppressed: number;
  unused: Finding[];
}

/**
 * Applies a draft's directives to its findings: `vawg-disable-next-line` to the line after the comment, `vawg-disable-line`
 * to its own line, `vawg-disable` from the comment until a `vawg-enable` of the same rules (or the end). A directive that
 * suppresses nothing, or names a rule that does not exist, becomes an `unused-disable` finding.
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  context: { file: string; rules: readonly string[]; severity: Severity },
): SuppressionResult {
  const used = new Map<Directive, Set<string>>(directives.map((directive) => [directive, new Set<string>()]));
  const kept = findings.filter((finding) => {
    const by = suppressor(finding, directives);
    if (by) used.get(by)!.add(finding.rule);
    return by === undefined;
  });
  const unused: Finding[] = [];
  for (const directive of directives) {
    const report = (message: string): number =>
      unused.push({
        rule: UNUSED_DIRECTIVE_RULE.id,
        severity: context.severity,
        message,
        file: context.file,
        line: directive.line,
        column: directive.column,
      });
    for (const rule of directive.rules.filter((name) => !context.rules.includes(name))) {
      report(`vawg-${directive.kind} names unknown rule "${rule}"${didYouMean(rule, context.rules)}`);
    }
    const hits = used.get(directive)!;
    if (directive.kind === 'enable') {
      if (!reEnablesAnything(directive, directives)) report('unused vawg-enable directive (nothing was disabled before it)');
      continue;
    }
    const named = directive.rules.filter((name) => context.rules.includes(name));
    if (directive.rules.length === 0 && hits.size === 0)
      report(`unused vawg-${directive.kind} directive (no problem was reported ${scope(directive)})`);
    for (const rule of named.filter((name) => !hits.has(name))) {
      report(`unused vawg-${directive.kind} directive (no ${rule} problem was reported ${scope(directive)})`);
    }
  }
  return { findings: kept, suppressed: findings.length - kept.length, unused };
}

/** The directive that suppresses a finding, if any. */
function suppressor(finding: Finding, directives: Directive[]): Directive | undefined {
  const names = (directive: Directive): boolean => directive.rules.length === 0 || directive.rules.includes(finding.rule);
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line' && finding.line === directive.endLine + 1 && names(directive)) return directive;
    if (directive.kind === 'disable-line' && finding.line >= directive.line && finding.line <= directive.endLine && names(directive))
      return directive;
  }
  let open: Directive | undefined;
  for (const directive of directives) {
    if (before(finding, directive.from)) break;
    if (directive.kind === 'disable' && names(directive)) open = directive;
    if (directive.kind === 'enable' && open && (directive.rules.length === 0 || directive.rules.includes(finding.rule))) open = undefined;
  }
  return open;
}

function reEnablesAnything(enable: Directive, directives: Directive[]): boolean {
  return directives.some(
    (directive) =>
      directive.kind === 'disable' &&
      before(directive, enable) &&
      (enable.rules.length === 0 || directive.rules.length === 0 || directive.rules.some((rule) => enable.rules.includes(rule))),
  );
}

function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function scope(directive: Directive): string {
  if (directive.kind === 'disable-next-line') return `on line ${directive.endLine + 1}`;
  if (directive.kind === 'disable-line') return `on line ${directive.line}`;
  return 'after it';
}
