import { describe, expect, it, vi } from 'vitest';
import { extractDocument } from '../extract/index.ts';
import { factsOf } from '../extract/facts/index.ts';
import { applyEdits, ADDED_RULE } from './edits.ts';
import { readEdits } from './edits-file.ts';
import { parseSeed } from './parse.ts';

// The facts are computed again from the corrected figures: the real rules, watched.
vi.mock(import('../extract/facts/index.ts'), async (original) => ({ factsOf: vi.fn((await original()).factsOf) }));

// A wire report of our own, with the kinds of slips editors correct: a duration read as a figure, a
// count whose group the sentence leaves implicit, a quote whose speaker is a description, the same date
// written twice, and a count extraction misses ("Two of ours did not come back").
const ARTICLE = `---
title: Ceasefire talks resume as toll climbs
published: 2024-08-10
source: Harbour Wire
---
More than 10 months of fighting have left nearly 40,000 Palestinians dead and over 91,700 injured, the health ministry said on Saturday.
"This is an urgent moment for the whole region, and we won’t wait," the envoy told reporters in Doha. Antony Blinkin arrived on Friday.
Talks first opened on Oct. 7 last year, officials said. A second round had been planned for Oct. 7 this year but was delayed.
At the riverside camp, 27 campers were rescued and at least 11 missing after the flood, volunteers said.
Aid agencies said more than 1 million people had fled their homes.
Two of ours did not come back from the far bank, a police spokesman said.
`;

const base = () => extractDocument(parseSeed('talks.txt', Buffer.from(ARTICLE)).document, 'talks');
const apply = (yaml: string) => applyEdits(base(), readEdits(Buffer.from(yaml)));

