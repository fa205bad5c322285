/** Rebuilding structure from PDF text positions, on small hand-made pages. */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import type { PdfPage, PdfTextItem } from '../../src/ingest/pdf.ts';
import { escapeLine, layoutPdf, pdfPosition } from '../../src/ingest/pdf-layout.ts';

const PITCH = 13;

/** A text item at (x, y), 11pt unless said otherwise; width estimated at half the size per character. */
function item(text: string, x: number, y: number, options: { size?: number; bold?: boolean } = {}): PdfTextItem {
  const size = options.size ?? 11;
  return { text, x, y, width: text.length * size * 0.5, size, bold: options.bold ?? false };
}

/** A page whose body lines are given top to bottom from y = 740, with a running header and a page-number footer. */
function page(number: number, body: ((y: number) => PdfTextItem[])[], pages = 3): PdfPage {
  const items = [item('Kent Police – VAWG Strategy', 72, 800, { size: 9 }), item(`Page ${number} of ${pages}`, 72, 40, { size: 9 })];
  let y = 740;
  for (const line of body) {
    // A gap (no items) leaves a blank line's height, which is what separates paragraphs.
    items.push(...line(y));
    y -= PITCH;
  }
  return { number, items };
}

const text =
  (value: string, x = 72, options: { size?: number; bold?: boolean } = {}) =>
  (y: number) => [item(value, x, y, options)];
const gap = () => () => [];
const bullet =
  (glyph: string, value: string, x = 82, options: { bold?: boolean } = {}) =>
  (y: number) => [item(glyph, x, y), item(value, x + 14, y, options)];
const FULL = 'x'.repeat(82);

describe('layoutPdf', () => {
  const pages = [
    page(1, [
      text('Our Strategy', 72, { size: 20, bold: true }),
      gap(),
      text('Keeping people safe', 72, { size: 14, bold: true }),
      gap(),
      text(`We will patrol the parks at night and we will ${FULL.slice(0, 40)}`),
      text('publish what we find.'),
      gap(),
      text('To do this we will:'),
      gap(),
      bullet('•', 'Tackle abuse by our own officers.', 82, { bold: true }),
      bullet('–', 'Review every allegation within 28', 100),
      text('days of the report.', 114),
      bullet('–', 'Train every officer.', 100),
      bullet('•', 'Make the streets safer.', 82),
      gap(),
      text(`A paragraph that runs on to the next page: we will look after victims and ${FULL.slice(0, 20)}`),
    ]),
    page(2, [text('support them through court. We will act on every report.'), gap(), text('Signed by the Chief Constable')]),
    page(3, [text('Next steps', 72, { size: 14, bold: true }), gap(), text('We will report each year on progress.')]),
  ];
  const layout = layoutPdf(pages);
  const lines = layout.markdown.split('\n');

  it('writes headings by size, paragraphs, and bullets nested by indent', () => {
    expect(lines).toContain('# Our Strategy');
    expect(lines).toContain('## Keeping people safe');
    expect(lines).toContain('## Next steps');
    expect(lines).toContain('- **Tackle abuse by our own officers.**');
    expect(lines).toContain('  - Review every allegation within 28');
    expect(lines).toContain('    days of the report.');
    expect(lines).toContain('  - Train every officer.');
    expect(lines).toContain('- Make the streets safer.');
  });

  it('drops the running header and the page-number footer', () => {
    expect(layout.markdown).not.toMatch(/Kent Police – VAWG Strategy|Page \d of 3/);
  });

  it('joins a paragraph that runs over a page break, but not a signature at the foot of a page', () => {
    const tree = ingestText(layout.markdown, 'x.md', 'markdown').tree;
    expect(tree.children.filter((child) => child.type === 'paragraph')).toHaveLength(5);
    const runOn = lines.findIndex((line) => line.startsWith('A paragraph that runs on'));
    expect(lines[runOn + 1]).toBe('support them through court. We will act on every report.');
    const signed = lines.indexOf('Signed by the Chief Constable');
    expect(lines[signed + 1]).toBe('');
  });

  it('maps every markdown line to its page and its line on the page, counting the header', () => {
    const place = pdfPosition(layout);
    const at = (start: string): { line: number; column: number; page?: number } =>
      place({ line: lines.findIndex((line) => line.includes(start)) + 1, column: 1 });
    // Line 1 of every page is the running header; the title is line 2.
    expect(at('# Our Strategy')).toMatchObject({ page: 1, line: 2 });
    expect(at('support them through court')).toEqual({ page: 2, line: 2, column: 1 });
    expect(at('We will report each year')).toMatchObject({ page: 3, line: 3 });
    const review = lines.findIndex((line) => line.includes('Review every allegation')) + 1;
    // Column 5 of "  - Review" is the "R"; on the PDF line "– Review ..." that is column 3.
    expect(place({ line: review, column: 5 })).toEqual({ page: 1, line: 8, column: 3 });
  });
});

