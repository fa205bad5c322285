/**
 * Shapes of document that decide whose a unit is or whether there is one: a title addressed to a body
 * ("Response to HMICFRS"), an author declared in front matter, a subject that joins the force with another
 * body, letter-numbered lines in markdown, and a hyphenated gerund after an opening verb.
 */
import { describe, expect, it } from 'vitest';
import { extractCommitments, type Extraction } from '../../src/extract/index.ts';
import { withoutAddressee } from '../../src/extract/speakers.ts';
import { ingestText } from '../../src/ingest/index.ts';

const FORCE = { name: 'Oakford Police', slug: 'oakford' };

function read(markdown: string): Extraction {
  return extractCommitments(ingestText(markdown, 'plan.md', 'markdown'), FORCE);
}

function summary(extraction: Extraction): string[] {
  return [
    ...extraction.commitments.map((unit) => `force ${unit.position.line} ${unit.text}`),
    ...extraction.statements.map((unit) => `${unit.voice} ${unit.position.line} ${unit.text}`),
  ];
}

describe('titles and headings addressed to a body', () => {
  it('drops the body a title is addressed to, and keeps one that speaks', () => {
    expect(withoutAddressee('Response to HMICFRS: PEEL 2025')).toBe('Response  : PEEL 2025');
    expect(withoutAddressee('Report to the Police and Crime Panel').trim()).toBe('Report');
    expect(withoutAddressee('A message from the Commissioner')).toBe('A message from the Commissioner');
    expect(withoutAddressee('Self-assessment against the NPCC framework: 2025').trim()).toBe('Self-assessment  : 2025');
  });

  it("reads a force's response to the inspectorate as the force's", async () => {
    const extraction = read(
      ['# Oakford Police', '## Response to HMICFRS: PEEL inspection', '', 'We will audit 50 domestic abuse cases a month.', ''].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 4 We will audit 50 domestic abuse cases a month.']);
  });
});

describe('an author declared in front matter', () => {
  it("reads a commissioner's plan as the commissioner's, and a pledge the force shares as the force's", async () => {
    const extraction = read(
      [
        '---',
        'author: Office of the Police and Crime Commissioner for Oakford',
        '---',
        '# Safer streets',
        '',
        'I will fund two more refuge places.',
        '',
        'The force and my office will jointly commission a review of stalking cases.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 8 The force and my office will jointly commission a review of stalking cases.',
      'pcc 6 I will fund two more refuge places.',
    ]);
  });
});

describe('letter-numbered lines in markdown', () => {
  it('reads each "a." and "(b)" line under a lead-in as an item on its own line', async () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'The force will:',
        '',
        'a. audit 50 incidents a month;',
        'b. train every response officer;',
        '(c) publish the results.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => [unit.position.line, unit.text])).toEqual([
      [5, 'audit 50 incidents a month;'],
      [6, 'train every response officer;'],
      [7, 'publish the results.'],
    ]);
  });

  it('leaves a single lettered line in prose alone', async () => {
    const extraction = read(['# Oakford Police', '', 'a. m. patrols will start in May.', ''].join('\n'));
    expect(extraction.commitments.map((unit) => unit.position.column)).toEqual([1]);
  });
});

describe('an opening verb before a hyphenated gerund', () => {
  it('takes "Complete the re-vetting of ..." in an action column for an imperative', async () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '| Action | Lead |',
        '| --- | --- |',
        '| Complete the re-vetting of all officers in the unit | Head of Vetting |',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => [unit.text, unit.owner])).toEqual([
      ['Complete the re-vetting of all officers in the unit', 'Head of Vetting'],
    ]);
  });
});

describe('bylines, run-in headings, contact clauses and presentatives', () => {
  it("reads a report whose byline names the panel it is addressed to and a force author as the force's", () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '*Report to the Oakford Police and Crime Panel · Author: Detective Chief Superintendent Jo Bloggs, Head of Public Protection*',
        '',
        'We will publish a summary of these outcomes every six months.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 5 We will publish a summary of these outcomes every six months.']);
  });

  it('takes a bold run-in heading for a heading, not a sentence, and a quoted title for no speech', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '**Trust and confidence.** Every officer completed the “Not On Our Watch” culture module by January. We will repeat it every year.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 3 We will repeat it every year.']);
    expect(extraction.commitments[0]!.section).toContain('Trust and confidence');
  });

  it('reads a clause that describes a noun, and "here is what I will do", as committing nobody', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'The organisation we want to become is one where women are listened to.',
        '',
        'So here is what I will do.',
        '',
        'We will publish the standards of behaviour we want to see from every supervisor.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 7 We will publish the standards of behaviour we want to see from every supervisor.']);
    expect(extraction.commitments[0]!.strength).toBe('firm');
  });
});

describe('reported speech', () => {
  it("keeps another body's reported pledge as its statement, and the force's own reported pledge as the force's", () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'The Commissioner has said that she will examine the charge rate in October.',
        '',
        'The force has said it will publish every misconduct outcome.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 The force has said it will publish every misconduct outcome.',
      'pcc 3 The Commissioner has said that she will examine the charge rate in October.',
    ]);
  });

  it('reads a "would" reported in the past as the pledge that was made, and a present report as no pledge', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Oakford District Council said it would spend £85,000 on better lighting.',
        '',
        'The council says it would welcome more funding.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['partner 3 Oakford District Council said it would spend £85,000 on better lighting.']);
  });
});

describe('a non-restrictive relative clause', () => {
  it('reads ", which will ..." as a statement of its antecedent, when that is a body, and of nobody otherwise', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'The Commissioner runs an independent scrutiny panel, which will examine a sample of closed rape cases each year.',
        '',
        'Reports rose by a fifth, which will put pressure on our teams.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'other 3 The Commissioner runs an independent scrutiny panel, which will examine a sample of closed rape cases each year.',
    ]);
  });
});

