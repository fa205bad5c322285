import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../src/extract/entities.ts';
import { assignIds } from '../../src/extract/ids.ts';
import { extractCommitments, type Extraction } from '../../src/extract/index.ts';
import { ingestText, type InputFormat } from '../../src/ingest/index.ts';
import type { Commitment } from '../../src/model/index.ts';

function extract(text: string, format: InputFormat = 'markdown', slug = 'test'): Extraction {
  return extractCommitments(ingestText(text, format === 'text' ? 'doc.txt' : 'doc.md', format), { name: 'Test Police', slug });
}

function texts(text: string, format: InputFormat = 'markdown'): string[] {
  return extract(text, format).commitments.map((commitment) => commitment.text);
}

function find(extraction: Extraction, start: string): Commitment {
  const found = extraction.commitments.find((commitment) => commitment.text.startsWith(start));
  if (!found) throw new Error(`no commitment starts with "${start}"; found: ${JSON.stringify(extraction.commitments.map((c) => c.text))}`);
  return found;
}

describe('which sentences are commitments', () => {
  it('takes "we will" and "we are committed to" sentences', () => {
    expect(texts('We will patrol the parks at night.\n\nWe are committed to supporting every victim of stalking.\n')).toEqual([
      'We will patrol the parks at night.',
      'We are committed to supporting every victim of stalking.',
    ]);
  });

  it('takes the commitment out of a paragraph and leaves the description around it', () => {
    expect(
      texts('Stalking is a serious crime that ruins lives. We will patrol the parks at night. Many incidents go unreported.\n'),
    ).toEqual(['We will patrol the parks at night.']);
  });

  it('does not take what has already been done', () => {
    expect(
      texts(
        'The force has introduced a new vetting policy for all staff.\n\nKent Police has introduced a new strategy on violence against women.\n',
      ),
    ).toEqual([]);
  });

  it('does not take what another body will do', () => {
    expect(texts('The Government will publish new guidance on stalking next year.\n')).toEqual([]);
  });

  it('keeps a partner pledge and a force pledge in one sentence as a commitment and a statement with an id of its own', () => {
    const extraction = extract('The Probation Service will manage stalkers on licence, and the force will explore GPS tagging with it.\n');
    expect(extraction.commitments.map((commitment) => commitment.text)).toEqual([
      'The Probation Service will manage stalkers on licence, and the force will explore GPS tagging with it.',
    ]);
    expect(extraction.statements.map((statement) => [statement.voice, statement.id])).toEqual([
      ['partner', `${extraction.commitments[0]!.id}-partner`],
    ]);
  });

  it('reads who a subject is from a noun phrase in apposition, and a part of a body as that body', () => {
    const extraction = extract(
      'The Stalking Advocacy Service, an independent charity, will provide a caseworker to every victim.\n\n' +
        'The Ashcombe branch of the Police Federation will support any member who speaks up.\n\n' +
        "The Superintendents' Association will survey its members in the spring.\n",
    );
    expect(extraction.commitments).toEqual([]);
    expect(extraction.statements.map((statement) => statement.voice)).toEqual(['partner', 'other', 'other']);
  });

  it('reads the subject before a participle phrase, and "be run" or "be set up" as passives the force plans', () => {
    expect(
      texts(
        'A campaign on tracking apps, aimed at young men, will be run with the university in the autumn term.\n\n' +
          'A Stalking Clinic, bringing together detectives and advocates, is to be set up by September 2025.\n\n' +
          'Demand, measured in calls, is rising every year.\n',
      ),
    ).toEqual([
      'A campaign on tracking apps, aimed at young men, will be run with the university in the autumn term.',
      'A Stalking Clinic, bringing together detectives and advocates, is to be set up by September 2025.',
    ]);
  });

  it('takes the strength of a list item from its opening imperative, not from a later sentence about its effect', () => {
    const extraction = extract(
      'We will:\n\n- Explore launching Project Vigilant. The scheme, linked to the night-time economy, will equip officers with enhanced training.\n',
    );
    expect(find(extraction, 'Explore launching').strength).toBe('aspirational');
  });

  it('takes the rows of a measures table that set a level as targets, and no row of one without a target column', () => {
    const withTargets = extract(
      '| Measure | Baseline (2024) | Target (March 2027) |\n| --- | --- | --- |\n' +
        '| Officers re-vetted in the last five years | 71% | 100% |\n| Misconduct cases involving harassment | 17 | Monitor only |\n',
    );
    expect(withTargets.commitments.map((commitment) => [commitment.text, commitment.strength])).toEqual([
      ['Officers re-vetted in the last five years', 'firm'],
    ]);
    expect(
      texts('| Measure | Baseline (2024/25) | Source |\n| --- | --- | --- |\n| Adult rape charge rate | 6.8% | The force |\n'),
    ).toEqual([]);
  });

  it('reads what a titled officer says after a label in a comment thread, and a byline as no speech', () => {
    expect(
      texts(
        'Author: Inspector Dan Whitlock · Neighbourhood Policing\n\n' +
          '> **Sue, Bramford** · 13 March 2026: Will the patrols cover the car park?\n\n' +
          '> **Insp Dan Whitlock** · 13 March 2026: Thanks, Sue. Yes, we will add the car park to our Friday patrols from next month.\n',
      ),
    ).toEqual(['Yes, we will add the car park to our Friday patrols from next month.']);
  });

  it('reads "To ..." after a label in prose as a purpose, and under a lead-in as an aim', () => {
    expect(texts('**Purpose of report:** To update the Panel on the delivery of the VAWG strategy in 2024/25.\n')).toEqual([]);
    expect(find(extract('Our aims:\n\n- To bring more offenders to justice.\n'), 'To bring').strength).toBe('aspirational');
  });

  it("reads a quote from a person with a post in another organisation as that voice, and one from the force's own as the force's", () => {
    const extraction = extract(
      'Amira Bose, manager of the Vale Rape and Sexual Abuse Centre, said: “Our volunteers will be at the hub on Saturdays.”\n\n' +
        'Jo Reid, head of safeguarding at Test Police, said: “We will review every open stalking case this month.”\n',
    );
    expect(extraction.statements.map((statement) => [statement.voice, statement.text])).toEqual([
      ['other', 'Our volunteers will be at the hub on Saturdays.'],
    ]);
    expect(extraction.commitments.map((commitment) => commitment.text)).toEqual(['We will review every open stalking case this month.']);
  });

  it('reads "they" after people named earlier in the sentence as those people, and after the force as the force', () => {
    expect(
      texts(
        'The women of Testshire will decide whether we have changed, and they will be right to.\n\n' +
          'Our detectives have new powers, and they will use them against every stalker.\n',
      ),
    ).toEqual(['Our detectives have new powers, and they will use them against every stalker.']);
  });

  it("reads an aim in a row's other cells only with the word its rule needs after the verb", () => {
    const extraction = extract(
      '| Action | Lead | Measure |\n| --- | --- | --- |\n' +
        '| Work with the council on lighting at the bus station | Designing Out Crime Officer | Works completed |\n' +
        '| Review lighting at the station | Inspector | Work towards a safer station |\n',
    );
    expect(extraction.commitments.map((commitment) => commitment.strength)).toEqual(['firm', 'aspirational']);
  });

  it("reads actions given in minutes in the voice of whoever they are given to, and a reported intention as the force's", () => {
    const extraction = extract(
      '## Actions\n\n' +
        '- ACTION: DCI Reid to review every open stalking case by 31 March.\n' +
        '- ACTION: OPCC to confirm the Drive funding for 2025/26 in writing.\n' +
        '- ACTION: Sam Preston to explore with the health board whether the data can be shared.\n\n' +
        'ACC Okafor said the force intended to make bystander training mandatory for all sergeants.\n',
    );
    expect(extraction.commitments.map((commitment) => [commitment.text, commitment.strength])).toEqual([
      ['ACTION: DCI Reid to review every open stalking case by 31 March.', 'firm'],
      ['ACTION: Sam Preston to explore with the health board whether the data can be shared.', 'aspirational'],
      ['ACC Okafor said the force intended to make bystander training mandatory for all sergeants.', 'firm'],
    ]);
    expect(extraction.statements.map((statement) => statement.voice)).toEqual(['pcc']);
  });

  it('takes an objective stated in the imperative', () => {
    expect(texts('Improve trust and confidence of communities in our response to VAWG.\n', 'text')).toEqual([
      'Improve trust and confidence of communities in our response to VAWG.',
    ]);
  });

  it('does not take a sentence that only opens with a verb-like noun', () => {
    expect(texts('Work is already well established in the county.\n', 'text')).toEqual([]);
  });
});

