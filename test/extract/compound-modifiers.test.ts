/** A participle joined by a hyphen to the word before it is one compound adjective, not a verb with a clause of its own. */
import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { tagPhrase } from '../../src/text/tagger.ts';

const FORCE = { name: 'Oakford Police', slug: 'oakford' };

describe('hyphenated compound modifiers', () => {
  it('tags "victim-centred", "intelligence-led" and "victim-facing" as adjectives, and leaves a spaced dash alone', () => {
    const tags = (text: string): string[] => tagPhrase(text).map((token) => `${token.text}/${token.pos}`);
    expect(tags('a victim-centred, intelligence-led and victim-facing service')).toEqual([
      'a/DET',
      'victim/NOUN',
      '-/PUNCT',
      'centred/ADJ',
      ',/PUNCT',
      'intelligence/NOUN',
      '-/PUNCT',
      'led/ADJ',
      'and/CCONJ',
      'victim/NOUN',
      '-/PUNCT',
      'facing/ADJ',
      'service/NOUN',
    ]);
    expect(tagPhrase('Officers were trained - and tested - on coercive control.').find((token) => token.text === 'tested')?.pos).toBe(
      'VERB',
    );
  });

  it('keeps an item whose object is a compound adjective and noun as one commitment', () => {
    const extraction = extractCommitments(
      ingestText(
        ['# Oakford Police', '', 'We will do this by:', '', '- Developing a perpetrator-focused approach to domestic abuse', ''].join('\n'),
        'plan.md',
        'markdown',
      ),
      FORCE,
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.text}`)).toEqual([
      '5 Developing a perpetrator-focused approach to domestic abuse',
    ]);
  });
});

describe('contractions and auxiliaries the tagger leaves unread', () => {
  it('splits "I\'m" into the pronoun and the verb, as it splits "we\'re"', () => {
    expect(
      tagPhrase("I'm not going to tolerate it.")
        .map((token) => `${token.text}/${token.pos}/${token.lemma}`)
        .slice(0, 3),
    ).toEqual(['I/PRON/i', "'m/AUX/be", 'not/PART/not']);
  });

  it('gives the auxiliary "being" the lemma "be"', () => {
    expect(tagPhrase('Options are being explored.').find((token) => token.normal === 'being')?.lemma).toBe('be');
  });
});
