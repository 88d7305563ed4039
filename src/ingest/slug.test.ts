import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Blinken calls for urgent Gaza cease-fire!')).toBe('blinken-calls-for-urgent-gaza-cease-fire');
    expect(slugify('Séisme à Marrakech : 2 000 morts')).toBe('seisme-a-marrakech-2-000-morts');
    expect(slugify('Israel’s “response”')).toBe('israels-response');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('numbers a repeated title and falls back to the file name for non-Latin titles', () => {
    expect(uniqueSlug('Floods', 'a', new Set(['floods']))).toBe('floods-2');
    expect(uniqueSlug('Floods', 'a', new Set(['floods', 'floods-2']))).toBe('floods-3');
    expect(uniqueSlug('زلزال', 'quake-report', new Set())).toBe('quake-report');
    expect(uniqueSlug('🌊', '日本', new Set())).toBe('document');
  });
});