describe('the reader addressed in the second person', () => {
  it('reads what the reader is promised as a commitment, and what the reader is asked to do as none', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'We will contact you within 24 hours of your report.',
        '',
        'You will receive a call from an officer within a day.',
        '',
        'If we decide not to charge, we will explain how to ask for a review.',
        '',
        'You can call 101 at any time, or contact us online.',
        '',
        'You will need to give a statement.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 We will contact you within 24 hours of your report.',
      'force 5 You will receive a call from an officer within a day.',
      'force 7 If we decide not to charge, we will explain how to ask for a review.',
    ]);
  });
});

describe("a chief officer's instruction and a priority after a relative clause", () => {
  it("reads an instruction to the force's own people as the force's commitment, and one to another body as nothing", () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'I have asked my officers to treat every breach of a protection order as an arrest.',
        '',
        'I have asked the Commissioner to fund more advisers.',
        '',
        'Rooting out officers and staff who abuse women is the first priority of the force’s improvement board.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 I have asked my officers to treat every breach of a protection order as an arrest.',
      'force 7 Rooting out officers and staff who abuse women is the first priority of the force’s improvement board.',
    ]);
  });
});

describe('a simple present under a heading of milestones', () => {
  it("reads a plan's or the force's scheduled present as the heading's commitment, and a fact about the world as none", () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '## Quarterly milestones',
        '',
        '- Q1 (April–June): the new performance dashboard goes live on the force intranet.',
        '- Q2 (July–September): reports of stalking usually increase over the summer.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 5 Q1 (April–June): the new performance dashboard goes live on the force intranet.']);
  });
});

describe('subjects, names and objects that decide a sentence', () => {
  it('reads the subject after a leading phrase, what we own by its head, a deadline, a person given, and a priority of this force', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'From April 2026 every officer will be re-vetted every five years.',
        '',
        'Our schools officers will deliver consent lessons in every secondary school.',
        '',
        'By March 2026 every officer will have completed upstander training.',
        '',
        'By then the changes will have had an impact on victims.',
        '',
        'Every victim of rape will have a named officer.',
        '',
        'Victims will have more confidence in the police.',
        '',
        'Tackling violence against women and girls is now the first priority of this force.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 From April 2026 every officer will be re-vetted every five years.',
      'force 5 Our schools officers will deliver consent lessons in every secondary school.',
      'force 7 By March 2026 every officer will have completed upstander training.',
      'force 11 Every victim of rape will have a named officer.',
      'force 15 Tackling violence against women and girls is now the first priority of this force.',
    ]);
  });

  it('reads a name in title case as the subject, not an imperative, and a paragraph asking the reader to download as nothing', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Ask for Angela now runs in 140 venues across the county.',
        '',
        'Project Vigilant ran on 22 of 26 planned nights.',
        '',
        'Download the plan (PDF, 1.1MB).',
        '',
        '## Actions',
        '',
        '- Send a text update to every rape victim within 24 hours',
        '- Extend Project Vigilant to the railway station',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 11 Send a text update to every rape victim within 24 hours',
      'force 12 Extend Project Vigilant to the railway station',
    ]);
  });

  it('leaves out a sentence that only counts the list that follows', () => {
    const extraction = read(['# Oakford Police', '', 'In 2026 the force will concentrate on three things.', ''].join('\n'));
    expect(summary(extraction)).toEqual([]);
  });
});

describe('a plan on a page: a table whose first column labels its rows', () => {
  it('reads each item of a "What we will do" cell as a commitment, a measured target as firm, an aim as aspirational, and desired states as none', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '| | Trust | Pursuit |',
        '| --- | --- | --- |',
        '| **Our aims** | Women feel confident to report<br>To put victims at the heart of every investigation | Fewer women harmed by repeat offenders |',
        '| **What we will do** | Re-vet every officer in a safeguarding role<br>Set up a survivors’ panel | Target the 30 most harmful perpetrators each month |',
        '| **How we will know** | Charge rate for adult rape | 90% of victims offered an ISVA within 24 hours |',
        '',
        'Reports rose by a fifth last year.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 To put victims at the heart of every investigation',
      'force 6 Re-vet every officer in a safeguarding role',
      'force 6 Set up a survivors’ panel',
      'force 6 Target the 30 most harmful perpetrators each month',
      'force 7 90% of victims offered an ISVA within 24 hours',
    ]);
    expect(extraction.commitments.find((unit) => unit.text.startsWith('To put'))!.strength).toBe('aspirational');
  });
});

