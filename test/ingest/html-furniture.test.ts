/** Page furniture the HTML reader drops before reading: here, a paragraph that is nothing but links. */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseHtml } from '../../src/ingest/html.ts';

const page = (body: string): string => `<!DOCTYPE html><html lang="en"><body><main>${body}</main></body></html>`;

describe('a paragraph of links only', () => {
  it('is dropped as furniture, separators and all', () => {
    const { tree } = parseHtml(
      page(
        '<p>We will patrol.</p><p><a href="/plan.pdf">Download the full plan (PDF, 2.4MB)</a> &middot; <a href="/easy">Easy read version</a></p>',
      ),
    );
    expect(toString(tree)).toBe('We will patrol.');
  });

  it('stays when it has words of its own beside a link', () => {
    const { tree } = parseHtml(page('<p>Read <a href="/plan">our plan</a> to see what we will do.</p>'));
    expect(toString(tree)).toBe('Read our plan to see what we will do.');
  });

  it('publishes the site name its title ends with', () => {
    expect(
      parseHtml(`<html><head><title>Safer lives | Commissioner for Ternmouth</title></head><body><p>Text.</p></body></html>`).publisher,
    ).toBe('Commissioner for Ternmouth');
    expect(parseHtml(`<html><head><title>Our VAWG strategy</title></head><body><p>Text.</p></body></html>`).publisher).toBeUndefined();
  });
});