describe('applyEdits', () => {
  it('drops, corrects and adds figures, found by their text, and marks them edited', () => {
    const { document, problems } = apply(`figures:
  - match: "More than 10 months"   # a duration, not a count
    drop: true
  - match: "OVER 91,700 injured"   # case does not matter
    set: { subject: Palestinians }
  - add: "Two of ours did not come back"
    set: { measure: missing, subject: rescuers }
`);
    expect(problems).toEqual([]);
    const texts = document.figures.map((f) => f.text);
    expect(texts).not.toContain('More than 10 months');
    const injured = document.figures.find((f) => f.text === 'over 91,700 injured')!;
    expect([injured.subject, injured.value, injured.qualifier, injured.edited]).toEqual(['Palestinians', 91700, 'over', true]);
    // Untouched items stay machine output.
    expect(document.figures.find((f) => f.text.startsWith('nearly 40,000'))!.edited).toBe(false);
    // The addition: the text as the article writes it, its value read from it, in reading order.
    const added = document.figures.at(-1)!;
    expect(added).toMatchObject({
      text: 'Two of ours did not come back',
      value: 2,
      qualifier: 'exact',
      measure: 'missing',
      subject: 'rescuers',
      unit: 'people',
      rule: ADDED_RULE,
      confidence: 'high',
      edited: true,
    });
    expect(added.id).toBe('figure-added-1');
    expect(document.paragraphs[added.position.paragraph].text.slice(added.position.start, added.position.end)).toBe(added.text);
    // The facts follow the corrected figures.
    expect(vi.mocked(factsOf)).toHaveBeenLastCalledWith(document.figures, document.title);
  });

  it("takes an added figure's value and hedge from its text, and a value an editor gives", () => {
    const { document } = apply(`figures:
  - add: "at least 11 missing"
    set: { subject: campers }
  - add: "27 campers were rescued"
    set: { value: 28, measure: evacuated }
`);
    // Extraction had found both: the editor's additions correct them rather than repeat them.
    expect(document.figures.filter((f) => f.text.includes('11 missing'))).toHaveLength(1);
    expect(document.figures.find((f) => f.text === 'at least 11 missing')).toMatchObject({
      value: 11,
      qualifier: 'at least',
      subject: 'campers',
      edited: true,
    });
    expect(document.figures.find((f) => f.text === '27 campers were rescued')).toMatchObject({ value: 28, measure: 'evacuated' });
  });

  it('corrects quotes, events (told apart by their sentence) and people, and a corrected name follows into quotes', () => {
    const { document, problems } = apply(`quotes:
  - match: "won't wait"                 # a straight apostrophe matches the article's curly one
    set: { speaker: Antony Blinkin, role: U.S. Secretary of State }
events:
  - match: "Oct. 7"
    sentence: second round delayed
    set: { label: "Second round postponed", date: 2024-10 }
people:
  - match: Blinkin
    set: { name: Antony Blinken }
`);
    expect(problems).toEqual([]);
    expect(document.quotes[0]).toMatchObject({ speaker: 'Antony Blinken', role: 'U.S. Secretary of State', edited: true });
    const [first, second] = document.events.filter((e) => e.text.startsWith('Oct. 7'));
    expect(first).toMatchObject({ date: '2023-10-07', edited: false });
    // A date set alone brings its own precision.
    expect(second).toMatchObject({ label: 'Second round postponed', date: '2024-10', precision: 'month', edited: true });
    expect(document.entities.people.find((p) => p.name === 'Antony Blinken')?.edited).toBe(true);
  });

  it('keeps an item for the charts: high confidence, edited', () => {
    const before = base().quotes[0];
    const { document } = apply(`quotes:\n  - match: urgent\n    keep: true\n`);
    expect(document.quotes[0]).toMatchObject({ text: before.text, speaker: before.speaker, confidence: 'high', edited: true });
    // An editor may also set a confidence of their own.
    expect(apply(`quotes:\n  - match: urgent\n    set: { confidence: low }\n    keep: true\n`).document.quotes[0].confidence).toBe('low');
  });

  it('puts chart settings in the data: title, summary, and the ids of the items hidden or shown', () => {
    const { document, problems } = apply(`charts:
  casualties:
    title: "Deaths and injuries in Gaza, as reported on 10 Aug 2024"
    hide: ["More than 1 million"]
    show: [{ match: "at least 11", sentence: riverside camp }]
  timeline: { summary: "Two rounds of talks, a year apart.", hide: ["Oct. 7 last year"] }
`);
    expect(problems).toEqual([]);
    const id = (text: string) => document.figures.find((f) => f.text.startsWith(text))!.id;
    // The figure named, and the fact it reports: the casualty chart draws facts.
    const factOf = (figure: string) => document.facts.find((f) => f.reports.some((r) => r.figure === figure))!.id;
    expect(document.charts.casualties).toEqual({
      title: 'Deaths and injuries in Gaza, as reported on 10 Aug 2024',
      summary: null,
      hide: [id('more than 1 million'), factOf(id('more than 1 million'))],
      show: [id('at least 11'), factOf(id('at least 11'))],
    });
    expect(document.charts.timeline).toEqual({
      title: null,
      summary: 'Two rounds of talks, a year apart.',
      hide: [document.events.find((e) => e.text === 'Oct. 7 last year')!.id],
      show: [],
      report: true,
    });
    // The report's own day on the timeline is the editor's to leave off.
    expect(apply(`charts:\n  timeline: { report: false }\n`).document.charts.timeline).toMatchObject({ report: false, hide: [] });
    expect(() => apply(`charts:\n  timeline: { report: no }\n`)).toThrow('charts, timeline, report: expected true or false, not "no"');
  });

  it('applies an edit that finds nothing, or several items, to nothing and names its line', () => {
    const { document, problems } = apply(`figures:
  - match: "More than 10 months"
    drop: true
  - match: "12,000 homes"
    drop: true
events:
  - match: "Oct. 7"
    set: { label: Talks }
quotes:
  - add: "We will rebuild"
    set: { speaker: Mayor }
charts:
  casualties: { hide: ["5 million"] }
`);
    expect(problems).toEqual([
      { line: 4, message: 'figures: "12,000 homes" matches no figure' },
      { line: 7, message: 'events: "Oct. 7" matches 2 events: add sentence: with words of the one you mean' },
      { line: 10, message: 'quotes: add "We will rebuild": not found in the article' },
      { line: 13, message: 'charts: "5 million" matches no figure' },
    ]);
    // The edits that found their item still apply.
    expect(document.figures.some((f) => f.text === 'More than 10 months')).toBe(false);
    expect(document.events.every((e) => e.label !== 'Talks')).toBe(true);
  });

  it('never changes the document it is given (cached documents are shared)', () => {
    const doc = base();
    const copy = structuredClone(doc);
    applyEdits(
      doc,
      readEdits(Buffer.from('figures:\n  - match: over 91,700\n    set: { value: 1 }\n  - match: More than 10\n    drop: true\n')),
    );
    expect(doc).toEqual(copy);
  });
});