describe('lists under lead-ins', () => {
  const source = [
    '## Pillar 1',
    '',
    'To do this we will:',
    '',
    '- Review all current allegations quickly.',
    '- Publish a clear policy on vetting.',
    '',
    'We will seek to:',
    '',
    '- Expand the reach of our communications.',
    '',
    'Examples include:',
    '',
    '- Local schemes in the town centre.',
    '',
  ].join('\n');

  it('takes every item under a committing lead-in, but not the lead-in itself', () => {
    const extraction = extract(source);
    expect(extraction.commitments.map((commitment) => commitment.text)).toEqual([
      'Review all current allegations quickly.',
      'Publish a clear policy on vetting.',
      'Expand the reach of our communications.',
    ]);
  });

  it("gives the items the lead-in's strength", () => {
    const extraction = extract(source);
    expect(find(extraction, 'Review all').strength).toBe('firm');
    expect(find(extraction, 'Expand the reach').strength).toBe('aspirational');
  });

  it("records each item's section and its line and column", () => {
    const review = find(extract(source), 'Review all');
    expect(review.section).toEqual(['Pillar 1']);
    expect(review.position).toEqual({ line: 5, column: 3 });
  });

  it('does not take bare items under a lead-in that promises nothing', () => {
    expect(extract(source).commitments.some((commitment) => commitment.text.startsWith('Local schemes'))).toBe(false);
  });

  it('gives no warning when every lead-in has its list', () => {
    expect(extract(source).warnings).toEqual([]);
  });
});

