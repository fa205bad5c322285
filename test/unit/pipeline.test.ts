import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/extract/force.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { VawgError } from '../../src/io/errors.ts';
import { parseStrategy } from '../../src/pipeline.ts';

const framework = loadFramework('npcc-vawg-2021');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vawg-pipeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('parseStrategy: which force', () => {
  it('takes --force over front matter', async () => {
    const file = write('fm.md', '---\nforce: Dorset Police\n---\n\nWe will patrol the parks at night.\n');
    expect((await parseStrategy(file, { framework, relativeTo: dir, force: 'kent' })).force).toEqual({ name: 'Kent Police', slug: 'kent' });
    expect((await parseStrategy(file, { framework, relativeTo: dir })).force).toEqual({ name: 'Dorset Police', slug: 'dorset' });
  });

  it('takes front matter over the .source.yaml beside the file', async () => {
    const file = write('both.md', '---\nforce: Dorset Police\n---\n\nWe will patrol the parks at night.\n');
    write('both.source.yaml', 'force: Kent Police\ntitle: From provenance\n');
    expect((await parseStrategy(file, { framework, relativeTo: dir })).force.slug).toBe('dorset');
  });

  it('takes the .source.yaml, with its title, when there is no front matter', async () => {
    const file = write('prov.txt', 'We will patrol the parks at night.\n');
    write('prov.source.yaml', 'force: Kent Police\ntitle: From provenance\n');
    const document = await parseStrategy(file, { framework, relativeTo: dir });
    expect(document.force.slug).toBe('kent');
    expect(document.document.title).toBe('From provenance');
  });

  it('falls back to the force the text mentions most', async () => {
    const file = write(
      'mentions.txt',
      'Kent is mentioned once. Dorset Police and Dorset partners are mentioned twice.\nWe will patrol the parks at night.\n',
    );
    expect((await parseStrategy(file, { framework, relativeTo: dir })).force).toEqual({ name: 'Dorset Police', slug: 'dorset' });
  });

  it('throws a located error when no force can be found', async () => {
    const file = write('anonymous.txt', 'We will patrol the parks at night.\n');
    await expect(parseStrategy(file, { framework, relativeTo: dir })).rejects.toThrow(VawgError);
    await expect(parseStrategy(file, { framework, relativeTo: dir })).rejects.toThrow(/cannot tell which force/);
  });

  it('makes a slug for a force it does not know', async () => {
    const file = write('new.md', '---\nforce: "Ynys Môn  Police!"\n---\n\nWe will patrol the parks at night.\n');
    expect((await parseStrategy(file, { framework, relativeTo: dir })).force).toEqual({
      name: 'Ynys Môn Police!',
      slug: 'ynys-mon-police',
    });
  });
});

describe('parseStrategy: the document', () => {
  it('records the source relative to the given folder, its hash, format, framework and a title', async () => {
    const file = write(
      'titled.md',
      '# The Strategy Title\n\n## Pursuit\n\nWe will use Stalking Protection Orders in every eligible case.\n',
    );
    const document = await parseStrategy(file, { framework, relativeTo: path.join(dir, 'out'), force: 'Kent Police' });
    expect(document.version).toBe(1);
    expect(document.framework).toBe('npcc-vawg-2021');
    expect(document.document).toMatchObject({ title: 'The Strategy Title', source: '../titled.md', format: 'markdown' });
    expect(document.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.commitments).toHaveLength(1);
    expect(document.commitments[0]).toMatchObject({ section: ['Pursuit'], position: { line: 5, column: 1 }, strength: 'firm' });
    expect(document.commitments[0]!.actions.map((match) => match.id)).toContain('pursuit.police-powers');
  });

  it('uses the first line as the title when nothing else gives one', async () => {
    const file = write('untitled.txt', 'We will patrol the parks at night, every night of the week, with partners.\n');
    expect((await parseStrategy(file, { framework, relativeTo: dir, force: 'Kent' })).document.title).toBe(
      'We will patrol the parks at night, every night of the week, with partners.',
    );
  });

  it('takes the first heading over a web banner, and cuts a long first line at a word', async () => {
    const banner = write(
      'banner.txt',
      'Quickly exit this site by pressing the Escape key Quick exit\n\nExtra patrols for the festive season\n\nWe will patrol the parks.\n',
    );
    expect((await parseStrategy(banner, { framework, relativeTo: dir, force: 'Kent' })).document.title).toBe(
      'Extra patrols for the festive season',
    );
    const long = write('long.txt', `${'We will patrol the parks at night with partners and wardens '.repeat(3)}every week.\n`);
    expect((await parseStrategy(long, { framework, relativeTo: dir, force: 'Kent' })).document.title).toBe(
      'We will patrol the parks at night with partners and wardens We will patrol the parks at night with partners and wardens…',
    );
  });
});

describe('slugify', () => {
  it('makes safe slugs', () => {
    expect(slugify('Devon & Cornwall Police')).toBe('devon-and-cornwall-police');
    expect(slugify('  ---  ')).toBe('force');
    expect(slugify('CON')).toBe('con-force');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});
