import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { matchBoilerplate, boilerplateRules } from '../../src/ingest/boilerplate.ts';
import { detectFormat } from '../../src/ingest/detect-format.ts';
import { ingestFile, ingestText } from '../../src/ingest/index.ts';
import { nestListsByIndent } from '../../src/ingest/nest-lists.ts';
import { parseMarkdown } from '../../src/ingest/parse-markdown.ts';
import { VawgError } from '../../src/io/errors.ts';

/** The top-level blocks of a tree as [type, flattened text, start line]. */
function blocks(tree: Root): [string, string, number | undefined][] {
  return tree.children.map((child) => [child.type, flat(toString(child)), child.position?.start.line]);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function headings(tree: Root): { depth: number; text: string; line: number | undefined }[] {
  return tree.children
    .filter((child): child is Heading => child.type === 'heading')
    .map((heading) => ({ depth: heading.depth, text: flat(toString(heading)), line: heading.position?.start.line }));
}

function paragraphs(tree: Root): string[] {
  return tree.children.filter((child): child is Paragraph => child.type === 'paragraph').map((child) => flat(toString(child)));
}

/** Every node type anywhere in the tree. */
function nodeTypes(node: Root | RootContent): string[] {
  const own = [node.type];
  if ('children' in node) return [...own, ...(node.children as RootContent[]).flatMap(nodeTypes)];
  return own;
}

describe('ingestText: plain text lines', () => {
  it('makes one paragraph per line, with each line number kept', () => {
    const text = 'The first line is a full sentence.\nThe second line is another one.\nA third sentence closes the block.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    expect(blocks(document.tree)).toEqual([
      ['paragraph', 'The first line is a full sentence.', 1],
      ['paragraph', 'The second line is another one.', 2],
      ['paragraph', 'A third sentence closes the block.', 3],
    ]);
  });

  it('keeps a line that continues the sentence above joined to it', () => {
    const text =
      'The office secured funding to run projects that make women safer. This has\n' +
      'included the street scene and physical interventions such as lighting.\n' +
      'Another block stands on its own line.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    expect(blocks(document.tree)).toEqual([
      [
        'paragraph',
        'The office secured funding to run projects that make women safer. This has included the street scene and physical interventions such as lighting.',
        1,
      ],
      ['paragraph', 'Another block stands on its own line.', 3],
    ]);
  });

  it('keeps bold text broken over several lines together', () => {
    const text = '**Prevent\nand\nProtect**\n\nWe will patrol the parks and open spaces.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    // The bold title is one block (promoted to the title heading), not three lines.
    expect(headings(document.tree)).toEqual([{ depth: 1, text: 'Prevent and Protect', line: 1 }]);
    expect(paragraphs(document.tree)).toEqual(['We will patrol the parks and open spaces.']);
  });

  it('does not split markdown paragraphs line by line', () => {
    const text = 'The first line is a full sentence.\nThe second line is another one.\n';
    const document = ingestText(text, 'doc.md', 'markdown');
    expect(blocks(document.tree)).toEqual([['paragraph', 'The first line is a full sentence. The second line is another one.', 1]]);
  });

  it('points every split paragraph at its own line, column and offset in the source', () => {
    const text = 'Intro sentence on the first line.\nWe will patrol the parks at night.\n\nA later paragraph sits here.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    const second = document.tree.children[1]!;
    expect(second.type).toBe('paragraph');
    expect(second.position?.start).toMatchObject({ line: 2, column: 1 });
    expect(text.slice(second.position!.start.offset!, second.position!.end.offset!)).toBe('We will patrol the parks at night.');
    const third = document.tree.children[2]!;
    expect(third.position?.start).toMatchObject({ line: 4, column: 1 });
    expect(text.slice(third.position!.start.offset!, third.position!.end.offset!)).toBe('A later paragraph sits here.');
  });

  // A plain-text line indented by four or more spaces (common in text converted from PDF) is prose,
  // not an indented code block.
  it('keeps a line indented by four spaces as text, not as a code block', () => {
    const text = 'We will review every allegation quickly.\n    We will publish the results every year.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    expect(nodeTypes(document.tree)).not.toContain('code');
    expect(paragraphs(document.tree)).toEqual(['We will review every allegation quickly.', 'We will publish the results every year.']);
  });
});