describe('promises to the person reporting', () => {
  it('reads services promised to the reader, a wish, a hedge and a condition that only widens the promise', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Your officer in the case will contact you at least every 28 days, or more often if you ask.',
        '',
        'We will only ask for what is relevant, and we will explain why we need it.',
        '',
        'Where someone tells us they have been spiked, officers will arrange a test that night.',
        '',
        'I’d like to run a safety walk with the women’s centre before Christmas.',
        '',
        '## Actions',
        '',
        '- Work towards White Ribbon accreditation',
        '',
      ].join('\n'),
    );
    const strengths = extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength}`);
    expect(strengths).toEqual(['3 firm', '5 firm', '7 conditional', '9 aspirational', '13 aspirational']);
  });
});

describe('targets, indicators and directory entries', () => {
  it('reads a measured target as firm, and an indicator, a desired state and a directory entry as none', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '## What success will look like',
        '',
        '- Every victim of rape offered an ISVA within 24 hours',
        '- Number of StreetSafe reports from the two town centres',
        '- A workforce in which misogyny has no place',
        '- StreetSafe reports and the action taken on each',
        '',
        '## Support',
        '',
        '- Oakford SARC: open 24 hours, 0300 000 0000',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 5 Every victim of rape offered an ISVA within 24 hours']);
  });
});

describe('a "where" clause that describes the subject', () => {
  it('reads the noun before "where" as the subject of the verb after the clause', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Public places where women feel unsafe will also get sustained attention from our neighbourhood teams.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 Public places where women feel unsafe will also get sustained attention from our neighbourhood teams.',
    ]);
  });
});

describe('whose priority, intention or aim a sentence states', () => {
  it('reads a priority for us or for the Constabulary, a priority made, and an intention after "it is", but not a priority of policing at large', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Tackling stalking remains a key priority for us.',
        '',
        'Stalking is a top priority for the Constabulary.',
        '',
        'Oakford Police has made tackling violence against women and girls one of its three strategic priorities.',
        '',
        'We have made good progress on our priorities.',
        '',
        'It is our intention to publish a progress report every six months.',
        '',
        'It is our commitment to victims that matters most.',
        '',
        'The NPCC is clear that tackling violence against women and girls is a priority for policing, under the leadership of a Deputy Chief Constable.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 ongoing Tackling stalking remains a key priority for us.',
      '5 firm Stalking is a top priority for the Constabulary.',
      '7 firm Oakford Police has made tackling violence against women and girls one of its three strategic priorities.',
      '11 firm It is our intention to publish a progress report every six months.',
    ]);
  });
});

describe('the turns of a transcript', () => {
  it("reads each turn in the voice its speaker's role gives, a name alone by the role given before, and a name never given a role as the document's", () => {
    const extraction = read(
      [
        '# Oakford Radio: phone-in transcript',
        '',
        '**JO REILLY (presenter):** We will hold you to that, Chief Constable.',
        '',
        '**SARAH OKAFOR (Chief Constable):** We will publish our charge rate every quarter.',
        '',
        '**CARL AINSWORTH (Police and Crime Commissioner, recorded):** I will fund two more advocates.',
        '',
        '**JO REILLY:** We will be back after the news.',
        '',
        '**SARAH OKAFOR:** And we will open a stalking clinic in the spring.',
        '',
        '**MIKE:** I will tell my daughter.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 We will publish our charge rate every quarter.',
      'force 11 And we will open a stalking clinic in the spring.',
      'force 13 MIKE: I will tell my daughter.',
      'other 3 We will hold you to that, Chief Constable.',
      'pcc 7 I will fund two more advocates.',
      'other 9 We will be back after the news.',
    ]);
  });
});

describe('a capture of social media posts', () => {
  it("reads each post in the voice of the account that posted it, a repost in the reposted account's, and a thread's numbering as numbering", () => {
    const extraction = extractCommitments(
      ingestText(
        [
          'Oakford Police @OakfordPolice · 24 Nov 2025 08:00',
          "(1/2) It's #VAWGWeek. Last year we took 9,000 domestic abuse reports.",
          'Oakford Police @OakfordPolice · 24 Nov 2025 08:01',
          "(2/2) And we'll publish our arrest figures right here on Friday.",
          "🔁 Oakford Police reposted · Oakford Women's Aid @OakfordWA · 24 Nov 2025 10:30",
          'Our outreach van will be at the university on Wednesday.',
          'jess 🌻 @jess_k_88 · 25 Nov 2025 20:41',
          'I will never walk through that park again.',
          'Oakford Police – Northgate NPT @OP_Northgate · 25 Nov 2025 21:04 · Replying to @jess_k_88',
          "We'll be doing foot patrols in the park every evening this week.",
          '',
        ].join('\n'),
        'thread.txt',
        'text',
      ),
      FORCE,
    );
    expect(summary(extraction)).toEqual([
      "force 4 And we'll publish our arrest figures right here on Friday.",
      "force 10 We'll be doing foot patrols in the park every evening this week.",
      'partner 6 Our outreach van will be at the university on Wednesday.',
      'other 8 I will never walk through that park again.',
    ]);
  });
});

describe('reasons, refusals in the first person, and possibilities explored', () => {
  it('reads "that is why we will", "I\'m not going to tolerate" and an option being explored, but not an idiom of candour', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'That is why we will publish our data every quarter.',
        '',
        "It's exactly why we're putting more officers into the night-time economy.",
        '',
        "I'm not going to tolerate sexist behaviour in this force.",
        '',
        "I'm not going to dress this up.",
        '',
        "Options for a Women's Safety Advisory Group are being explored with the OPCC.",
        '',
        'The feasibility of a second Sexual Assault Referral Centre will be explored next year.',
        '',
        'Every case will be considered for a protection order.',
        '',
        'We know why women do not report.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 firm That is why we will publish our data every quarter.',
      "5 ongoing It's exactly why we're putting more officers into the night-time economy.",
      "7 firm I'm not going to tolerate sexist behaviour in this force.",
      "11 aspirational Options for a Women's Safety Advisory Group are being explored with the OPCC.",
      '13 aspirational The feasibility of a second Sexual Assault Referral Centre will be explored next year.',
      '15 firm Every case will be considered for a protection order.',
    ]);
  });
});

describe('appeals for information', () => {
  it('reads a wish to speak to or hear from somebody as an appeal, and a wish to do something as an aim', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Officers would like to speak to a man in a dark grey hooded top who was seen nearby.',
        '',
        'Detectives want to trace the driver of a blue van.',
        '',
        'We would like to open a second hub next year.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '7 aspirational We would like to open a second hub next year.',
    ]);
  });
});

describe('the status column of an action plan', () => {
  it('reads a finished row as progress, a row in hand as ongoing, and a row under consideration as an aim', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '## Planned improvements',
        '',
        '| Improvement | Status | Timescale |',
        '| --- | --- | --- |',
        '| Re-vet every officer in the Public Protection Unit | Complete | Sep 2025 |',
        '| Introduce a single perpetrator identifier across crime records | In progress | Q2 2026 |',
        '| A dedicated stalking unit, based on the Northgate pilot | Under consideration | To be decided |',
        '| Deliver active bystander training to every sergeant | Approved | December 2025 |',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '8 ongoing Introduce a single perpetrator identifier across crime records',
      '9 aspirational A dedicated stalking unit, based on the Northgate pilot',
      '10 firm Deliver active bystander training to every sergeant',
    ]);
  });
});

describe('targets named as such, and labels that name commitments', () => {
  it('reads "our target is (for ...) to ..." as a firm target, and what follows "Next step:" or "Our promise:" as a commitment', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Our target is to reduce repeat victimisation by 10% by 2026.',
        '',
        "The force's target is for every RASSO investigator to hold PIP2 accreditation by March 2027.",
        '',
        'Our targets are set out in the appendix.',
        '',
        'Next step: active bystander training for every sergeant and inspector by March.',
        '',
        'Our promise for the week ahead: extra patrols in the city centre on Friday and Saturday nights.',
        '',
        'Background: the county has 1.2 million residents.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 firm Our target is to reduce repeat victimisation by 10% by 2026.',
      "5 firm The force's target is for every RASSO investigator to hold PIP2 accreditation by March 2027.",
      '9 firm Next step: active bystander training for every sergeant and inspector by March.',
      '11 firm Our promise for the week ahead: extra patrols in the city centre on Friday and Saturday nights.',
    ]);
  });
});

describe('work going on in the passive, and a verb that only opens what is said', () => {
  it('reads "is being added" as ongoing work, and "Look, we have got to ..." as no imperative', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        "A stalking screening checklist is being added to the Force Control Room's risk assessment.",
        '',
        'Look, we have got to earn back trust, I know that.',
        '',
        '- Review, and update, our vetting policy.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      "3 ongoing A stalking screening checklist is being added to the Force Control Room's risk assessment.",
      '7 firm Review, and update, our vetting policy.',
    ]);
  });
});

describe('a condition that names another body agreeing', () => {
  it('reads "Subject to the OPCC agreeing to fund it, we will ..." as conditional, the gerund committing nobody', () => {
    const extraction = read(
      ['# Oakford Police', '', 'Subject to the OPCC agreeing to fund it, we will commission an evaluation.', ''].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 conditional Subject to the OPCC agreeing to fund it, we will commission an evaluation.',
    ]);
    expect(extraction.statements).toEqual([]);
  });
});

describe('an item whose noun a gerund describes', () => {
  it('reads "a performance report covering ..." under a lead-in as an item, not as talk about the text', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'At every quarterly meeting the force will present:',
        '',
        '- a VAWG performance report covering recorded crime, charge rates and repeat victims;',
        '- the findings of its quarterly dip sample of 30 rape investigations.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.text}`)).toEqual([
      '5 a VAWG performance report covering recorded crime, charge rates and repeat victims;',
      '6 the findings of its quarterly dip sample of 30 rape investigations.',
    ]);
  });
});

