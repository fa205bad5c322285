/** A saved web page with navigation, a cookie banner, forms and a footer: only the strategy is read. */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.ts';
import { loadFramework } from '../../src/io/catalog.ts';
import { parseStrategy } from '../../src/pipeline.ts';
import { fixture, root } from './support.ts';

const framework = loadFramework('npcc-vawg-2021');
const file = fixture('real-world-page.html');
// Every piece of furniture on the page says "we will", so any that survived would be taken for a commitment.
const FURNITURE =
  /cookie|analytics|newsletter|subscribe|latest news|quick exit|weather|skip to|breadcrumb|share this|support services|feedback|personal data|restyle|page views/i;

describe('the real-world page', async () => {
  const document = await parseStrategy(file, { framework, relativeTo: root });

  it('finds the strategy’s commitments and nothing else', () => {
    expect(document.commitments.map((commitment) => commitment.text)).toEqual([
      'We are committed to making Dorset a safe place for all women and girls and to relentlessly pursuing the perpetrators of violence against them.',
      'Review every allegation of police-perpetrated abuse against our officers and staff within 28 days.',
      'Train every officer to challenge sexism and misogyny in the workplace.',
      'We will work with licensees and partners to make the night-time economy safer for women & girls.',
    ]);
  });

  it('has no commitment carrying cookie, newsletter, navigation, sharing, feedback or footer text', () => {
    for (const commitment of document.commitments) expect(commitment.text).not.toMatch(FURNITURE);
  });

  it('keeps headings (as sections) and the list under its lead-in', () => {
    const review = document.commitments[1]!;
    expect(review.section).toEqual(['Building trust and confidence']);
    expect(review.leadIn).toBe('In response to this we will:');
    expect(document.commitments[3]!.section).toEqual(['Safer spaces']);
    expect(document.document).toMatchObject({ title: 'Tackling violence against women and girls', format: 'html' });
    expect(document.force.slug).toBe('dorset');
  });

  it('counts what it dropped and keeps no furniture text in the tree', async () => {
    const ingested = await ingestFile(file);
    expect(ingested.boilerplateRemoved).toBeGreaterThanOrEqual(8);
    expect(ingested.plainText).not.toMatch(FURNITURE);
    expect(ingested.plainText).toContain('Many women do not feel safe in public spaces.');
  });
});