describe('bold parent bullets', () => {
  const source = [
    'Our Strategy',
    '',
    'Pillar 1: build trust and confidence.',
    '',
    'To do this we will:',
    '',
    '- **Challenge sexism and misogyny within policing.**',
    ' - Attain White Ribbon status this year.',
    ' - Communicate clearly what standards we expect.',
    '',
    '- **Involve women and girls with lived experience.**',
    ' - Establish a scrutiny panel with survivors as members.',
    '',
  ].join('\n');

  it('become section path entries, not commitments', () => {
    const extraction = extract(source, 'text');
    expect(extraction.commitments.map((commitment) => commitment.text)).toEqual([
      'Attain White Ribbon status this year.',
      'Communicate clearly what standards we expect.',
      'Establish a scrutiny panel with survivors as members.',
    ]);
  });

  it('head the section of the bullets nested under them', () => {
    const extraction = extract(source, 'text');
    expect(find(extraction, 'Attain White Ribbon').section).toEqual([
      'Pillar 1: build trust and confidence.',
      'Challenge sexism and misogyny within policing.',
    ]);
    expect(find(extraction, 'Establish a scrutiny').section).toEqual([
      'Pillar 1: build trust and confidence.',
      'Involve women and girls with lived experience.',
    ]);
  });

  it('leave the nested bullets at their own lines and columns', () => {
    const extraction = extract(source, 'text');
    expect(find(extraction, 'Attain White Ribbon').position).toEqual({ line: 8, column: 4 });
    expect(find(extraction, 'Communicate clearly').position).toEqual({ line: 9, column: 4 });
    expect(find(extraction, 'Establish a scrutiny').position).toEqual({ line: 12, column: 4 });
  });
});

