/**
 * Every stage runs in time linear in its input, shown by counting operations rather than timing
 * them: each regular expression run (every `exec`, which `test`, `match`, `replace` and `split`
 * go through once `exec` is wrapped) and the characters it steps over, at two sizes of the same
 * document. Doubling the input may at most double the count (with a little slack for fixed work);
 * a step that is quadratic, such as searching the rest of the document once per sentence, would
 * four-fold it.
 */
import { describe, expect, it } from 'vitest';
import { ingestHtml, ingestText } from '../../src/ingest/index.ts';
import type { PdfPage } from '../../src/ingest/pdf.ts';
import { layoutPdf } from '../../src/ingest/pdf-layout.ts';
import { guardSource } from '../../src/ingest/guard.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { documentFromIngested } from '../../src/pipeline.ts';

interface Count {
  runs: number;
  characters: number;
}

/** Runs `work` with every regular expression run counted, with the characters it advanced over. */
async function countOperations(work: () => unknown): Promise<Count> {
  const original = RegExp.prototype.exec;
  const count: Count = { runs: 0, characters: 0 };
  RegExp.prototype.exec = function (this: RegExp, input: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const result = original.call(this, input);
    count.runs += 1;
    count.characters += Math.max(0, (result ? result.index + result[0].length : String(input).length) - from);
    return result;
  };
  try {
    await work();
  } finally {
    RegExp.prototype.exec = original;
  }
  return count;
}

const framework = loadFramework('npcc-vawg-2021');

/** Documents made of `blocks` repetitions of the shapes strategies have, and the shapes hostile inputs use within the limits. */
const FAMILIES: Record<string, { format: 'markdown' | 'text' | 'html'; make: (blocks: number) => string }> = {
  'prose, headings and lists': {
    format: 'markdown',
    make: (blocks) =>
      `# Kent Police VAWG strategy\n\n${Array.from(
        { length: blocks },
        (_, index) =>
          `## Priority ${index}\n\nWe will review report ${index} within a month. Officers will patrol area ${index}.\n\nTo do this we will:\n\n- train staff in unit ${index};\n  - with partners in ward ${index}\n- publish results of survey ${index}.\n`,
      ).join('\n')}`,
  },
  'headings and one sentence each': {
    format: 'markdown',
    make: (blocks) =>
      Array.from({ length: blocks }, (_, index) => `# Heading ${index}\n\nWe will act on report ${index} at once.\n`).join('\n'),
  },
  'links and emphasis, every paragraph at the size limit': {
    format: 'markdown',
    make: (blocks) => Array.from({ length: blocks }, () => `${'[a]( *b* '.repeat(60)}\n`).join('\n'),
  },
  'lists nested to the limit': {
    format: 'markdown',
    make: (blocks) =>
      Array.from({ length: blocks }, (_, index) =>
        Array.from({ length: 10 }, (__, depth) => `${'  '.repeat(depth)}- We will act ${index}.${depth}.`).join('\n'),
      ).join('\n\n'),
  },
  'plain text with bullets and wrapped lines': {
    format: 'text',
    make: (blocks) =>
      `Kent Police strategy\n\n${Array.from({ length: blocks }, (_, index) => `Priority ${index}\nWe will work with partners to\nsupport victims in area ${index}.\n• Listen to survivors ${index}\n• Review cases ${index}\n`).join('\n')}`,
  },
  'web page list items': {
    format: 'html',
    make: (blocks) =>
      `<!doctype html><html><body><main><h1>Kent Police</h1>${Array.from({ length: blocks }, (_, index) => `<h2>Priority ${index}</h2><p>We will act on report ${index}.</p><ul><li>We will train staff ${index}.</li></ul>`).join('\n')}</main></body></html>`,
  },
};

async function runFamily(format: 'markdown' | 'text' | 'html', text: string): Promise<unknown> {
  const file = format === 'html' ? 'doc.html' : format === 'text' ? 'doc.txt' : 'doc.md';
  const ingested = format === 'html' ? await ingestHtml(text, file) : ingestText(text, file, format);
  return documentFromIngested(ingested, { framework, force: 'Kent Police' });
}

/** The ratio of the counts at 2n and n blocks, on the runs and on the characters. */
async function growth(work: (blocks: number) => unknown): Promise<{ runs: number; characters: number }> {
  await work(5);
  const small = await countOperations(() => work(100));
  const large = await countOperations(() => work(200));
  return { runs: large.runs / small.runs, characters: large.characters / small.characters };
}

describe('every stage is linear in its input: operations at n and 2n', () => {
  for (const [name, family] of Object.entries(FAMILIES)) {
    it(name, async () => {
      const ratio = await growth((blocks) => runFamily(family.format, family.make(blocks)));
      expect(ratio.runs).toBeGreaterThan(1.8);
      expect(ratio.runs).toBeLessThanOrEqual(2.1);
      expect(ratio.characters).toBeLessThanOrEqual(2.1);
    });
  }

  it('the guard, on each hostile shape within the limits', async () => {
    const shapes = [
      (blocks: number) => `${'- '.repeat(4)}x\n`.repeat(blocks * 10),
      (blocks: number) => `${'[a]('.repeat(2000)}\n\n`.repeat(blocks),
    ];
    for (const make of shapes) {
      const ratio = await growth((blocks) => guardSource(make(blocks), 'doc.md'));
      expect(ratio.runs).toBeLessThanOrEqual(2.1);
      expect(ratio.characters).toBeLessThanOrEqual(2.1);
    }
  });

  it('the PDF layout', async () => {
    const pages = (count: number): PdfPage[] =>
      Array.from({ length: count }, (_, page) => ({
        number: page + 1,
        items: Array.from({ length: 30 }, (__, line) => ({
          text: `We will act on report ${page}.${line} now.`,
          x: 72,
          y: 720 - line * 14,
          width: 300,
          size: 11,
          bold: false,
        })),
      }));
    const ratio = await growth((blocks) => layoutPdf(pages(blocks / 5)));
    expect(ratio.runs).toBeLessThanOrEqual(2.1);
    expect(ratio.characters).toBeLessThanOrEqual(2.1);
  });
});
