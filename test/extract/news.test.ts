/**
 * News releases and articles: whose words each quotation is, told by attributions before ("X said:"),
 * after ("..., said X"), on a line of its own under a quotation ("— X, role"), by a pronoun ("she said")
 * and over several quotations of one speaker; the reporter's own concrete statements about the force count.
 */
import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../src/extract/index.ts';
import { ingestHtml, ingestText } from '../../src/ingest/index.ts';

const FORCE = { name: 'Oakford Police', slug: 'oakford' };

function words(text: string): string {
  return text.split(' ').slice(0, 5).join(' ');
}

function summary(extraction: ReturnType<typeof extractCommitments>): string[] {
  return [
    ...extraction.commitments.map((commitment) => `force ${commitment.position.line} ${words(commitment.text)}`),
    ...extraction.statements.map((statement) => `${statement.voice} ${statement.position.line} ${words(statement.text)}`),
  ];
}

describe('a news release as a web page', () => {
  const html = [
    '<html><body>',
    '<h1>Extra patrols for the festive season</h1>',
    '<p>Officers from Oakford Police will be patrolling the town centre every weekend in December.</p>',
    '<blockquote><p>“We will not tolerate harassment of women on a night out, and we will be out in force to stop it.”</p></blockquote>',
    '<p>— Chief Inspector Sam Holt, Oakford Police</p>',
    '<blockquote><p>“I will fund taxi marshals at the three busiest ranks.”</p></blockquote>',
    '<p>— Jo Bloggs, Police and Crime Commissioner</p>',
    '<p>“All forces will publish their figures each year,” said the national policing lead for VAWG.</p>',
    '<p>Councillor Amy Lee, cabinet member for community safety, said: “We will light the underpass by March.”</p>',
    '<p>Inspector Ravi Shah added: “We will visit every licensed venue before Christmas.”</p>',
    '</body></html>',
  ].join('\n');

  it("keeps each quotation in its speaker's voice, the attribution out of the unit", async () => {
    const extraction = extractCommitments(await ingestHtml(html, 'release.html'), FORCE);
    expect(summary(extraction)).toEqual([
      'force 3 Officers from Oakford Police will',
      'force 4 We will not tolerate harassment',
      'force 10 We will visit every licensed',
      'pcc 6 I will fund taxi marshals',
      'national 8 All forces will publish their',
      'partner 9 We will light the underpass',
    ]);
    expect(extraction.commitments.find((commitment) => commitment.position.line === 10)!.speaker).toBe('Inspector Ravi Shah');
  });
});

describe('a local newspaper article as plain text', () => {
  const text = [
    'New patrols promised for riverside path after attacks',
    '',
    'By Sam Reporter',
    '',
    'Police will be patrolling the riverside path every evening from next week, after three women were attacked there in October.',
    '',
    'Oakford Police said the patrols would run until the new lights are installed.',
    '',
    '"We will not rest until women feel safe walking home," said Inspector Ravi Shah. "Our officers will also be handing out personal alarms at the station."',
    '',
    'The town council will pay for the new lighting. Council leader Pat Kay said: "We will be spending £200,000 on lighting and CCTV this winter."',
    '',
    'The Police and Crime Commissioner, Jo Bloggs, said she would fund a new support worker for victims. "I will make sure every woman who reports an attack gets help," she said.',
    '',
    'Nationally, all forces will publish data on street harassment from next year, the NPCC confirmed.',
    '',
  ].join('\n');

  it("reads the reporter's concrete statement about the force, what each body said it would do, and every quotation by its speaker", () => {
    const extraction = extractCommitments(ingestText(text, 'article.txt', 'text'), FORCE);
    expect(summary(extraction)).toEqual([
      'force 5 Police will be patrolling the',
      'force 7 Oakford Police said the patrols',
      'force 9 We will not rest until',
      'force 9 Our officers will also be',
      'partner 11 The town council will pay',
      'partner 11 We will be spending £200,000',
      'pcc 13 The Police and Crime Commissioner,',
      'pcc 13 I will make sure every',
      'national 15 Nationally, all forces will publish',
    ]);
    expect(extraction.statements.find((statement) => statement.text.startsWith('I will'))!.speaker).toBe('Jo Bloggs');
  });
});