describe('lost lists', () => {
  it('warns, with its line, about a lead-in followed by prose instead of a list', () => {
    const extraction = extract('We will:\nA strong theme has emerged from the survey of residents.\n', 'text');
    expect(extraction.warnings).toHaveLength(1);
    expect(extraction.warnings[0]).toMatchObject({ rule: 'lost-list', line: 1, column: 1 });
    expect(extraction.warnings[0]!.message).toContain('"We will:"');
  });

  it('points at the lead-in sentence inside a longer line', () => {
    const line = 'Some context comes first. In response to this we will:';
    const extraction = extract(`${line}\nA strong theme has emerged from the survey of residents.\n`, 'text');
    expect(extraction.warnings.map(({ rule, line: at, column }) => ({ rule, line: at, column }))).toEqual([
      { rule: 'lost-list', line: 1, column: line.indexOf('In response') + 1 },
    ]);
  });

  it('warns about a lead-in at the very end of the document', () => {
    const extraction = extract('We will patrol the parks at night.\n\nIn doing so we will:\n');
    expect(extraction.warnings).toMatchObject([{ rule: 'lost-list', line: 3, column: 1 }]);
  });

  it('warns about a lead-in followed by a heading', () => {
    const extraction = extract('# Title\n\nThose include:\n\n## Next section\n\nWe will patrol the parks at night.\n');
    expect(extraction.warnings).toMatchObject([{ rule: 'lost-list', line: 3, column: 1 }]);
  });

  // In plain text a line right after the last bullet is prose, not the bullet's markdown "lazy"
  // continuation: it must not be glued onto the bullet, and a lead-in in it must still be seen.
  it('keeps a prose line that follows a list in plain text out of the last bullet', () => {
    const source = [
      'To do this we will:',
      '- Review all allegations quickly.',
      '- Publish the vetting policy.',
      'The force has seen many changes this year.',
      'We will:',
      'A strong theme has emerged from the survey.',
      '',
    ].join('\n');
    const extraction = extract(source, 'text');
    expect(extraction.commitments.map((commitment) => commitment.text)).toEqual([
      'Review all allegations quickly.',
      'Publish the vetting policy.',
    ]);
    expect(extraction.warnings).toMatchObject([{ rule: 'lost-list', line: 5, column: 1 }]);
  });

  it('does not warn about a colon that introduces a quotation in the same paragraph', () => {
    const source = 'The plan was launched by the chief constable. She said: “We will patrol the parks at night.”\n';
    expect(extract(source, 'text').warnings).toEqual([]);
  });

  it('does not make the lead-in a commitment', () => {
    expect(extract('We will:\nA strong theme has emerged from the survey of residents.\n', 'text').commitments).toEqual([]);
  });
});

describe('strength', () => {
  const source = [
    'Seek to expand the reach of our communications on VAWG.',
    'Continue to develop the integrated offender management cohort.',
    'Where appropriate, we will apply for protection orders.',
    'We will apply for protection orders in every case.',
    '',
  ].join('\n');

  it('reads "Seek to" as aspirational, "Continue to" as ongoing, "where appropriate" as conditional, and a plain promise as firm', () => {
    const extraction = extract(source, 'text');
    expect(extraction.commitments.map((commitment) => [commitment.text.split(' ').slice(0, 2).join(' '), commitment.strength])).toEqual([
      ['Seek to', 'aspirational'],
      ['Continue to', 'ongoing'],
      ['Where appropriate,', 'conditional'],
      ['We will', 'firm'],
    ]);
  });

  it("gives an item its own verb's strength, and otherwise its lead-in's", () => {
    const strengths = (leadIn: string, item: string): string[] =>
      extract(`${leadIn}\n\n- ${item}\n`).commitments.map((commitment) => commitment.strength);
    expect(strengths('We will:', 'Explore options for a new scheme.')).toEqual(['aspirational']);
    expect(strengths('We will:', 'Continue to fund the helpline.')).toEqual(['ongoing']);
    expect(strengths('We will:', 'Fund the helpline.')).toEqual(['firm']);
    expect(strengths('To do this we will continue to:', 'Review all current allegations.')).toEqual(['ongoing']);
    expect(strengths('Where possible we will:', 'Review all current allegations.')).toEqual(['conditional']);
    expect(strengths('To do this we will continue to:', 'Seek to review all current allegations.')).toEqual(['aspirational']);
  });
});

describe('ids', () => {
  it('are the slug and a hash of the text: the same text gives the same id, a repeat gets a suffix', () => {
    const ids = assignIds('kent', ['We will act on every report.', 'We will act on every report.', 'We will patrol the parks.']);
    expect(ids[0]).toMatch(/^kent-[0-9a-f]{8}$/);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[2]).toMatch(/^kent-[0-9a-f]{8}$/);
    expect(ids[2]).not.toBe(ids[0]);
    expect(assignIds('kent', ['We will patrol the parks.'])).toEqual([ids[2]]);
  });

  it('ignore case, spacing and quote style, but not the force', () => {
    const [plain] = assignIds('kent', ["We will apply Clare's Law."]);
    expect(assignIds('kent', ['We  will apply  CLARE’S law.'])).toEqual([plain]);
    expect(assignIds('dorset', ["We will apply Clare's Law."])[0]).not.toBe(plain);
  });

  it('are stable across runs and suffixed for repeated commitments in a document', () => {
    const source = 'We will act on every report.\nWe will act on every report.\n';
    const first = extract(source, 'text', 'kent').commitments.map((commitment) => commitment.id);
    const second = extract(source, 'text', 'kent').commitments.map((commitment) => commitment.id);
    expect(first).toEqual(second);
    expect(first).toHaveLength(2);
    expect(first[1]).toBe(`${first[0]}-2`);
  });
});

