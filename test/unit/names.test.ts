import { describe, expect, it } from 'vitest';
import { knownForce } from '../../src/extract/force.ts';
import { foldName, slugify, visibleText } from '../../src/text/names.ts';

describe('slugify', () => {
  it('transliterates names written in other scripts, so different forces get different slugs', () => {
    expect(slugify('Полиция Москвы')).toBe('politsiya-moskvy');
    expect(slugify('Полиция Киева')).toBe('politsiya-kieva');
    expect(slugify('Heddlu Gogledd Cymru – Ynys Môn')).toBe('heddlu-gogledd-cymru-ynys-mon');
    expect(slugify('Straße Polizei')).toBe('strasse-polizei');
  });

  it('gives names it cannot spell a slug with a hash of the name, and names without letters "force"', () => {
    expect(slugify('東京警察')).toMatch(/^force-[0-9a-f]{8}$/);
    expect(slugify('大阪警察')).toMatch(/^force-[0-9a-f]{8}$/);
    expect(slugify('東京警察')).not.toBe(slugify('大阪警察'));
    expect(slugify('..')).toBe('force');
  });

  it('reads fullwidth letters and ignores invisible characters', () => {
    expect(slugify('Ｋｅｎｔ Police')).toBe('kent-police');
    expect(slugify('Ke\u200bnt\u2060 Pol\u00adice\ufeff')).toBe('kent-police');
  });
});

describe('names as a reader sees them', () => {
  it('folds width, invisible characters, spaces and case', () => {
    expect(visibleText(' Ｋｅｎｔ\u200b  Police\n')).toBe('Kent Police');
    expect(foldName('KENT\u00a0police')).toBe(foldName('Kent Police'));
  });

  it('finds a known force through zero-width spaces and fullwidth letters', () => {
    expect(knownForce('Ke\u200bnt Police')).toEqual({ name: 'Kent Police', slug: 'kent' });
    expect(knownForce('Ｋｅｎｔ')).toEqual({ name: 'Kent Police', slug: 'kent' });
    expect(knownForce('Kentish Police')).toBeUndefined();
  });
});
