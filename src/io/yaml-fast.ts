import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { packagePath } from './paths.js';

/**
 * The plain scalars of the YAML 1.2 core schema, resolved exactly as the `yaml` package resolves
 * them (its schema/core tests), so the fast reader and the full document model give the same
 * values: `0b1`, `1_000` and `.5e` stay text, as in the full model.
 */
const CORE_SCALARS = [
  scalarType('tag:yaml.org,2002:null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
  scalarType('tag:yaml.org,2002:bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
  scalarType('tag:yaml.org,2002:int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
    text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
  ),
  scalarType(
    'tag:yaml.org,2002:float',
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
    (text) => {
      if (/nan$/i.test(text)) return NaN;
      if (/inf$/i.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      return parseFloat(text);
    },
  ),
];

/** The loader's state, with the anchors it has seen (js-yaml keeps them there; its types leave them out). */
type AnchoredState = jsYaml.State & { anchorMap: Record<string, unknown> };

const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS });

/**
 * Text the fast reader leaves to the full model: an explicit key (`? `), a list or map used as a
 * key (`[a]: b`), or a `__proto__` key. The full model reports the first two as errors; the
 * pattern may match harmless text too, which then only takes the slower road.
 */
const LEAVE_TO_FULL_MODEL = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[[{,][ \t]*\?[ \t]|[\]}][ \t]*:(?:[ \t]|$)|__proto__/m;

/**
 * The value of a YAML text read with js-yaml under the core schema, or undefined when the text is
 * anything but plain (an anchor or alias, an error, a key that is a collection, nesting near
 * `maxDepth`, no document at all): the caller reads it with the full document model instead.
 */
export function fastYamlValue(text: string, maxDepth: number): { value: unknown } | undefined {
  const prebuilt = prebuiltValue(text);
  if (prebuilt !== undefined) return prebuilt;
  if (LEAVE_TO_FULL_MODEL.test(text)) return undefined;
  let anchored = false;
  let depth = 0;
  let deepest = 0;
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          depth += 1;
          if (depth > deepest) deepest = depth;
          return;
        }
        depth -= 1;
        if (!anchored) for (const _ in (state as AnchoredState).anchorMap) anchored = true;
      },
    });
  } catch {
    return undefined;
  }
  if (anchored || value === undefined || deepest >= maxDepth) return undefined;
  return { value };
}

function scalarType(tag: string, pattern: RegExp, construct: (text: string) => unknown): jsYaml.Type {
  return new jsYaml.Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && pattern.test(data),
    construct: (data: string) => construct(data),
  });
}

/** Where `npm run build` writes the values of the package's own YAML files (catalogs, crosswalks, data) as JSON. */
export function prebuiltYamlFolder(): string {
  return packagePath('dist', 'yaml');
}

/** The name of a YAML text's prebuilt value: a hash of the text itself, so an edited file is read afresh. */
export function yamlTextKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The value of a YAML text the build has read already (JSON parses several times faster than YAML), if it has. */
function prebuiltValue(text: string): { value: unknown } | undefined {
  const file = path.join(prebuiltYamlFolder(), `${yamlTextKey(text)}.json`);
  if (!existsSync(file)) return undefined;
  return { value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
}
