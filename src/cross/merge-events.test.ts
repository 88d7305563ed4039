import { describe, expect, test } from 'vitest';
import { doc, event } from '../../tests/helpers/chart-fixtures.ts';
import type { DatedEvent } from '../schema/document.ts';
import { mergeEvents, sameEvent, sourceLine } from './merge-events.ts';

// Strip the optional timeline fields so fixtures are plain document events.
const ev = (partial: Parameters<typeof event>[0]): DatedEvent => {
  const { href: _h, source: _s, ...rest } = event(partial);
  return rest;
};

const first = doc({
  slug: 'quake-in-the-hills',
  title: 'Quake in the hills',
  published: '2025-03-14',
  events: [
    ev({
      id: 'event-1',
      date: '2025-03-13',
      label: 'A magnitude 6.8 earthquake struck the northern valley before dawn, killing…',
      text: 'on Thursday',
    }),
    ev({ id: 'event-2', date: '2025-03-13', label: 'The regional airport closed its runway for inspections', text: 'on Thursday' }),
  ],
});
const update = doc({
  slug: 'quake-toll-rises',
  title: 'Quake toll rises',
  published: '2025-03-17',
  events: [
    ev({
      id: 'event-1',
      date: '2025-03-13',
      label: 'At least 260 people were killed by the magnitude 6.8 earthquake that struck…',
      text: 'on Thursday',
    }),
    ev({ id: 'event-2', date: '2025-03-17', label: 'The national disaster agency raised the toll', text: 'on Monday' }),
  ],
});

describe('sameEvent', () => {
  test('overlapping descriptions of one day match', () => {
    expect(sameEvent(first.events[0], update.events[0])).toBe(true);
  });
  test('different events on the same day do not', () => {
    expect(sameEvent(first.events[1], update.events[0])).toBe(false);
  });
  test('the same words at a different precision do not', () => {
    expect(sameEvent(first.events[0], { ...update.events[0], precision: 'week' })).toBe(false);
    expect(sameEvent(first.events[0], { ...update.events[0], date: '2025-03-12' })).toBe(false);
    expect(sameEvent(first.events[0], { ...update.events[0], endDate: '2025-03-15' })).toBe(false);
  });
  test('shared names and numbers rescue a weaker overlap; date words alone never do', () => {
    const a = {
      date: '2024-11-02',
      precision: 'day' as const,
      endDate: null,
      text: 'on Saturday',
      label: 'The Lenne burst its banks near Vell and flooded 300 homes',
    };
    const b = { ...a, label: 'Floodwater from the Lenne reached Vell, officials counting 300 homes underwater in the district' };
    expect(sameEvent(a, b)).toBe(true);
    const c = { ...a, label: 'Council elections were postponed' };
    const d = { ...a, label: 'A new bridge opened to traffic' };
    expect(sameEvent(c, d)).toBe(false);
  });
});

describe('mergeEvents', () => {
  test('the same event from two documents appears once, listing both, linked to the earliest report', () => {
    const merged = mergeEvents([update, first]);
    expect(merged).toHaveLength(3);
    const quake = merged.find((m) => m.sources.length === 2)!;
    expect(quake.id).toBe('quake-in-the-hills-event-1');
    expect(quake.href).toBe('/explainers/quake-in-the-hills/#src-event-1');
    expect(quake.sources.map((s) => [s.slug, s.eventId, s.href])).toEqual([
      ['quake-in-the-hills', 'event-1', '/explainers/quake-in-the-hills/#src-event-1'],
      ['quake-toll-rises', 'event-1', '/explainers/quake-toll-rises/#src-event-1'],
    ]);
    expect(quake.source).toBe('Quake in the hills; Quake toll rises');
    expect(quake.label).toBe(first.events[0].label);
  });

  test('same-day different events stay separate, also across documents', () => {
    const merged = mergeEvents([first, update]);
    const thursday = merged.filter((m) => m.date === '2025-03-13');
    expect(thursday.map((m) => m.sources.length).sort()).toEqual([1, 2]);
    expect(thursday.find((m) => m.sources.length === 1)!.label).toContain('airport');
  });

  test('two events of one document are never merged, even when worded alike', () => {
    const twice = doc({
      slug: 'two',
      events: [
        ev({ id: 'event-1', date: '2025-01-01', label: 'Storm hits the coast' }),
        ev({ id: 'event-2', date: '2025-01-01', label: 'Storm hits the coast' }),
      ],
    });
    expect(mergeEvents([twice])).toHaveLength(2);
  });

  test('a different precision does not merge', () => {
    const monthly = doc({
      slug: 'monthly',
      published: '2025-04-01',
      events: [ev({ id: 'event-1', date: '2025-03', precision: 'month', label: first.events[0].label })],
    });
    const merged = mergeEvents([first, monthly]);
    expect(merged).toHaveLength(3);
    expect(merged.every((m) => m.sources.length === 1)).toBe(true);
  });

  test('undated events are left out; every id is unique; output does not depend on input order', () => {
    const undated = doc({ slug: 'undated', events: [ev({ id: 'event-1', date: null })] });
    const a = mergeEvents([first, update, undated]);
    const b = mergeEvents([undated, update, first]);
    expect(a).toEqual(b);
    expect(new Set(a.map((m) => m.id)).size).toBe(a.length);
    expect(a.some((m) => m.sources.some((s) => s.slug === 'undated'))).toBe(false);
  });

  test('a third report joins the group it matches best', () => {
    const third = doc({
      slug: 'third',
      title: 'Third',
      published: '2025-03-20',
      events: [
        ev({ id: 'event-9', date: '2025-03-13', label: 'The magnitude 6.8 earthquake struck the northern valley', text: 'last Thursday' }),
      ],
    });
    const merged = mergeEvents([first, update, third]);
    const quake = merged.find((m) => m.sources.length > 1)!;
    expect(quake.sources.map((s) => s.slug)).toEqual(['quake-in-the-hills', 'quake-toll-rises', 'third']);
    expect(sourceLine(quake.sources)).toBe('Quake in the hills; Quake toll rises; Third');
  });
});
