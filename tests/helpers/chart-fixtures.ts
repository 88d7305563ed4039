// Hand-made documents, items and parsed seeds for tests. Invented events and numbers; positions are placeholders.
import type { ExtractedDocument, Figure, Paragraph, ParsedSeed, Quote } from '../../src/schema/document.ts';
import { toParagraph } from '../../src/extract/text/paragraphs.ts';
import type { TimelineItem } from '../../src/charts/timeline/items.ts';
import { factsOf } from '../../src/extract/facts/index.ts';

const at = { paragraph: 0, sentence: 0, start: 0, end: 1 };

/** What every machine-extracted item carries, for items written by hand in tests. */
export const MACHINE = { rule: 'test', confidence: 'high', edited: false } as const;

export function figure(partial: Partial<Figure> & Pick<Figure, 'id' | 'value'>): Figure {
  return {
    qualifier: 'exact',
    measure: 'killed',
    subject: null,
    unit: 'people',
    text: `${partial.value} people`,
    attribution: null,
    place: null,
    partOf: null,
    status: 'current',
    position: at,
    ...MACHINE,
    ...partial,
  };
}

export function event(partial: Partial<TimelineItem> & Pick<TimelineItem, 'id' | 'date'>): TimelineItem {
  return {
    precision: 'day',
    endDate: null,
    text: 'on Monday',
    label: `Event ${partial.id}`,
    kind: 'happened',
    position: at,
    ...MACHINE,
    ...partial,
  };
}

/** A document; its facts are reconciled from its figures, as extraction does, unless given. */
export function doc(partial: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    facts: factsOf(partial.figures ?? []),
    file: 'quake.txt',
    slug: 'quake-in-the-hills',
    title: 'Quake in the hills',
    published: '2025-03-14',
    source: 'Example Wire',
    url: null,
    lang: 'en',
    story: null,
    paragraphs: [],
    figures: [],
    quotes: [],
    entities: { people: [], organizations: [], places: [] },
    events: [],
    charts: { casualties: null, timeline: null },
    warnings: [],
    ...partial,
  };
}

/** Figures a quake report might give, deliberately orders of magnitude apart, plus ones the chart must skip. */
export const quakeFigures: Figure[] = [
  figure({
    id: 'figure-1',
    value: 912,
    qualifier: 'at least',
    measure: 'killed',
    subject: 'villagers',
    attribution: 'the regional governor',
    text: 'at least 912 villagers were killed',
  }),
  figure({
    id: 'figure-2',
    value: 48200,
    qualifier: 'nearly',
    measure: 'displaced',
    subject: 'residents',
    attribution: 'the Red Crescent',
    text: 'nearly 48,200 residents have fled their homes',
  }),
  figure({
    id: 'figure-3',
    value: 3,
    qualifier: 'exact',
    measure: 'missing',
    subject: 'climbers',
    attribution: null,
    text: 'three climbers are still missing',
  }),
  figure({
    id: 'figure-4',
    value: 40,
    qualifier: 'exact',
    measure: 'other',
    subject: 'aftershocks',
    unit: 'aftershocks',
    text: '40 aftershocks',
  }),
  figure({
    id: 'figure-5',
    value: 120,
    qualifier: 'more than',
    measure: 'injured',
    subject: null,
    unit: 'percent',
    text: 'more than 120 percent',
  }),
  figure({
    id: 'figure-6',
    value: 1040,
    qualifier: 'more than',
    measure: 'killed',
    subject: 'Villagers',
    attribution: 'a rescue charity',
    text: 'more than 1,040 villagers killed',
  }),
];

/** A quote as extraction writes it, for tests of what pages and views do with quotes. */
export function quote(partial: Partial<Quote> & Pick<Quote, 'id' | 'speaker'>): Quote {
  return { text: 'We are still digging.', role: null, fragment: false, position: at, ...MACHINE, ...partial };
}

/** A parsed seed of `paragraphs` (plain text, one string each), as the extractors receive it. */
export function parsedSeed(paragraphs: Array<string | Paragraph>, published: string | null = '2024-05-01'): ParsedSeed {
  return {
    file: 'test.txt',
    title: 'Test',
    published,
    source: null,
    url: null,
    lang: 'en',
    story: null,
    slug: null,
    paragraphs: paragraphs.map((p) => (typeof p === 'string' ? toParagraph(p) : p)),
  };
}
