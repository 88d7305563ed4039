import { describe, expect, test } from 'vitest';
import { describeWords, jaccard, normalizeGroup, normalizeName, stem } from './normalize.ts';

describe('words', () => {
  test('content words drop function words and date words, fold case and stem', () => {
    expect([...describeWords('At least 260 people were killed on Thursday by the earthquake').words].sort()).toEqual([
      '260',
      'earthquake',
      'kill',
      'people',
    ]);
    expect([...describeWords('Killing 1,700 in the Valley’s towns').words].sort()).toEqual(['1700', 'kill', 'town', 'valley']);
    expect(stem('matches')).toBe('match');
    expect(stem('rises')).toBe('rise');
    expect(stem('gas')).toBe('gas');
  });

  test('distinctive words are numbers and names past the first word of a sentence', () => {
    expect([...describeWords('Floods hit Vell. The Lenne rose 3 metres').names].sort()).toEqual(['3', 'lenne', 'vell']);
  });

  test('jaccard', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('names and groups', () => {
  test('groups are case-, space- and plural-insensitive; null counts people', () => {
    expect(normalizeGroup('Palestinians')).toBe('palestinian');
    expect(normalizeGroup('  palestinian ')).toBe('palestinian');
    expect(normalizeGroup(null)).toBe('people');
    expect(normalizeGroup('people')).toBe('people');
    expect(normalizeGroup('the children')).toBe('child');
    expect(normalizeGroup('suspected cases')).toBe('suspected case');
    expect(normalizeGroup('Casualties')).toBe('casualty');
    expect(normalizeGroup('Israelis')).toBe('israeli');
    expect(normalizeGroup('crisis')).toBe('crisis');
    expect(normalizeGroup('aid workers')).toBe(normalizeGroup('Aid  Worker'));
  });

  test('names fold accents, case, punctuation and a leading article', () => {
    expect(normalizeName('José  Núñez')).toBe('jose nunez');
    expect(normalizeName('the State Department')).toBe(normalizeName('State Department'));
    expect(normalizeName('the county’s emergency office')).toBe('countys emergency office');
  });
});
