/**
 * Plain text as it is captured from PDFs and Word: character bullets, numbered and lettered items,
 * nesting by indentation, hard wraps, hyphenated line breaks, lost full stops, running headers and
 * no-break spaces. Every repair keeps positions exact: each run of text points at its source.
 */
import type { List, ListItem, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import { lineBullet } from '../../src/ingest/bullets.ts';
import { pageFurnitureOf } from '../../src/ingest/page-furniture.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function read(text: string): Root {
  return ingestText(text, 'capture.txt', 'text').tree;
}

/** Every list item as [depth, text without nested lists, line, column]. */
function items(tree: Root): [number, string, number | undefined, number | undefined][] {
  const found: [number, string, number | undefined, number | undefined][] = [];
  const walk = (list: List, depth: number): void => {
    for (const item of list.children as ListItem[]) {
      const own = item.children.filter((child) => child.type !== 'list');
      found.push([depth, flat(own.map((child) => toString(child)).join(' ')), item.position?.start.line, item.position?.start.column]);
      for (const child of item.children) if (child.type === 'list') walk(child, depth + 1);
    }
  };
  for (const node of tree.children) if (node.type === 'list') walk(node, 0);
  return found;
}

/** True when every text node holding words is exactly the source it points at (no-break spaces read as spaces). */
function exactRuns(tree: Root, source: string): string[] {
  const wrong: string[] = [];
  visit(tree, 'text', (node: Text) => {
    if (node.value.trim() === '') return;
    const slice = source.slice(node.position?.start.offset, node.position?.end.offset).replace(/\u00A0/gu, ' ');
    if (slice !== node.value) wrong.push(`${JSON.stringify(node.value)} at ${node.position?.start.line} is ${JSON.stringify(slice)}`);
  });
  return wrong;
}

const CAPTURE = [
  'Eastbrook Police VAWG Strategy 2025\u20132028   Page\u00A02 of 9',
  'Our plan',
  'The force will:',
  '\u2022 publish a quarterly VAWG performance dashboard, including victim satisfac-',
  '  tion, outcome rates and the time taken to finalise every investigation',
  '\u2022 complete an independent review of every open allegation of police-',
  '  perpetrated domestic abuse by 30\u00A0June\u00A02025',
  '\u2022 establish a Women and Girls Independent Advisory Group, with places kept',
  'Eastbrook Police VAWG Strategy 2025\u20132028   Page\u00A03 of 9',
  '  for disabled and migrant women',
  '  o train door staff and bar staff to respond to Ask for Angela',
  '  o deploy patrols in the three busiest night-time',
  '    economies',
  'We will not tolerate misogyny in our own ranks, and we will dismiss anyone',
  'who abuses their position for a sexual purpose',
  'Women and girls will judge us by how we deal with our own.',
  '',
].join('\n');

describe('character bullets, nesting and wraps in plain text', () => {
  const tree = read(CAPTURE);

  it('reads each bullet as one item, continuation lines joined, nested by indentation', () => {
    expect(items(tree)).toEqual([
      [
        0,
        'publish a quarterly VAWG performance dashboard, including victim satisfaction, outcome rates and the time taken to finalise every investigation',
        4,
        3,
      ],
      [0, 'complete an independent review of every open allegation of police-perpetrated domestic abuse by 30 June 2025', 6, 3],
      [0, 'establish a Women and Girls Independent Advisory Group, with places kept for disabled and migrant women', 8, 3],
      [1, 'train door staff and bar staff to respond to Ask for Angela', 11, 5],
      [1, 'deploy patrols in the three busiest night-time economies', 12, 5],
    ]);
  });

  it('drops the running headers, so the item they broke is whole', () => {
    expect(flat(toString(tree))).not.toContain('Page');
  });

  it('starts a new unit where a full stop was lost before a capitalised line, and joins a hard wrap', () => {
    const paragraphs = tree.children
      .filter((node) => node.type === 'paragraph')
      .map((node) => [flat(toString(node)), node.position?.start.line]);
    expect(paragraphs).toContainEqual([
      'We will not tolerate misogyny in our own ranks, and we will dismiss anyone who abuses their position for a sexual purpose',
      14,
    ]);
    expect(paragraphs).toContainEqual(['Women and girls will judge us by how we deal with our own.', 16]);
  });

  it('keeps every run of text exactly where it came from', () => {
    expect(exactRuns(tree, CAPTURE)).toEqual([]);
    const first = (tree.children.find((node) => node.type === 'list') as List).children[0] as ListItem;
    const runs: [string, number | undefined, number | undefined][] = [];
    visit(first, 'text', (node: Text) => {
      if (node.value.trim() !== '') runs.push([node.value, node.position?.start.line, node.position?.start.column]);
    });
    expect(runs).toEqual([
      ['publish a quarterly VAWG performance dashboard, including victim satisfac', 4, 3],
      ['tion, outcome rates and the time taken to finalise every investigation', 5, 3],
    ]);
  });

  it('turns no-break spaces into spaces', () => {
    expect(toString(tree)).not.toMatch(/\u00A0/u);
  });
});