describe('a lead-in after a run-in heading, and a quotation signed after a dash', () => {
  it('keeps the lead-in out of the units, and reads a quotation in the voice of the person named after its dash', () => {
    const extraction = read(
      [
        '# Safer Streets bid',
        '',
        '**Oakford Police (delivery partner).** The force ran the last project. If the bid is successful, Oakford Police will:',
        '- put a night-time patrol into the town centre every Friday;',
        '- introduce Project Vigilant to Selwick.',
        '',
        '> “We will put officers where women tell us they feel unsafe.” – Chief Superintendent Owen Aldred, Oakford Police',
        '',
        '> “I will make sure the money reaches the places women have told us about.” – Dawn Kettley, Police and Crime Commissioner',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 4 put a night-time patrol into the town centre every Friday;',
      'force 5 introduce Project Vigilant to Selwick.',
      'force 7 We will put officers where women tell us they feel unsafe.',
      'pcc 9 I will make sure the money reaches the places women have told us about.',
    ]);
  });
});

describe('a second predicate sharing its subject, and a need stated with "it is vital that"', () => {
  it('reads "We recognise the need ... and will act" as ours, and "It is vital that we continue ..." as a need', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'We recognise the need to improve and will act on every recommendation.',
        '',
        'It is vital that we continue to work with partners.',
        '',
        'We will continue to work with partners, which is vital.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 firm We recognise the need to improve and will act on every recommendation.',
      '7 ongoing We will continue to work with partners, which is vital.',
    ]);
  });
});

describe('multi-agency plans and response tables', () => {
  it("reads each row of a multi-agency plan in its agency's voice, and a finished outcome as progress", () => {
    const extraction = read(
      [
        '# Domestic Homicide Review: action plan',
        '',
        '| Rec | Agency | Action | Target date | Outcome |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | Oakford Police | Require a supervisor to review every DASH risk assessment | September 2024 | Completed August 2024 |',
        '| 1 | Oakford Police | Dip-sample 30 domestic abuse incident records each month | Ongoing | Reported to the board |',
        '| 2 | Oakford Borough Council Housing Service | Stop closing transfer applications for a missed appointment | March 2025 | |',
        '| 3 | Oakford Police and the council | Flag the addresses of high-risk victims on both systems | June 2025 | |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 6 Dip-sample 30 domestic abuse incident records each month',
      'force 8 Flag the addresses of high-risk victims on both systems',
      'partner 7 Stop closing transfer applications for a missed appointment',
    ]);
  });

  it("reads the force's response column of a recommendations table, not the recommendation", () => {
    const extraction = read(
      [
        '# Oakford Police: response to the super-complaint',
        '',
        '| No. | Recommendation | Oakford Police response | Status |',
        '| --- | --- | --- | --- |',
        '| 1 | Chief constables should publish their figures every year. | We shall publish annual figures from April 2026. | Accepted |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 5 We shall publish annual figures from April 2026.']);
  });
});

describe('an opening phrase with a relative clause, a deadline by season, a continued passive, and what others will not do', () => {
  it('reads each as an analyst would', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'For men on that list who genuinely want to stop, the Constabulary intends to offer a place on the Drive programme, where funding allows.',
        '',
        'By the summer, every one of our officers and staff will have done active bystander training.',
        '',
        'Victims will continue to be offered an adviser on the day they first speak to us.',
        '',
        'I know that some women reading this will not trust us.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 conditional For men on that list who genuinely want to stop, the Constabulary intends to offer a place on the Drive programme, where funding allows.',
      '5 firm By the summer, every one of our officers and staff will have done active bystander training.',
      '7 ongoing Victims will continue to be offered an adviser on the day they first speak to us.',
    ]);
  });
});

