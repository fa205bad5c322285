/** Reading the HTML report in tests: parse it as a browser would, and find elements in it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ROOT, runCli } from '../helpers/cli.ts';

/** The fixtures written for the report's tests. */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'report');

/** A fresh temporary folder. */
export function temporaryFolder(prefix = 'vawg-html-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** The report of these arguments, printed to stdout by `vawg report -o -`; fails the test on a non-zero exit. */
export async function reportHtml(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await runCli(['report', ...args, '-o', '-'], { env });
  if (run.status !== 0) throw new Error(`vawg report failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** The page as a hast tree, parsed the way a browser parses it. */
export function parsePage(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

/** Every element of the page that passes a test, in document order. */
export function elements(tree: Root | Element, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** The element with an id; fails when there is none. */
export function byId(tree: Root, id: string): Element {
  const [found] = elements(tree, (element) => element.properties.id === id);
  if (!found) throw new Error(`no element with id ${id}`);
  return found;
}

/** The classes of an element. */
export function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The text of an element and its descendants. */
export function textOf(node: Root | Element): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text;
}
