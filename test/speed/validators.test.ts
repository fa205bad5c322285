import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundledFrameworkIds, loadFramework } from '../../src/io/catalog.ts';
import { commitmentSchema } from '../../src/io/commitment-document.ts';
import { compileSchema, compileSchemaNow, generatedValidatorsFolder, readPackageSchema, schemaKey } from '../../src/io/schema.ts';

/** A YAML file of the package, as a value. */
function read(file: string): Record<string, unknown> {
  return parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Invalid variants of a valid sample: a required field gone, a wrong type, an unknown field, a deep change. */
function broken(
  sample: Record<string, unknown>,
  deep: (copy: Record<string, unknown>) => void = breakFirstListItem,
): Record<string, unknown>[] {
  const [first] = Object.keys(sample);
  const without = structuredClone(sample);
  delete without[first!];
  const deeper = structuredClone(sample);
  deep(deeper);
  return [without, { ...sample, [first!]: 12 }, { ...sample, surprise: true }, deeper, [], 'text'] as Record<string, unknown>[];
}

/** Gives the first field of the first item of the first list of objects a value no schema allows there. */
function breakFirstListItem(copy: Record<string, unknown>): void {
  const list = Object.values(copy).find((value) => Array.isArray(value) && typeof value[0] === 'object') as Record<string, unknown>[];
  const item = list[0]!;
  item[Object.keys(item)[0]!] = { nested: [true] };
}

const catalogs = bundledFrameworkIds().map((id) => `frameworks/${id}.yaml`);
/** Each schema, its samples, and how many of them are valid (the untouched files; none for a framework the documents do not map to). */
const cases: { name: string; schema: Record<string, unknown>; samples: Record<string, unknown>[]; valid: number }[] = [
  {
    name: 'framework',
    schema: readPackageSchema('framework.schema.json'),
    samples: catalogs.flatMap((file) => [read(file), ...broken(read(file))]),
    valid: catalogs.length,
  },
  {
    name: 'crosswalk',
    schema: readPackageSchema('crosswalk.schema.json'),
    samples: ['npcc-vawg-2021--hmicfrs-vawg-2021', 'npcc-vawg-2021--npcc-vawg-2024'].flatMap((name) => {
      const sample = read(`frameworks/crosswalks/${name}.yaml`);
      return [sample, ...broken(sample)];
    }),
    valid: 2,
  },
  {
    name: 'gold',
    schema: readPackageSchema('gold.schema.json'),
    samples: ['dorset', 'kent'].flatMap((slug) => {
      const sample = read(`test/gold/${slug}.yaml`);
      return [sample, ...broken(sample)];
    }),
    valid: 2,
  },
  ...bundledFrameworkIds().map((id) => ({
    name: `commitments for ${id}`,
    schema: commitmentSchema(loadFramework(id)),
    samples: ['dorset', 'warwickshire'].flatMap((slug) => {
      const sample = read(`strategies/${slug}.yaml`);
      return [
        sample,
        ...broken(sample, (copy) => {
          const commitment = (copy.commitments as Record<string, unknown>[])[0]!;
          commitment.actions = [{ id: 'no-such-action', confidence: 2 }];
          commitment.strength = 'maybe';
        }),
      ];
    }),
    valid: id === 'npcc-vawg-2021' ? 2 : 0,
  })),
];

describe('the validators generated at build time', () => {
  it.each(cases)(
    'the $name schema has one, and it judges every sample as ajv compiling the schema now does',
    ({ schema, samples, valid }) => {
      const file = path.join(generatedValidatorsFolder(), `${schemaKey(schema)}.cjs`);
      expect(existsSync(file)).toBe(true);
      const generated = compileSchema(schema);
      const compiled = compileSchemaNow(schema);
      expect(generated).not.toBe(compiled);
      let judgedValid = 0;
      for (const sample of samples) {
        const verdict = generated(sample);
        expect(verdict).toBe(compiled(sample));
        expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
        if (verdict) judgedValid += 1;
      }
      expect(judgedValid).toBe(valid);
    },
  );

  it('a schema no build saw is compiled at run time', () => {
    const schema = { type: 'object', required: ['a'], properties: { a: { type: 'string' } } };
    expect(existsSync(path.join(generatedValidatorsFolder(), `${schemaKey(schema)}.cjs`))).toBe(false);
    const validate = compileSchema(schema);
    expect(validate({ a: 'x' })).toBe(true);
    expect(validate({})).toBe(false);
  });
});