describe('an imperative in prose told to the reader about somebody', () => {
  it('reads "tell him it is not funny" as advice to the reader, and an item "Tell every victim ..." as the force\'s', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'If a mate shares a photo of a woman that she never agreed to share, tell him it is not funny.',
        '',
        'We will:',
        '',
        '- tell every victim about the Victims’ Code at first contact.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.text}`)).toEqual([
      '7 tell every victim about the Victims’ Code at first contact.',
    ]);
  });
});

describe('a transcript with a cast list and timestamps', () => {
  it("gives each name the voice of its role in the cast list, and a closing credit does not outrank the speakers' labels", () => {
    const extraction = read(
      [
        '# Webinar transcript',
        '',
        "**Panel:** Jo Bell, chief executive of Oakford Women's Aid (chair); Chief Inspector Sam Reid, Oakford Police; Dan Hale, Community Safety Manager, Oakford City Council.",
        '',
        '**[00:01:10] JO BELL:** We will hold you to that.',
        '',
        '**[00:03:05] SAM REID:** We will publish our charge rate every quarter.',
        '',
        '**[00:05:40] DAN HALE:** We will light the towpath by March.',
        '',
        '*Transcript prepared by Oakford Police Corporate Communications.*',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 7 We will publish our charge rate every quarter.',
      'partner 5 We will hold you to that.',
      'partner 9 We will light the towpath by March.',
    ]);
  });
});

describe('subjects, labels and footers in reports and leaflets', () => {
  it('reads a member of our unit, a plan the tagger took for a noun, a bare verb after "will ... and", an aim label, a measured aim and a unit\'s aim', () => {
    const extraction = read(
      [
        '# Oakford Police: what happens next',
        '',
        'A specialist from our Stalking Safeguarding Team will phone you within two working days.',
        '',
        'The MATAC team plans to widen its cohort to include stalking perpetrators from July.',
        '',
        'I will come back to the board in May with the same figures and tell you what we changed.',
        '',
        '- Aim: Ask for Angela in all 58 licensed premises by Christmas',
        '',
        'Our aim is an adult rape charge rate of 12% by March 2027.',
        '',
        'My team aim to meet every victim in person within 48 hours of a report.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 firm A specialist from our Stalking Safeguarding Team will phone you within two working days.',
      '5 firm The MATAC team plans to widen its cohort to include stalking perpetrators from July.',
      '7 firm I will come back to the board in May with the same figures and tell you what we changed.',
      '9 aspirational Aim: Ask for Angela in all 58 licensed premises by Christmas',
      '11 aspirational Our aim is an adult rape charge rate of 12% by March 2027.',
      '13 aspirational My team aim to meet every victim in person within 48 hours of a report.',
    ]);
  });

  it("returns to the force's voice after another body's topic, and a copyright line or an email address signs nothing", () => {
    const extraction = read(
      [
        '# Oakford Police annual report',
        '',
        '## Pursuit',
        '',
        'The Home Office has said that DAPOs will be available to every force. Even so, we know we must do more.',
        '',
        '**Looking ahead.** The MATAC team will take on stalking perpetrators from July.',
        '',
        '## From the Police and Crime Commissioner',
        '',
        'I will fund a third adviser from April.',
        '',
        'Contact the VAWG team: vawg@oakford.police.example | © Oakford Police 2026',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 7 The MATAC team will take on stalking perpetrators from July.',
      'pcc 11 I will fund a third adviser from April.',
    ]);
  });
});

describe("requests of another body, and a partnership's byline", () => {
  it('reads the items of "I therefore ask the Government to:" as requests, and a list under "I have asked my officers to:" as the force\'s', () => {
    const extraction = read(
      [
        '# Letter to the Home Secretary',
        '',
        'I therefore ask the Government to:',
        '',
        '1. confirm VAWG funding for three years rather than one;',
        '2. meet the full cost of Domestic Abuse Protection Orders.',
        '',
        'I have asked my officers to:',
        '',
        '1. arrest for every breach of a protective order;',
        '2. review every open stalking case by March.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 10 arrest for every breach of a protective order;',
      'force 11 review every open stalking case by March.',
    ]);
  });

  it('gives a Violence Reduction Unit\'s own "we" the partnership\'s voice, beside what the force will do', () => {
    const extraction = read(
      [
        '# Chapter 4: violence against women and girls',
        '',
        '*Oakford Violence Reduction Unit · Serious Violence Strategy 2025–2028*',
        '',
        'We will fund a second year of outreach workers in the emergency department.',
        '',
        'Oakford Police will run Project Vigilant every Friday night.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 7 Oakford Police will run Project Vigilant every Friday night.',
      'partner 5 We will fund a second year of outreach workers in the emergency department.',
    ]);
  });
});

describe('a leaflet for victims', () => {
  it('keeps its promises to the reader, reads consent as a condition, and takes no directory entry, web address or advice for a promise', () => {
    const extraction = read(
      [
        '# Oakford Police: stalking',
        '',
        "You'll hear from us at least once a month about how your case is going.",
        '',
        'With your permission, we will pass your details on so that an advocate can call you.',
        '',
        'Oakford Stalking Advocacy Service: free, confidential help. Tel 01632 960418 (Mon to Fri, 9am to 5pm)',
        '',
        'In an emergency always call 999. Report non-emergencies on 101 or at oakford.police.uk/report.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      "3 firm You'll hear from us at least once a month about how your case is going.",
      '5 conditional With your permission, we will pass your details on so that an advocate can call you.',
    ]);
  });
});