describe('named initiatives and powers', () => {
  it('records powers by their canonical names, plurals and nicknames included, sorted', () => {
    expect(namedEntities("We will use Stalking Protection Orders and Clare's Law.")).toEqual({
      initiatives: [],
      powers: ['Domestic Violence Disclosure Scheme', 'Stalking Protection Order'],
    });
  });

  it('records initiatives and acronyms', () => {
    expect(namedEntities('We will join Operation Soteria and work with IDVAs and MARAC.')).toEqual({
      initiatives: ['Independent Domestic Violence Adviser', 'MARAC', 'Operation Soteria'],
      powers: [],
    });
  });

  it('does not take ordinary words for named things', () => {
    expect(namedEntities('We will encompass every order of business, in order to drive change.')).toEqual({ initiatives: [], powers: [] });
  });

  // Entities are matched by their aliases only, so the verb "thrive" is not the THRIVE risk model.
  it('does not take the verb "thrive" for the THRIVE risk model', () => {
    expect(namedEntities('Make the force a place where women thrive at work, free from prejudice.').initiatives).not.toContain('THRIVE');
  });

  it('takes the THRIVE model when it is named as one', () => {
    expect(namedEntities('We will respond in line with the THRIVE model in all cases.').initiatives).toEqual(['THRIVE']);
  });

  it('are written on the commitment only when there are some', () => {
    const extraction = extract('We will use Stalking Protection Orders in every eligible case.\n\nWe will patrol the parks at night.\n');
    expect(find(extraction, 'We will use').powers).toEqual(['Stalking Protection Order']);
    expect(find(extraction, 'We will use').initiatives).toBeUndefined();
    expect(find(extraction, 'We will patrol')).not.toHaveProperty('powers');
    expect(find(extraction, 'We will patrol')).not.toHaveProperty('initiatives');
  });
});

describe('sections and title', () => {
  it('takes a leading top-level heading as the title and the headings above a commitment as its section', () => {
    const extraction = extract(
      '# Our Strategy\n\n## Pursuit\n\n### Powers\n\nWe will use every power we have.\n\n## Spaces\n\nWe will patrol the parks at night.\n',
    );
    expect(extraction.title).toBe('Our Strategy');
    expect(find(extraction, 'We will use').section).toEqual(['Pursuit', 'Powers']);
    expect(find(extraction, 'We will patrol').section).toEqual(['Spaces']);
  });

  it('leaves actions empty for the classifier', () => {
    expect(extract('We will patrol the parks at night.\n').commitments[0]!.actions).toEqual([]);
  });

  it('points a sentence in the middle of a paragraph at its own column', () => {
    const line = 'Stalking is a serious crime. We will patrol the parks at night.';
    const extraction = extract(`${line}\n`);
    expect(find(extraction, 'We will patrol').position).toEqual({ line: 1, column: line.indexOf('We will') + 1 });
  });

  // A sentence is found in the source by its first words even when a line break or markup splits them,
  // and the search starts after the previous sentence, so it gets its own column.
  it('points a second sentence broken over two lines at its own column', () => {
    const source = 'We will act on every report. We will also\nreview the plan every year.\n';
    const extraction = extract(source, 'text');
    expect(find(extraction, 'We will also').position).toEqual({ line: 1, column: source.indexOf('We will also') + 1 });
  });

  it('points a second sentence with a link in it at its own column', () => {
    const source = 'We will act on every report. We will also [review](https://example.org) the plan every year.\n';
    const extraction = extract(source);
    expect(find(extraction, 'We will also').position).toEqual({ line: 1, column: source.indexOf('We will also') + 1 });
  });
});
