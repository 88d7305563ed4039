import { describe, expect, test } from 'vitest';
import { doc, quote } from '../../tests/helpers/chart-fixtures.ts';
import type { Entity, Quote } from '../schema/document.ts';
import { personPath } from '../lib/paths.ts';
import { peopleIndex, quoteDays } from './people.ts';

const at = { paragraph: 0, sentence: 0, start: 0, end: 1 };
const q = (id: string, speaker: string | null, text: string, extra: Partial<Quote> = {}): Quote => quote({ id, speaker, text, ...extra });
const person = (id: string, name: string, role: string | null = null, aliases: string[] = []): Entity => ({
  id,
  name,
  role,
  aliases,
  mentions: [at],
  edited: false,
});

const quake = doc({
  slug: 'quake',
  title: 'Quake in the hills',
  published: '2025-03-14',
  quotes: [
    q('quote-1', 'Mara Okonjo', 'We are still pulling people from the rubble', { role: 'head of the regional rescue service' }),
    q('quote-2', 'the Red Crescent', 'Supplies are short'),
    q('quote-3', 'Okonjo', 'Every hour counts'),
  ],
  entities: {
    people: [person('person-1', 'Mara Okonjo', 'head of the regional rescue service', ['Okonjo'])],
    organizations: [person('organization-1', 'Red Crescent')],
    places: [],
  },
});
const update = doc({
  slug: 'update',
  title: 'Quake toll rises',
  published: '2025-03-17',
  quotes: [
    q('quote-1', 'MARA OKONJO', 'Teams from three countries have joined us', { role: 'rescue chief' }),
    q('quote-2', 'Okonjo', 'We will not stop', {}),
    q('quote-3', 'Red Crescent', 'needs', { fragment: true }),
    q('quote-4', null, 'Nobody said this'),
    q('quote-5', 'José Núñez', 'Help is coming'),
  ],
  entities: { people: [], organizations: [person('organization-1', 'Red Crescent')], places: [] },
});
const older = doc({
  slug: 'older',
  title: 'Older report',
  published: '2024-01-02',
  quotes: [q('quote-1', 'Jose Nunez', 'An earlier statement'), q('quote-2', 'Lindqvist', 'Funds will follow')],
});

describe('peopleIndex', () => {
  const people = peopleIndex([older, quake, update]);
  const by = (slug: string) => people.find((p) => p.slug === slug)!;

  test('merges one speaker across documents by normalised full name; unnamed quotes are left out', () => {
    expect(people.map((p) => [p.slug, p.quotes.length])).toEqual([
      ['mara-okonjo', 4],
      ['jose-nunez', 2],
      ['red-crescent', 2],
      ['lindqvist', 1],
    ]);
  });

  test('a surname joins the only full name with it; in-document aliases resolve to the entity', () => {
    const okonjo = by('mara-okonjo');
    expect(okonjo.quotes.map((x) => `${x.docSlug}#${x.quoteId}`)).toEqual([
      'update#quote-1',
      'update#quote-2',
      'quake#quote-1',
      'quake#quote-3',
    ]);
    expect(okonjo.kind).toBe('person');
    expect(okonjo.name).toBe('Mara Okonjo');
    // "Lindqvist" has no full name anywhere: it stays as written.
    expect(by('lindqvist').name).toBe('Lindqvist');
  });

  test('an ambiguous surname stays apart', () => {
    const other = doc({ slug: 'x', title: 'X', published: '2025-04-01', quotes: [q('quote-1', 'Tom Okonjo', 'Another Okonjo')] });
    const list = peopleIndex([quake, update, other]);
    // The quake report's own "Okonjo" is its entity's alias, so it still resolves; the update's cannot.
    expect(list.find((p) => p.key === 'okonjo')?.quotes.map((x) => x.docSlug)).toEqual(['update']);
    expect(list.find((p) => p.key === 'mara okonjo')?.quotes.length).toBe(3);
  });

  test('quotes are grouped by publication date, newest first, each linking to its explainer anchor', () => {
    const okonjo = by('mara-okonjo');
    expect(quoteDays(okonjo.quotes).map((d) => [d.date, d.quotes.length])).toEqual([
      ['2025-03-17', 2],
      ['2025-03-14', 2],
    ]);
    expect(okonjo.quotes[0].href).toBe('/explainers/update/#quote-1');
    expect(okonjo.documents.map((d) => d.slug)).toEqual(['update', 'quake']);
  });

  test('roles: the most recent first, every distinct one kept', () => {
    const okonjo = by('mara-okonjo');
    expect(okonjo.role).toBe('rescue chief');
    expect(okonjo.roles).toEqual(['rescue chief', 'head of the regional rescue service']);
  });

  test('bodies merge without their article and keep fragments marked', () => {
    const rc = by('red-crescent');
    expect(rc.kind).toBe('organization');
    expect(rc.quotes.map((x) => x.fragment)).toEqual([true, false]);
    expect(personPath(rc.slug)).toBe('/people/red-crescent/');
  });

  test('output does not depend on document order', () => {
    expect(peopleIndex([update, older, quake])).toEqual(people);
  });
});