describe('protocols, bulletins and evaluations', () => {
  it("reads a joint protocol's parties, numbered clauses run on from line to line, and new duties the force sets its people", () => {
    const extraction = read(
      [
        '# Joint protocol between Oakford Police and the CPS',
        '',
        '3.4 The police aim to submit a full file within 56 days of the first interview.',
        '3.5 Every file will be checked against the checklist at Annex B.',
        '3.6 The Constabulary shall ensure that every investigator has completed the course.',
        '',
        'Both parties will meet monthly at a Joint Case Review.',
        '',
        'From 1 March, all officers and staff must report any sexual harassment by a colleague.',
        '',
        'PSD will acknowledge every report within two working days.',
        '',
        'In the staff survey, only 46% of women said they would feel confident reporting a colleague.',
        '',
        'The Women’s Police Network will run drop-in sessions at every station during March.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 The police aim to submit a full file within 56 days of the first interview.',
      'force 4 Every file will be checked against the checklist at Annex B.',
      'force 5 The Constabulary shall ensure that every investigator has completed the course.',
      'force 7 Both parties will meet monthly at a Joint Case Review.',
      'force 9 From 1 March, all officers and staff must report any sexual harassment by a colleague.',
      'force 11 PSD will acknowledge every report within two working days.',
      'other 15 The Women’s Police Network will run drop-in sessions at every station during March.',
    ]);
  });

  it("reads the management response to each recommendation as the force's", () => {
    const extraction = read(
      [
        '# Evaluation of the stalking pilot',
        '',
        '| No. | The evaluators recommend that the force… | Management response | Timescale |',
        '| --- | --- | --- | --- |',
        '| R1 | extends the model to every district | Accepted – the force will appoint a coordinator in each district | April 2026 |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 5 Accepted – the force will appoint a coordinator in each district']);
  });
});

describe('evidence, articles and problem profiles', () => {
  it("reads a labelled byline, another force by its name, the force's place name as owner, an opening phrase before a plural verb, recommendations and finished decisions", () => {
    const extraction = read(
      [
        '# Oakford Police: written evidence to the Home Affairs Committee',
        '',
        '**Inquiry: Policing and violence against women and girls** · Written evidence submitted by Oakford Police · October 2025',
        '',
        'We will set up a Women’s Independent Advisory Group by spring 2026.',
        '',
        'Oxleigh Police will put officers on the last trains out of the city.',
        '',
        'Next term, Oakford’s schools officers will run sessions on consent in every sixth form.',
        '',
        'Under Soteria, our RASSO teams aim to bring the time from report to charge below 300 days.',
        '',
        'It is recommended that suspected spiking is prioritised for early toxicology.',
        '',
        '- refer the four private-hire drivers to their licensing authorities [done 25 Sept]',
        '- test every victim who reports suspected spiking within 72 hours, where the victim consents',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 We will set up a Women’s Independent Advisory Group by spring 2026.',
      'force 9 Next term, Oakford’s schools officers will run sessions on consent in every sixth form.',
      'force 11 Under Soteria, our RASSO teams aim to bring the time from report to charge below 300 days.',
      'force 16 test every victim who reports suspected spiking within 72 hours, where the victim consents',
      'other 7 Oxleigh Police will put officers on the last trains out of the city.',
    ]);
    expect(extraction.commitments.find((unit) => unit.position.line === 16)?.strength).toBe('conditional');
  });

  it("gives another force's officers, quoted in an article, that force's voice", () => {
    const extraction = read(
      [
        '# Forces step up action on spiking',
        '',
        'Caddon Water Constabulary is going further still. Its head of public protection, Detective Chief Superintendent Neil Rudd, said: “We are going to test the drinks. Every officer on a night shift will carry testing strips.”',
        '',
        'Superintendent Farah Qureshi of Oxleigh Police said: “We will put officers on the last trains.”',
        '',
        'Oakford Police will offer a urine test to everyone who reports spiking.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 7 Oakford Police will offer a urine test to everyone who reports spiking.',
      'other 3 We are going to test the drinks.',
      'other 3 Every officer on a night shift will carry testing strips.',
      'other 5 We will put officers on the last trains.',
    ]);
  });
});

describe('plans reported in an annual report', () => {
  it('reads work that continues, things planned or scheduled, and what is due to happen, but not a cause or a label', () => {
    const extraction = read(
      [
        '# Oakford Police annual report',
        '',
        'Work continues to embed the Soteria model across all teams.',
        '',
        'A second Sexual Assault Referral Centre is planned for 2026.',
        '',
        'The new hub is due to open in May.',
        '',
        'The rise in reports is due to better recording.',
        '',
        'The review was planned in 2023.',
        '',
        'Next update: Quarter 3, to the VAWG Board on 20 January 2026.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 ongoing Work continues to embed the Soteria model across all teams.',
      '5 firm A second Sexual Assault Referral Centre is planned for 2026.',
      '7 firm The new hub is due to open in May.',
    ]);
  });
});

describe('pseudo-clefts', () => {
  it('reads "What we are doing is ..." and "What we\'re going to do now is, um, ..." as the clause they put in focus', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'What we are doing is checking every officer against the Police National Database.',
        '',
        "What we're going to do now is, um, publish the outcome of every misconduct hearing.",
        '',
        'What we did last year was open a hub.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 ongoing What we are doing is checking every officer against the Police National Database.',
      "5 firm What we're going to do now is, um, publish the outcome of every misconduct hearing.",
    ]);
  });
});

describe('participles that describe a noun', () => {
  it('reads past a priority "set by" somebody, a noun "set out below", and a condition before a named subject\'s plan', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Tackling violence against women and girls is one of three force priorities set by Chief Constable Rachel Moss.',
        '',
        'Despite the pressures set out below, the Constabulary remains committed to delivering every action in the plan.',
        '',
        'Where funding allows, Oakford Police plans to extend the Drive programme to Fernley.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength} ${unit.text}`)).toEqual([
      '3 firm Tackling violence against women and girls is one of three force priorities set by Chief Constable Rachel Moss.',
      '5 ongoing Despite the pressures set out below, the Constabulary remains committed to delivering every action in the plan.',
      '7 conditional Where funding allows, Oakford Police plans to extend the Drive programme to Fernley.',
    ]);
  });
});