describe('escapeLine', () => {
  it('keeps PDF text from being read as markdown', () => {
    for (const line of [
      '- not a bullet',
      '1. not a list',
      '# not a heading',
      '> not a quote',
      '*stars* and _under_',
      '<b>tag</b> & [link](x)',
      '===',
    ]) {
      const tree = ingestText(`${escapeLine(line)}\n`, 'x.md', 'markdown').tree;
      expect(tree.children.map((child) => child.type)).toEqual(['paragraph']);
    }
  });
});

describe('layoutPdf on harder pages', () => {
  it('joins a word hyphenated over two lines and recognises bullets written inline', () => {
    const layout = layoutPdf([
      {
        number: 1,
        items: [item('We will work with multi-', 72, 700), item('agency partners.', 72, 687), item('• Inline bullet text', 72, 660)],
      },
    ]);
    expect(layout.markdown).toContain('We will work with multi-agency partners.');
    expect(layout.markdown).toContain('- Inline bullet text');
  });

  it('does not take a dash that starts a wrapped line for a bullet', () => {
    const layout = layoutPdf([
      { number: 1, items: [item('Abuse of every kind', 72, 700), item('- including stalking - is a crime.', 72, 687)] },
    ]);
    expect(layout.markdown).toBe('Abuse of every kind\n\\- including stalking - is a crime.\n');
  });

  it('turns a standalone bold line of body text into a heading below the sized ones', () => {
    const layout = layoutPdf([
      {
        number: 1,
        items: [
          item('Title', 72, 760, { size: 18 }),
          item('Our approach', 72, 720, { bold: true }),
          item('We will act on every report.', 72, 690),
          item('We will listen.', 72, 677),
        ],
      },
    ]);
    expect(layout.markdown.split('\n')).toEqual([
      '# Title',
      '',
      '## Our approach',
      '',
      'We will act on every report.',
      'We will listen.',
      '',
    ]);
  });
});

describe('layoutPdf on bullets written as text', () => {
  it('reads "- " and "(a)" written in the text run as items, without their markers, and keeps neighbouring items apart', () => {
    const layout = layoutPdf([
      {
        number: 1,
        items: [
          item('The force will:', 72, 700),
          item('- Train door staff in Ask for Angela', 72, 687),
          item('- Extend patrols to the harbour', 72, 674),
          item('(a) on Friday nights', 86, 661),
          item('(b) on Saturday nights', 86, 648),
        ],
      },
    ]);
    expect(layout.markdown.split('\n')).toEqual([
      'The force will:',
      '',
      '- Train door staff in Ask for Angela',
      '',
      '- Extend patrols to the harbour',
      '',
      '  1. on Friday nights',
      '',
      '  1. on Saturday nights',
      '',
    ]);
  });

  it('starts a new paragraph where a short line lost its full stop before a capital', () => {
    const layout = layoutPdf([
      {
        number: 1,
        items: [
          item(`We will not tolerate misogyny in our own ranks and we will dismiss ${FULL.slice(0, 12)}`, 72, 700),
          item('anyone who abuses their position', 72, 687),
          item('Women and girls will judge us by how we deal with our own.', 72, 674),
        ],
      },
    ]);
    expect(layout.markdown.split('\n\n')).toHaveLength(2);
  });
});
