import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYamlValue } from '../../src/io/yaml-fast.ts';
import { MAX_YAML_DEPTH, parseYamlText } from '../../src/io/yaml-file.ts';

/** The value the full document model gives, with the options the tool reads files with. */
function fullValue(text: string): unknown {
  return parseYaml(text, { uniqueKeys: true, strict: true });
}

describe('the fast YAML reader', () => {
  it('reads every YAML file of the package as the full document model does, without falling back', () => {
    const files = globSync(['frameworks/**/*.yaml', 'strategies/**/*.yaml', 'src/**/data/*.yaml', 'test/**/*.yaml'], {
      ignore: ['test/fixtures/hostile/**'],
    });
    expect(files.length).toBeGreaterThan(60);
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      let expected: unknown;
      try {
        expected = fullValue(text);
      } catch {
        return false;
      }
      const fast = fastYamlValue(text, MAX_YAML_DEPTH);
      return fast === undefined || JSON.stringify(fast.value) !== JSON.stringify(expected);
    });
    expect(differing).toEqual([]);
  });

  it.each([
    '0b1',
    '1_000',
    '.5',
    '-.5',
    '+1',
    '0o17',
    '0x1F',
    '1e3',
    '1.',
    '.inf',
    '-.Inf',
    '.NaN',
    'NULL',
    '~',
    '',
    'True',
    'yes',
    'no',
    'on',
    '2021-01-01',
    '12:30',
    '0017',
    '-0',
    '+.5e-3',
    '1e',
    '0x',
    '"1"',
    "'x'",
    '!!str 12',
    '!!int "7"',
  ])('resolves the plain scalar %j as YAML 1.2 core does', (scalar) => {
    const text = `value: ${scalar}\n`;
    expect(fastYamlValue(text, MAX_YAML_DEPTH)?.value).toEqual(fullValue(text));
  });

  it('gives random documents the values the full model gives them', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    let readFast = 0;
    fc.assert(
      fc.property(tree, fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), (value, style) => {
        const text = stringify(value, { defaultStringType: style, lineWidth: 20 });
        const fast = fastYamlValue(text, MAX_YAML_DEPTH);
        if (fast === undefined) return;
        readFast += 1;
        expect(fast.value).toEqual(fullValue(text));
      }),
      { numRuns: 500 },
    );
    expect(readFast).toBeGreaterThan(400);
  });

  it.each([
    ['an anchor and its alias', 'a: &x [1, 2]\nb: *x\n'],
    ['a list as a key', '[a, b]: c\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an unknown tag', 'a: !custom b\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty text', ''],
    ['nesting near the limit', `${'['.repeat(MAX_YAML_DEPTH)}${']'.repeat(MAX_YAML_DEPTH)}\n`],
  ])('leaves %s to the full model', (_name, text) => {
    expect(fastYamlValue(text, MAX_YAML_DEPTH)).toBeUndefined();
  });

  it('builds the full model only when positions are asked for, and reports its errors then', () => {
    const read = parseYamlText('a:\n  b: 1\n', 'plain.yaml');
    expect(read.value).toEqual({ a: { b: 1 } });
    expect(read.locate('/a/b')).toEqual({ line: 2, column: 6 });
    expect(() => parseYamlText('a: 1\na: 2\n', 'dup.yaml')).toThrow(/Map keys must be unique/);
  });
});