describe('ingestText: boilerplate', () => {
  const furniture = [
    'Quickly exit this site by pressing the Escape key Leave this site',
    'We use some essential cookies to make our website work. We’d like to set additional cookies so we can remember your preferences.',
    'Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.',
    'Sign up to our daily newsletter',
    'Sorry, there was a technical problem. Please try again.',
  ];

  it('drops cookie banners, quick-exit links, newsletter prompts and error notices from plain text', () => {
    const text = `${furniture.join('\n')}\nWe will patrol the parks and open spaces at night.\n`;
    const document = ingestText(text, 'doc.txt', 'text');
    expect(paragraphs(document.tree)).toEqual(['We will patrol the parks and open spaces at night.']);
    expect(document.boilerplateRemoved).toBe(5);
  });

  it('drops the same furniture from markdown paragraphs', () => {
    const text = `${furniture.join('\n\n')}\n\nWe will patrol the parks and open spaces at night.\n`;
    const document = ingestText(text, 'doc.md', 'markdown');
    expect(paragraphs(document.tree)).toEqual(['We will patrol the parks and open spaces at night.']);
    expect(document.boilerplateRemoved).toBe(5);
  });

  it('keeps prose that merely mentions a newsletter or an exit', () => {
    const text = 'We will publish a quarterly newsletter for survivors.\nWe will exit the old contract next year.\n';
    const document = ingestText(text, 'doc.txt', 'text');
    expect(paragraphs(document.tree)).toEqual([
      'We will publish a quarterly newsletter for survivors.',
      'We will exit the old contract next year.',
    ]);
    expect(document.boilerplateRemoved).toBe(0);
  });

  it('names the rule a block matches', () => {
    const rules = boilerplateRules();
    expect(matchBoilerplate('Sign up to our daily newsletter', rules)).toBe('newsletter');
    expect(matchBoilerplate('Quickly exit this site', rules)).toBe('quick-exit');
    expect(matchBoilerplate('Sorry, there was a technical problem. Please try again.', rules)).toBe('technical-problem');
    expect(matchBoilerplate('We will tackle violence against women and girls.', rules)).toBeUndefined();
  });
});

describe('ingestText: headings in plain text', () => {
  const text = [
    'Our Strategy for Safer Streets',
    '',
    'This paragraph is prose, long enough to be read as a sentence, and it ends with a full stop.',
    '',
    'Pillar 1: build trust and confidence.',
    '',
    'We will review every allegation against officers quickly.',
    '',
    'Our role as police',
    '',
    'ACC Jane Doe - Some Police',
    '',
  ].join('\n');

  it('promotes "Pillar N: ..." lines and short title-like lines; the first, before any prose, is the title', () => {
    const document = ingestText(text, 'doc.txt', 'text');
    expect(headings(document.tree)).toEqual([
      { depth: 1, text: 'Our Strategy for Safer Streets', line: 1 },
      { depth: 2, text: 'Pillar 1: build trust and confidence.', line: 5 },
      { depth: 2, text: 'Our role as police', line: 9 },
    ]);
  });

  it('does not promote a signature line or a sentence', () => {
    const document = ingestText(text, 'doc.txt', 'text');
    expect(paragraphs(document.tree)).toEqual([
      'This paragraph is prose, long enough to be read as a sentence, and it ends with a full stop.',
      'We will review every allegation against officers quickly.',
      'ACC Jane Doe - Some Police',
    ]);
  });

  it('leaves markdown headings to markdown: a short line stays a paragraph', () => {
    const document = ingestText('# Title\n\nOur role as police\n\nWe will act on reports.\n', 'doc.md', 'markdown');
    expect(headings(document.tree)).toEqual([{ depth: 1, text: 'Title', line: 1 }]);
    expect(paragraphs(document.tree)).toEqual(['Our role as police', 'We will act on reports.']);
  });
});

describe('nestListsByIndent', () => {
  const source = [
    '- **Challenge sexism and misogyny within policing.**',
    ' - Attain White Ribbon status.',
    ' - Communicate clearly what standards we expect.',
    '- **Involve women with lived experience.**',
    ' - Establish a scrutiny panel.',
    '',
  ].join('\n');

  it('nests one-space-indented bullets under the bullet above them', () => {
    const tree = parseMarkdown(source);
    const before = tree.children[0] as List;
    expect(before.children).toHaveLength(5); // markdown reads them all as siblings
    nestListsByIndent(tree);
    const list = tree.children[0] as List;
    expect(list.children.map((item) => flat(toString(item.children[0]!)))).toEqual([
      'Challenge sexism and misogyny within policing.',
      'Involve women with lived experience.',
    ]);
    const nested = (item: ListItem): string[] =>
      item.children
        .filter((child): child is List => child.type === 'list')
        .flatMap((sub) => sub.children.map((child) => flat(toString(child))));
    expect(nested(list.children[0]!)).toEqual(['Attain White Ribbon status.', 'Communicate clearly what standards we expect.']);
    expect(nested(list.children[1]!)).toEqual(['Establish a scrutiny panel.']);
  });

  it('keeps the nested items at their source lines and extends the parent to its last child', () => {
    const tree = parseMarkdown(source);
    nestListsByIndent(tree);
    const parent = (tree.children[0] as List).children[0]!;
    const sublist = parent.children.find((child): child is List => child.type === 'list')!;
    expect(sublist.children.map((item) => item.position?.start.line)).toEqual([2, 3]);
    expect(sublist.children.map((item) => item.position?.start.column)).toEqual([2, 2]);
    expect(parent.position?.start.line).toBe(1);
    expect(parent.position?.end.line).toBe(3);
  });

  it('leaves a list whose items all start in the same column alone', () => {
    const tree = parseMarkdown('- one item here\n- two item here\n- three item here\n');
    nestListsByIndent(tree);
    const list = tree.children[0] as List;
    expect(list.children).toHaveLength(3);
    expect(list.children.every((item) => item.children.every((child) => child.type !== 'list'))).toBe(true);
  });

  it('is applied by ingestText to plain text', () => {
    const document = ingestText(source, 'doc.txt', 'text');
    const list = document.tree.children.find((child): child is List => child.type === 'list')!;
    expect(list.children).toHaveLength(2);
  });
});

