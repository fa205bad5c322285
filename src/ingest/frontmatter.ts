import type { Root } from 'mdast';
import { VawgError } from '../io/errors.js';
import { parseYamlText } from '../io/yaml-file.js';

/** Reads a document's YAML front matter (`---` block) into a plain object; `{}` when there is none. */
export function readFrontmatter(tree: Root, file: string): Record<string, unknown> {
  const node = tree.children.find((child) => child.type === 'yaml');
  if (!node || node.type !== 'yaml') return {};
  const firstLine = (node.position?.start.line ?? 1) + 1;
  let value: unknown;
  try {
    value = parseYamlText(node.value, file).value;
  } catch (error) {
    if (error instanceof VawgError && error.location?.line !== undefined) {
      throw new VawgError(error.message, { ...error.location, line: error.location.line + firstLine - 1 });
    }
    throw error;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new VawgError('front matter must be a mapping of keys to values', { file, line: firstLine, column: 1 });
  }
  return value as Record<string, unknown>;
}
