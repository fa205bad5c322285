/**
 * Every regular expression the tool can run, collected without running the tool: regex literals
 * and `new RegExp(...)` calls in the TypeScript of src/ (read with the TypeScript parser), and
 * every string in the data files (src/**\/data/*.yaml, frameworks/) that could be a pattern.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/cli.ts';

/** One pattern, the flags it runs with, and where it comes from. */
export interface PatternUse {
  source: string;
  flags: string;
  where: string;
}

/** A `new RegExp(...)` whose pattern is not a constant, as found in the code. */
export interface DynamicSite {
  where: string;
  file: string;
  pattern: string;
  flags: string;
}

/**
 * How the patterns of each non-constant `new RegExp(...)` are known, keyed by `file: pattern
 * argument` exactly as written. `data` means the pattern is a string from a data file (all of
 * which are collected); a function gives representative instances of a template built from
 * escaped text, whose shape does not depend on the text.
 */
export const DYNAMIC_SITES: Record<string, 'data' | ((constant: (name: string) => string) => PatternUse[])> = {
  'src/assess/check/unmeasurable.ts: pattern': 'data',
  'src/extract/cues.ts: pattern': 'data',
  'src/extract/cues.ts: data.signature': 'data',
  'src/extract/strength.ts: pattern': 'data',
  'src/ingest/boilerplate.ts: entry.pattern': 'data',
  'src/ingest/html-furniture.ts: pattern': 'data',
  'src/ingest/promote-headings.ts: pattern': 'data',
  'src/ingest/page-furniture.ts: entry.pattern': 'data',
  'src/ingest/table-rows.ts: pattern': 'data',
  'src/extract/fields.ts: rule.pattern': 'data',
  // The numbering styles of bullets.yaml joined as alternatives, anchored at both ends.
  "src/ingest/bullets.ts: `^(?:${data.numbering.join('|')})$`": () => [
    {
      source: `^(?:${(parseYaml(readFileSync(path.join(ROOT, 'src/ingest/data/bullets.yaml'), 'utf8')) as { numbering: string[] }).numbering.join('|')})$`,
      flags: 'u',
      where: 'src/ingest/bullets.ts (the numbering styles joined)',
    },
  ],
  // A force alias, escaped, between two look-arounds: "Avon and Somerset" stands for any alias.
  'src/extract/force.ts: `(?<![\\\\p{L}\\\\p{N}])${escapeRegExp(alias)}(?![\\\\p{L}\\\\p{N}])`': () => [
    { source: String.raw`(?<![\p{L}\p{N}])Avon and Somerset(?![\p{L}\p{N}])`, flags: 'gu', where: 'src/extract/force.ts (an alias)' },
  ],
};

/** What the scan of src/ finds: constant patterns, and the sites whose pattern is built at run time. */
export function codePatterns(root: string = ROOT): { patterns: PatternUse[]; dynamic: DynamicSite[] } {
  const patterns: PatternUse[] = [];
  const dynamic: DynamicSite[] = [];
  for (const file of globSync(['src/**/*.ts'], { cwd: root }).sort()) {
    const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        patterns.push({ source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), where: where(node) });
      } else if (isRegExpConstruction(node)) {
        const [patternNode, flagsNode] = node.arguments ?? [];
        const pattern = patternNode && constantString(patternNode, source);
        const flags = flagsNode === undefined ? '' : constantString(flagsNode, source);
        if (pattern !== undefined && flags !== undefined) patterns.push({ source: pattern, flags, where: where(node) });
        else {
          dynamic.push({
            where: where(node),
            file,
            pattern: patternNode?.getText(source) ?? '',
            flags: flagsNode?.getText(source) ?? '',
          });
        }
      } else if (isStringSearch(node)) {
        const argument = constantString(node.arguments[0]!, source);
        if (argument !== undefined) patterns.push({ source: argument, flags: '', where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { patterns, dynamic };
}

/** The representative patterns of the dynamic sites; throws for a site nobody has accounted for. */
export function dynamicPatterns(sites: DynamicSite[], root: string = ROOT): PatternUse[] {
  const patterns: PatternUse[] = [];
  for (const site of sites) {
    const known = DYNAMIC_SITES[`${site.file}: ${site.pattern}`];
    if (known === undefined) {
      throw new Error(
        `${site.where}: new RegExp(${site.pattern}, ${site.flags}) builds a pattern at run time: ` +
          'add it to DYNAMIC_SITES in test/safety/regex-inventory.ts with its data or representative instances',
      );
    }
    if (known === 'data') continue;
    const text = readFileSync(path.join(root, site.file), 'utf8');
    const source = ts.createSourceFile(site.file, text, ts.ScriptTarget.Latest, true);
    patterns.push(...known((name) => constantOf(name, source)));
  }
  return patterns;
}

/** Every string of the data files that holds a regular-expression metacharacter, to be run with flags `iu`. */
export function dataPatterns(root: string = ROOT): PatternUse[] {
  const patterns: PatternUse[] = [];
  for (const file of globSync(['src/**/data/*.yaml', 'frameworks/**/*.yaml'], { cwd: root }).sort()) {
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') {
        // A string without a metacharacter is a literal, matched in one pass whatever the input.
        if (/[\\^$.|?*+()[\]{}]/.test(value) && compiles(value, 'iu')) patterns.push({ source: value, flags: 'iu', where });
      } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}/${index}`));
      else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${where}/${key}`);
    };
    walk(parseYaml(readFileSync(path.join(root, file), 'utf8')), file);
  }
  return patterns;
}

/** Whether a string compiles as a regular expression with these flags. */
export function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

function isRegExpConstruction(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
}

/** `text.match('...')`, `matchAll`, `search`: a string argument is compiled as a pattern. */
function isStringSearch(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
    node.arguments.length === 1 &&
    (ts.isStringLiteral(node.arguments[0]!) || ts.isNoSubstitutionTemplateLiteral(node.arguments[0]!))
  );
}

/** The value of a string expression made of literals, templates, `String.raw` and constants of the same file. */
function constantString(node: ts.Expression, source: ts.SourceFile): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression, source);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantString(node.left, source);
    const right = constantString(node.right, source);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(node)) {
    const declaration = constDeclaration(node.text, source);
    return declaration?.initializer ? constantString(declaration.initializer, source) : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = constantString(span.expression, source);
      if (value === undefined) return undefined;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'String.raw') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText;
    let text = template.head.rawText ?? '';
    for (const span of template.templateSpans) {
      const value = constantString(span.expression, source);
      if (value === undefined) return undefined;
      text += value + (span.literal.rawText ?? '');
    }
    return text;
  }
  return undefined;
}

/** The constant string a `const` of this name holds, anywhere in the file. */
function constantOf(name: string, source: ts.SourceFile): string {
  const declaration = constDeclaration(name, source);
  const value = declaration?.initializer ? constantString(declaration.initializer, source) : undefined;
  if (value === undefined) throw new Error(`${source.fileName}: no constant string "${name}"`);
  return value;
}

function constDeclaration(name: string, source: ts.SourceFile): ts.VariableDeclaration | undefined {
  let found: ts.VariableDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (
      !found &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0
    ) {
      found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