describe("an advisory group's report on the force", () => {
  it("reads the group's own we as the group's, the force's reported plans and its response column as the force's", () => {
    const extraction = read(
      [
        '# Oakford Independent Advisory Group: Annual Report 2025',
        '',
        'The force has since told us that a new case-tracking system is being built.',
        '',
        'Next year we will sample 40 closed rape files.',
        '',
        '| No. | We recommended | Force response |',
        '| --- | --- | --- |',
        '| 1 | Train call handlers on coercive control | Coercive control will be added to the refresher training in 2026. |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 3 The force has since told us that a new case-tracking system is being built.',
      'force 9 Coercive control will be added to the refresher training in 2026.',
      'other 5 Next year we will sample 40 closed rape files.',
    ]);
  });
});

describe('improvement plans in plain text and markdown', () => {
  it('reads a subtitle under the title, a workstream heading its items, status markers, assignees and a measures list', () => {
    const extraction = extractCommitments(
      ingestText(
        [
          'OAKFORD POLICE',
          'Rape and Serious Sexual Offences Improvement Plan, April 2026 to March 2028',
          '',
          '1. WORKSTREAMS',
          '',
          '- Workstream A: Suspect-focused investigation. Lead: DCI Paul Oduya',
          '  * Every adult rape investigation to follow the Soteria approach (by June 2026)',
          '  * Recruit 14 more detectives (by March 2026) - Complete',
          '  * Supervisors to review every open case every 28 days - Ongoing',
          '  * Call handlers and response officers to complete the refresher by December 2026',
          '',
          '2. MEASURES',
          '',
          '- Charge rate for adult rape (baseline 8.1%)',
          '- Victim withdrawal rate (baseline 41%; target 30% by March 2027)',
          '',
        ].join('\n'),
        'plan.txt',
        'text',
      ),
      FORCE,
    );
    expect(summary(extraction)).toEqual([
      'force 7 Every adult rape investigation to follow the Soteria approach (by June 2026)',
      'force 9 Supervisors to review every open case every 28 days - Ongoing',
      'force 10 Call handlers and response officers to complete the refresher by December 2026',
      'force 15 Victim withdrawal rate (baseline 41%; target 30% by March 2027)',
    ]);
    expect(extraction.commitments.map((unit) => unit.strength)).toEqual(['firm', 'ongoing', 'firm', 'firm']);
  });

  it('reads a list of links as a menu, "it" after the world as nobody, and a future perfect by Christmas as a deadline', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Abuse is not always physical, and it often carries on after a relationship has ended.',
        '',
        'Our training has reached 1,150 officers; every one of our officers will have done it by Christmas.',
        '',
        '**Read more**',
        '',
        '- [Apply for a Clare’s Law disclosure](/advice/clares-law)',
        '- [Report stalking online](/report/stalking)',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 Our training has reached 1,150 officers; every one of our officers will have done it by Christmas.',
    ]);
  });
});

describe('items of a plan read on their own', () => {
  it('reads a passive assignment, a deliverable with its own deadline, and a paragraph right under a list as a paragraph', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '## Workstreams',
        '',
        '- Stalking perpetrators to be added to MATAC from June',
        '- Trauma-informed practice training for every investigator (by March 2027)',
        '- Domestic abuse, stalking and harassment',
        '',
        '## What to expect',
        '',
        '✓ We will treat you with dignity and respect.',
        'Every officer in Oakford is completing the stalking training during 2025.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 Stalking perpetrators to be added to MATAC from June',
      'force 6 Trauma-informed practice training for every investigator (by March 2027)',
      'force 11 We will treat you with dignity and respect.',
      'force 12 Every officer in Oakford is completing the stalking training during 2025.',
    ]);
  });
});

describe('what work in hand and an opening condition make of a commitment', () => {
  it('reads weighing a step as an aim, working to as work in hand, and an opening "Subject to" as a condition', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'Our Professional Standards Department is considering whether an anonymous reporting app could help.',
        '',
        'Our Witness Care Unit is working to ensure every victim is updated every month.',
        '',
        '## Workstreams',
        '',
        '- Subject to Home Office funding for the next phase of Soteria, recruit two digital forensic examiners (by April 2027)',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength}`)).toEqual([
      '3 aspirational',
      '5 ongoing',
      '9 conditional',
    ]);
  });
});

describe('a self-assessment against the national framework', () => {
  it("reads the force's next steps as its own, not the framework's, and a count of people as no command", () => {
    const extraction = read(
      [
        '# Self-assessment against the NPCC VAWG Framework for Delivery',
        '',
        '412 people answered our survey, 268 of them women.',
        '',
        '| Framework action | Rating | Where we are now | What we will do next | Owner | By |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 1.1 Respond to police-perpetrated abuse | Partly met | Every allegation is assessed in 24 hours. | Finish re-vetting the remaining 640 officers | Head of PSD | March 2026 |',
        '| 1.4 Build capability | Met | The dashboard is published. | None required. | Head of Performance | n/a |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual(['force 7 Finish re-vetting the remaining 640 officers']);
  });
});

describe('wishes for what happens to others', () => {
  it('reads wanting a service or an outcome for somebody as an aim, and wanting a state of mind or of things as none', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'We want more of these cases to go to court.',
        '',
        'I want every woman who reports abuse to be met by an officer who believes her.',
        '',
        'I want women in Oakford to know that they matter.',
        '',
        'I want the wait for justice to be shorter.',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength}`)).toEqual(['3 aspirational', '5 aspirational']);
  });
});

