import type { CST, Document, Node } from 'yaml';
import { VawgError } from './errors.js';
import { fastYamlValue } from './yaml-fast.js';
import { yamlModule } from './yaml-module.js';
import { readInputText, type ReadTextOptions } from './read-text.js';

/** A parsed YAML file that can point back at the source of any value in it. */
export interface LocatedYaml {
  file: string;
  value: unknown;
  document: Document;
  /** The line and column of the node at a JSON pointer (or of its nearest existing parent). */
  locate(pointer: string): { line: number; column: number };
}

/** Most aliases a document may expand, to stop "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;

/** Deepest nesting of collections a document may have: far above any commitment document or catalog. */
export const MAX_YAML_DEPTH = 64;

/**
 * Parses YAML text. A plain file is read by the fast reader, and the full document model (with
 * positions and comments) is built only when `document` or `locate` is asked for: to edit the
 * file, or to point at a problem. Anything the fast reader is not sure of goes to the full model,
 * which reports the error.
 */
export function parseYamlText(text: string, file: string): LocatedYaml {
  const fast = fastYamlValue(text, MAX_YAML_DEPTH);
  if (fast === undefined) return parseYamlDocument(text, file);
  let full: LocatedYaml | undefined;
  const model = (): LocatedYaml => (full ??= parseYamlDocument(text, file));
  return {
    file,
    value: fast.value,
    get document() {
      return model().document;
    },
    locate: (pointer) => model().locate(pointer),
  };
}

/**
 * Parses YAML text into the full document model, reporting the first syntax error as
 * `file:line:col`. Stricter than YAML allows: a tag the core schema does not know
 * (`!!js/function`, `!custom`) and a key that is a list or a map are errors too, since nothing in
 * this tool's files uses them and both would otherwise be quietly turned into strings.
 */
export function parseYamlDocument(text: string, file: string): LocatedYaml {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const tooDeep = firstTooDeep(text);
  if (tooDeep !== undefined) {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < tooDeep; index = text.indexOf('\n', index + 1)) {
      line += 1;
      lineStart = index + 1;
    }
    throw new VawgError(`invalid YAML: nested more than ${MAX_YAML_DEPTH} levels deep`, { file, line, column: tooDeep - lineStart + 1 });
  }
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): { file: string; line: number; column: number } => {
    const position = lineCounter.linePos(offset);
    return { file, line: position.line, column: position.col };
  };
  const firstError = document.errors[0];
  if (firstError) throw new VawgError(`invalid YAML: ${describeYamlError(firstError.message)}`, at(firstError.pos[0]));
  const unknownTag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (unknownTag) {
    const tag = /Unresolved tag: (.*)/.exec(unknownTag.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'a tag';
    throw new VawgError(`invalid YAML: unknown tag ${tag}: write the value as plain text`, at(unknownTag.pos[0]));
  }
  const collectionKey = findCollectionKey(document);
  if (collectionKey !== undefined) throw new VawgError('invalid YAML: a key must be plain text, not a list or a map', at(collectionKey));
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new VawgError(`invalid YAML: ${describeYamlError(error instanceof Error ? error.message : String(error))}`, { file });
  }
  const locate = (pointer: string): { line: number; column: number } => {
    const node = nodeAtPointer(document, pointer);
    const offset = node?.range?.[0] ?? 0;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  return { file, value, document, locate };
}

/** Reads and parses a YAML file with positions kept. */
export function readYamlFile(file: string, options: ReadTextOptions = {}): LocatedYaml {
  return parseYamlText(readInputText(file, options), file);
}

/** Splits a JSON pointer (`/a/0/b`) into its keys. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeAtPointer(document: Document, pointer: string): Node | undefined {
  const { isMap, isNode, isSeq } = yamlModule();
  let current: unknown = document.contents;
  let found: Node | undefined = isNode(current) ? current : undefined;
  for (const segment of pointerSegments(pointer)) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === segment);
      if (!pair) break;
      current = pair.value;
      if (isNode(pair.value)) found = pair.value;
      else if (isNode(pair.key)) found = pair.key;
    } else if (isSeq(current)) {
      const item = current.items[Number(segment)];
      if (!isNode(item)) break;
      current = item;
      found = item;
    } else {
      break;
    }
  }
  return found;
}

/** The offset of the first mapping key that is a list or a map, walking the document with an explicit stack. */
function findCollectionKey(document: Document): number | undefined {
  const { isCollection, isMap, isPair, isSeq } = yamlModule();
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const item of node.items) {
        if (isCollection(item.key)) return item.key.range?.[0] ?? 0;
        stack.push(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return undefined;
}

/**
 * The offset of the first collection nested deeper than MAX_YAML_DEPTH, counted on the parser's
 * concrete syntax tree with a loop (no recursion), before anything recursive reads the document.
 */
function firstTooDeep(text: string): number | undefined {
  const { Parser } = yamlModule();
  for (const token of new Parser().parse(text)) {
    const stack: [CST.Token, number][] = [[token, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_YAML_DEPTH) return node.offset;
      if (node.type === 'document' && node.value) stack.push([node.value, depth]);
      if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
        for (const item of node.items) {
          for (const child of ['key' in item ? item.key : undefined, item.value]) if (child) stack.push([child, depth + 1]);
        }
      }
    }
  }
  return undefined;
}

function describeYamlError(message: string): string {
  if (/maximum call stack/i.test(message)) return 'nested too deeply to read';
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
