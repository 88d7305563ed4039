import { describe, expect, it } from 'vitest';
import { slugify, slugOr } from './slug.ts';

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

  it('slugs are ASCII, and names without Latin letters get a stable hashed slug', () => {
    expect(slugify('Ana Ferreira')).toBe('ana-ferreira');
    expect(slugify('the county’s emergency office')).toBe('the-countys-emergency-office');
    expect(slugOr('ليلى حداد', 'person')).toMatch(/^person-[0-9a-f]{8}$/);
    expect(slugOr('ليلى حداد', 'person')).toBe(slugOr('ليلى حداد', 'person'));
    expect(slugOr('ليلى حداد', 'person')).not.toBe(slugOr('حداد', 'person'));
  });
});