describe('numbered and lettered items', () => {
  it('reads (a), 1) and iv. items as ordered lists, and a lone "3. Next steps" as a heading', () => {
    const text = [
      '3. Next steps',
      'In the next quarter the force will:',
      '(a) complete the second day of the course for all 212 officers,',
      '    so that every investigator has finished it by December;',
      '(b) start monthly reviews of the 20 highest-harm perpetrators.',
      '',
      'Our priorities',
      '1) Stand up the VAWG Delivery Board.',
      '2) Publish the first performance dashboard.',
      '',
    ].join('\n');
    const tree = read(text);
    expect(tree.children.filter((node) => node.type === 'heading').map((node) => flat(toString(node)))).toEqual([
      '3. Next steps',
      'Our priorities',
    ]);
    expect(items(tree).map(([depth, itemText, line]) => [depth, itemText, line])).toEqual([
      [0, 'complete the second day of the course for all 212 officers, so that every investigator has finished it by December;', 3],
      [0, 'start monthly reviews of the 20 highest-harm perpetrators.', 5],
      [0, 'Stand up the VAWG Delivery Board.', 8],
      [0, 'Publish the first performance dashboard.', 9],
    ]);
    expect(exactRuns(tree, text)).toEqual([]);
  });

  it('leaves a line that starts with "o" in prose alone', () => {
    const tree = read('Our approach\no the one hand we train, on the other we listen.\n');
    expect(items(tree)).toEqual([]);
  });
});

describe('hyphenated line breaks', () => {
  it('drops the hyphen of a broken word, keeps the hyphen of a compound, and leaves "full- and" apart', () => {
    const text = [
      'We will publish a survey of victim satisfac-',
      'tion every quarter.',
      'We will review allegations of police-perpet-',
      'rated abuse and every allegation of police-',
      'perpetrated stalking, and offer full-',
      'and part-time roles.',
      '',
    ].join('\n');
    const sentences = flat(toString(read(text)));
    expect(sentences).toContain('victim satisfaction every quarter.');
    expect(sentences).toContain('police-perpetrated abuse and every allegation of police-perpetrated stalking');
    expect(sentences).toContain('full- and part-time');
  });
});

describe('bullet and page-furniture data', () => {
  const bullets = parse(readFileSync(new URL('../../src/ingest/data/bullets.yaml', import.meta.url), 'utf8')) as {
    match: string[];
    'no-match': string[];
  };
  for (const line of bullets.match)
    it(`"${line}" starts with a list marker`, () => expect(lineBullet(line, line.startsWith(' '))).toBeDefined());
  for (const line of bullets['no-match']) it(`"${line}" does not`, () => expect(lineBullet(line, false)).toBeUndefined());

  const furniture = parse(readFileSync(new URL('../../src/ingest/data/page-furniture.yaml', import.meta.url), 'utf8')) as {
    patterns: { id: string; match: string[]; 'no-match': string[] }[];
  };
  for (const rule of furniture.patterns) {
    it(`${rule.id} has examples both ways`, () => {
      expect(rule.match.length).toBeGreaterThanOrEqual(2);
      expect(rule['no-match'].length).toBeGreaterThanOrEqual(1);
    });
    for (const line of rule.match) it(`"${line}" is ${rule.id}`, () => expect(pageFurnitureOf(line)).toBe(rule.id));
    for (const line of rule['no-match']) it(`"${line}" is no page furniture`, () => expect(pageFurnitureOf(line)).toBeUndefined());
  }
});