describe('a consultation response, an agreement and a partnership plan', () => {
  it('reads the respondent as the speaker, a mis-tagged object as no clause, an opening date or free relative as no subject, and a document-control line as none', () => {
    const extraction = read(
      [
        '# Strengthening protection orders: response from Oakford Police',
        '',
        '**Consultation:** Home Office, "Strengthening protection orders" | **Respondent:** Oakford Police',
        '',
        'Version 1.2 (final for signature) Effective from: 1 October 2025',
        '',
        'We launched reverse mentoring for chief officers in March 2025 and will extend it to every superintendent during 2026.',
        '',
        'For our part, from January 2026 Oakford Police will publish every quarter how many orders it has applied for.',
        '',
        'Whatever Parliament decides, we shall keep the voices of survivors at the centre of how we use these powers.',
        '',
        '| Ref | Action | Lead agency |',
        '| --- | --- | --- |',
        '| J6 | Form a RASSO case-progression team working to the Operation Soteria model | Oakford Police |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 7 We launched reverse mentoring for chief officers in March 2025 and will extend it to every superintendent during 2026.',
      'force 9 For our part, from January 2026 Oakford Police will publish every quarter how many orders it has applied for.',
      'force 11 Whatever Parliament decides, we shall keep the voices of survivors at the centre of how we use these powers.',
      'force 15 Form a RASSO case-progression team working to the Operation Soteria model',
    ]);
  });
});

describe("a performance report's measures table", () => {
  it('reads the commentary of RAG-rated measures for what will be done, and sets no targets of its own', () => {
    const extraction = read(
      [
        '# Oakford Police: VAWG performance, Q2',
        '',
        '| Measure | Q1 | Q2 | Target | RAG | Commentary |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Adult rape charge rate | 7.9% | 8.7% | 10% by Q4 | Amber | Improving. The Soteria team will review every closed case with a CPS lawyer. |',
        '| DA victims contacted within 24 hours | 88% | 91% | 90% | Green | Target met for the first time. |',
        '| Officers trained in DA Matters | 71% | 83% | 95% | Amber | Behind plan because of summer abstractions. |',
        '| StreetSafe reports reviewed within 14 days | 74% | 92% | 85% | Green | Continue monthly review by the night-time economy inspector. |',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 Improving. The Soteria team will review every closed case with a CPS lawyer.',
      'force 8 Continue monthly review by the night-time economy inspector.',
    ]);
  });
});

describe('a decision log exported with bars between its columns', () => {
  it("reads each decision as the row's action, and an inspectorate's report of what the force told it as the force's", () => {
    const log = extractCommitments(
      ingestText(
        [
          'Chief Officer Group decision log',
          'Entries for July 2025, published under the publication scheme.',
          'Date|Decision ref|Decision|Rationale|Owner|Review date',
          '08/07/2025|COG/25/062|Agreed to fund two further ISVAs from 1 October 2025.|Soteria self-assessment.|ACC Rahman|01/04/2026',
          '08/07/2025|COG/25/064|ACC Rahman to commission an independent review of every open PPDA allegation.|Assurance.|ACC Rahman|30/09/2025',
          '08/07/2025|COG/25/065|Noted the Q1 VAWG performance report.|Standing item.|ACC Rahman|n/a',
          '',
        ].join('\n'),
        'log.txt',
        'text',
      ),
      FORCE,
    );
    expect(summary(log)).toEqual([
      'force 4 Agreed to fund two further ISVAs from 1 October 2025.',
      'force 5 ACC Rahman to commission an independent review of every open PPDA allegation.',
    ]);
    const report = read(
      [
        '# Oakford Police: an inspection of the response to VAWG',
        '',
        '*HM Inspectorate of Constabulary and Fire & Rescue Services · Extract from the inspection report*',
        '',
        "The force told us it will explore sharing StreetSafe reports with the councils' licensing teams.",
        '',
        'The Deputy Chief Constable told us: “We will publish our order and breach figures every quarter from April 2026.”',
        '',
        'We will revisit the force in spring 2026.',
        '',
      ].join('\n'),
    );
    expect(report.commitments.map((unit) => unit.position.line)).toEqual([5, 7]);
  });
});

describe('items under a contracted heading or a "will:" lead-in', () => {
  it('reads "To ..." items under "What we’ll do", and an item\'s first word in small letters as the verb "will" governs', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        '## What we’ll do',
        '',
        '- To work with licensing officers so that every late-night bar signs up to Ask for Angela.',
        '',
        '## Our commitments',
        '',
        'Oakford Police will:',
        '',
        '- offer Ask for Angela training to every licensed venue in the county;',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 5 To work with licensing officers so that every late-night bar signs up to Ask for Angela.',
      'force 11 offer Ask for Angela training to every licensed venue in the county;',
    ]);
  });
});

describe("a Police and Crime Plan's chapter", () => {
  it("reads the plan as the commissioner's, by the publisher its front matter names, and the force's own section as the force's", () => {
    const extraction = read(
      [
        '---',
        'title: "Ending violence against women and girls"',
        'published_by: Office of the Police and Crime Commissioner for Oakford',
        '---',
        '',
        '# Priority 3: Ending violence against women and girls',
        '',
        '## Our approach',
        '',
        'I will fund two more ISVAs from April.',
        '',
        '## What Oakford Police will do',
        '',
        'Oakford Police will publish every misconduct outcome.',
        '',
      ].join('\n'),
    );
    expect(summary(extraction)).toEqual([
      'force 14 Oakford Police will publish every misconduct outcome.',
      'pcc 10 I will fund two more ISVAs from April.',
    ]);
  });
});

describe('a named initiative made of a verb and its object', () => {
  it('reads "Ask for Angela" as a name, so a condition at the end of the item still governs it', () => {
    const extraction = read(
      [
        '# Oakford Police',
        '',
        'We will:',
        '',
        '- extend Project Vigilant and Ask for Angela to the harbourside, subject to the Safer Streets bid succeeding',
        '',
      ].join('\n'),
    );
    expect(extraction.commitments.map((unit) => `${unit.position.line} ${unit.strength}`)).toEqual(['5 conditional']);
  });
});
