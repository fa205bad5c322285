/**
 * What parsing costs per document, counted rather than timed: a document the process has not seen
 * compiles no regular expression (patterns are compiled once per process, as compiling one with
 * Unicode classes costs milliseconds), the classifier reads each heading and lead-in once per
 * document however many commitments stand under it, and the phrase indexes that replace scans of
 * the whole lexicon find exactly what those scans find.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyCommitment, classifyCommitments } from '../../src/classify/index.ts';
import { detectForce } from '../../src/extract/force.ts';
import { extractionLexicon, findPhrase, PhraseIndex } from '../../src/extract/lexicon.ts';
import type * as Boilerplate from '../../src/ingest/boilerplate.ts';
import { ingestHtml, ingestText } from '../../src/ingest/index.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { loadPackageData } from '../../src/io/data-file.ts';
import type { Commitment } from '../../src/model/index.ts';
import { documentFromIngested } from '../../src/pipeline.ts';
import { PhraseMatcher } from '../../src/text/phrases.ts';

const framework = loadFramework('npcc-vawg-2021');

/** A strategy in markdown whose every sentence names a place of its own, so no two documents share a sentence. */
function strategy(place: string): string {
  return [
    `# Kent Police: tackling violence against women and girls in ${place}`,
    `## Pursue perpetrators`,
    `Kent Police will target the men who cause the most harm in ${place}. We will review every stalking case in ${place} within a week.`,
    `To do this we will:`,
    `- use Stalking Protection Orders in every eligible case in ${place};`,
    `- train every officer in ${place} to recognise coercive control.`,
    `## Build trust and confidence`,
    `| Action | Lead | By when |`,
    `| --- | --- | --- |`,
    `| Publish the culture review for ${place} | Head of HR | March 2026 |`,
    `“We will listen to every woman in ${place},” said Chief Constable Jo Bloggs.`,
    '',
  ].join('\n\n');
}

const sourceLines = new Map<string, string[]>();

/** Whether a stack frame stands on a line of src/ that builds a pattern at run time (`new RegExp(...)`). */
function builtAtRunTime(frame: string): boolean {
  const place = /(\/[^\s()]*\/src\/[^\s()?]*\.ts)(?:\?[^\s():]*)?:(\d+):/.exec(frame);
  if (!place) return false;
  const file = place[1]!;
  if (!sourceLines.has(file)) sourceLines.set(file, readFileSync(file, 'utf8').split('\n'));
  return sourceLines.get(file)![Number(place[2]) - 1]?.includes('new RegExp(') ?? false;
}

/**
 * Runs `work` with every pattern that src/ builds at run time counted. The test transform lowers
 * pattern literals with Unicode classes to RegExp constructions (the build keeps them literals, which
 * the engine compiles once), so only constructions made on a `new RegExp(...)` line of src/ count.
 */
async function countCompiled(work: () => unknown): Promise<number> {
  const Original = globalThis.RegExp;
  let compiled = 0;
  const Counting = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      if (builtAtRunTime(new Error().stack?.split('\n')[2] ?? '')) compiled += 1;
      return new target(...args);
    },
  });
  vi.stubGlobal('RegExp', Counting);
  try {
    await work();
  } finally {
    vi.unstubAllGlobals();
  }
  return compiled;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a document the process has not seen', () => {
  const parse = async (place: string): Promise<void> => {
    const sources = [
      ingestText(strategy(place), `${place}.md`, 'markdown'),
      ingestText(strategy(place).replaceAll('\n\n- ', '\n• ').replaceAll('#', ''), `${place}.txt`, 'text'),
      await ingestHtml(`<html><body><nav>Menu</nav><main>${markdownAsHtml(strategy(place))}</main></body></html>`, `${place}.html`),
    ];
    for (const ingested of sources) {
      detectForce(ingested.plainText ?? ingested.text);
      documentFromIngested(ingested, { framework, force: 'Kent Police' });
    }
  };

  it('compiles no pattern in ingest (markdown, text, HTML), force detection, extraction or classification', async () => {
    await parse('Ashford');
    expect(await countCompiled(() => parse('Brackenham'))).toBe(0);
  });

  it('the count sees the patterns of a data file compiled on first use, and none on the next', async () => {
    // A copy of the module of its own (the query makes it another module), so its cache starts empty.
    const copy = '../../src/ingest/boilerplate.ts?first-use';
    const fresh = (await import(/* @vite-ignore */ copy)) as typeof Boilerplate;
    const rules = loadPackageData<{ patterns: unknown[] }>('src/ingest/data/boilerplate.yaml').patterns.length;
    expect(rules).toBeGreaterThan(3);
    expect(await countCompiled(() => fresh.boilerplateRules())).toBe(rules);
    expect(await countCompiled(() => fresh.boilerplateRules())).toBe(0);
  });
});

/** The strategy's paragraphs as HTML paragraphs. */
function markdownAsHtml(markdown: string): string {
  return markdown
    .split('\n\n')
    .map((block) => `<p>${block.replace(/^#+ /u, '')}</p>`)
    .join('');
}

describe('classification reads each context once per document', () => {
  const section = ['Pursue perpetrators', 'Stalking and harassment'];
  const commitments: Commitment[] = Array.from({ length: 30 }, (_, index) => ({
    id: `kent-${index}`,
    text: `We will review stalking case ${index} with the victim and apply for a Stalking Protection Order.`,
    section,
    leadIn: 'To do this we will:',
    position: { line: index + 1, column: 1 },
    strength: 'firm',
    actions: [],
  }));

  it('matches the indicator phrases of each distinct text once: 30 commitments, 2 headings and a lead-in make 33 matches, not 120', () => {
    const matches = vi.spyOn(PhraseMatcher.prototype, 'matchStems');
    classifyCommitments(commitments, framework);
    expect(matches).toHaveBeenCalledTimes(30 + 3);
  });

  it('maps each commitment as it maps it alone', () => {
    const together = classifyCommitments(commitments, framework).map((commitment) => commitment.actions);
    const alone = commitments.map((commitment) => classifyCommitment(commitment, framework));
    expect(together).toEqual(alone);
    expect(together.some((actions) => actions.length > 0)).toBe(true);
  });
});

describe('PhraseIndex', () => {
  const phrases = [...extractionLexicon().titles, ...extractionLexicon().agents].flatMap((rule) => rule.phrases);
  const vocabulary = [...new Set(phrases.flat()), 'we', 'will', 'the', 'and'];
  const index = new PhraseIndex(phrases.map((phrase, order) => ({ phrase, payload: order })));

  it('finds exactly the phrases a scan of the whole list finds, in the list order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), (words) => {
        const scanned = phrases.flatMap((phrase, order) => (findPhrase(words, phrase) >= 0 ? [order] : []));
        expect(index.found(words).map((entry) => entry.payload)).toEqual(scanned);
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