describe('front matter', () => {
  it('is read into a plain object and kept out of the text blocks', () => {
    const text = '---\ntitle: My Strategy\nforce: Kent Police\n---\n\n# Heading\n\nWe will act on every report.\n';
    const document = ingestText(text, 'doc.md', 'markdown');
    expect(document.frontmatter).toEqual({ title: 'My Strategy', force: 'Kent Police' });
    expect(paragraphs(document.tree)).toEqual(['We will act on every report.']);
  });

  it('is an empty object when there is none', () => {
    expect(ingestText('We will act.\n', 'doc.md', 'markdown').frontmatter).toEqual({});
  });

  it('must be a mapping', () => {
    expect(() => ingestText('---\n- just\n- a list\n---\nText.\n', 'doc.md', 'markdown')).toThrow(/front matter must be a mapping/);
  });

  it('reports a YAML error on its first line at that line of the file', () => {
    try {
      ingestText('---\nbad: [unclosed\n---\nText here.\n', 'doc.md', 'markdown');
      expect.unreachable('front matter with a syntax error must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(VawgError);
      expect((error as VawgError).location).toMatchObject({ file: 'doc.md', line: 2 });
    }
  });

  // A YAML error anywhere in the front matter is reported at its line of the whole file.
  it('reports a YAML error on a later line of the front matter at that line of the file', () => {
    try {
      ingestText('---\ntitle: x\nforce: Kent\nforce: Dorset\n---\nText here.\n', 'doc.md', 'markdown');
      expect.unreachable('front matter with a duplicate key must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(VawgError);
      // The duplicate "force:" is on line 4 of the file.
      expect((error as VawgError).location).toMatchObject({ file: 'doc.md', line: 4 });
    }
  });
});

describe('detectFormat and ingestFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vawg-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .md as markdown and .txt as text', () => {
    expect(detectFormat('a.md', Buffer.from('# Hi\n'))).toBe('markdown');
    expect(detectFormat('a.markdown', Buffer.from('# Hi\n'))).toBe('markdown');
    expect(detectFormat('a.txt', Buffer.from('Hi\n'))).toBe('text');
  });

  it('reads PDF and HTML content by its signature whatever the extension, and the rest by extension', () => {
    expect(detectFormat('a.txt', Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat('a.txt', Buffer.from('<!DOCTYPE html><html></html>'))).toBe('html');
    expect(detectFormat('a.html', Buffer.from('<p>We will act.</p>'))).toBe('html');
    expect(detectFormat('a.docx', Buffer.from('plain'))).toBe('docx');
  });

  it('refuses a zip that is not a Word document, images and unknown extensions', () => {
    expect(() => detectFormat('a.md', Buffer.from('PK\u0003\u0004rest'))).toThrow(
      /unsupported format: this is a zip archive, not a Word document/,
    );
    expect(() => detectFormat('a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toThrow(/PNG/);
    expect(() => detectFormat('a.rtf', Buffer.from('plain'))).toThrow(
      /unsupported format: this is a "\.rtf" file \(supported: \.md, \.txt, \.html, \.pdf, \.docx\)/,
    );
  });

  it('ingests a file with the sha256 of its bytes and its format', async () => {
    const file = path.join(dir, 'strategy.txt');
    const content = 'Our Strategy\nWe will patrol the parks at night.\n';
    writeFileSync(file, content);
    const document = await ingestFile(file);
    expect(document.format).toBe('text');
    expect(document.file).toBe(file);
    expect(document.text).toBe(content);
    expect(document.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(paragraphs(document.tree)).toEqual(['We will patrol the parks at night.']);
  });
});
