import { describe, expect, it } from 'vitest';
import { boilerplateRules, matchBoilerplate } from '../../src/ingest/boilerplate.js';
import { guardSource } from '../../src/ingest/guard.js';
import { ingestText } from '../../src/ingest/index.js';
import { commitmentCueOf, continuesCommitment, isCommitmentLeadIn, signsForOtherVoice, startsImperative } from '../../src/extract/cues.js';
import { extractCommitments } from '../../src/extract/index.js';
import { LineIndex } from '../../src/extract/locate.js';
import { strengthOf } from '../../src/extract/strength.js';
import { splitSentences } from '../../src/text/sentences.js';

// Every regular expression the extractor runs must take time linear in its input. Each is fed
// adversarial strings of 10 KB and of 1 MB; the larger is 100 times longer, so it may take at most
// 200 times as long (a quadratic one would take 10,000 times as long).
const SMALL = 10 * 1024;
const LARGE = 1024 * 1024;
const FLOOR_MS = 0.05;

const ADVERSARIAL: Record<string, (size: number) => string> = {
  'runs of spaces': (size) => `We will${' '.repeat(size - 12)} act.`,
  'we will, repeated': (size) => 'we will '.repeat(size / 8),
  'opening words, repeated': (size) => 'Working with partners '.repeat(Math.ceil(size / 22)).slice(0, size),
  'brackets and links': (size) => '](x) ]( ]]]] (('.repeat(Math.ceil(size / 15)).slice(0, size),
  'bold markers': (size) => '**'.repeat(size / 2),
  'bullets nested in one line': (size) => ' - '.repeat(Math.ceil(size / 3)).slice(0, size),
  'capitalised words': (size) => 'Aa '.repeat(Math.ceil(size / 3)).slice(0, size),
  cookies: (size) => 'cookie '.repeat(Math.ceil(size / 7)).slice(0, size),
};

function fastest(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function average(run: () => void, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i += 1) run();
  return (performance.now() - started) / times;
}

function expectLinear(work: (input: string) => unknown, make: (size: number) => string): void {
  const small = make(SMALL);
  const large = make(LARGE);
  work(small);
  const smallMs = Math.max(
    average(() => work(small), 20),
    FLOOR_MS,
  );
  const largeMs = fastest(() => work(large), 2);
  expect(largeMs / smallMs, `10 KB: ${smallMs.toFixed(2)} ms, 1 MB: ${largeMs.toFixed(2)} ms`).toBeLessThanOrEqual(200);
}

const rules = boilerplateRules();
const CHECKS: Record<string, (input: string) => unknown> = {
  'commitment cues': (input) => commitmentCueOf(input),
  'lead-in cues': (input) => isCommitmentLeadIn(input),
  'continuation cue': (input) => continuesCommitment(input),
  'imperative openings': (input) => startsImperative(input),
  'signature line': (input) => signsForOtherVoice(input),
  'strength cues': (input) => strengthOf(input, input),
  'boilerplate patterns': (input) => matchBoilerplate(input, rules),
  'sentence search in the source': (input) => new LineIndex(input).find('We will act on every report now', 0),
  'sentence splitting': (input) => splitSentences(input),
};

describe('regular expressions run in linear time', () => {
  for (const [check, work] of Object.entries(CHECKS)) {
    for (const [shape, make] of Object.entries(ADVERSARIAL)) {
      it(`${check}: ${shape}`, () => expectLinear(work, make));
    }
  }
});

describe('the whole ingest and extract stages run in linear time', () => {
  const documents: Record<string, (size: number) => string> = {
    // Paragraphs of a few lines: a paragraph may be at most 10,000 characters (--max-paragraph).
    'lines of spaces': (size) =>
      `${'We will     act   on    reports.      \nWe will     act.\n\n'.repeat(Math.ceil(size / 57))}`.slice(0, size),
    'lines of we will': (size) => `${'we will we will we will we will\nwe will we will\n\n'.repeat(Math.ceil(size / 49))}`.slice(0, size),
    'bullets nested ten deep, over and over': (size) => {
      const block = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}- We will act ${depth}.`).join('\n');
      return `To do this we will:\n\n${`${block}\n\n`.repeat(Math.ceil(size / block.length))}`.slice(0, size);
    },
  };
  for (const [shape, make] of Object.entries(documents)) {
    for (const format of ['text', 'markdown'] as const) {
      it(`${shape} (${format})`, () => {
        expectLinear((input) => {
          guardSource(input, 'doc');
          return extractCommitments(ingestText(input, format === 'text' ? 'doc.txt' : 'doc.md', format), 'force');
        }, make);
      });
    }
  }
});
