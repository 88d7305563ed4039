import { describe, expect, it } from 'vitest';
import { uniqueSlug } from './slug.ts';

describe('uniqueSlug', () => {
  it('numbers a repeated title and falls back to the file name for non-Latin titles', () => {
    expect(uniqueSlug('Floods', 'a', new Set(['floods']))).toBe('floods-2');
    expect(uniqueSlug('Floods', 'a', new Set(['floods', 'floods-2']))).toBe('floods-3');
    expect(uniqueSlug('زلزال', 'quake-report', new Set())).toBe('quake-report');
    expect(uniqueSlug('🌊', '日本', new Set())).toBe('document');
  });
});
