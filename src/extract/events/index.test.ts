import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../tests/helpers/chart-fixtures.ts';
import { event as eventSchema, type DatedEvent, type ParsedSeed } from '../../schema/document.ts';
import { extractEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { parseSeed } from '../../ingest/parse.ts';
import { positionIn } from '../text/paragraphs.ts';

function doc(published: string | null, ...paragraphs: string[]): ParsedSeed {
  return parsedSeed(paragraphs, published);
}

/** [text, date] pairs: the shortest readable form of what was found. */
function found(published: string | null, ...paragraphs: string[]): [string, string | null][] {
  return extractEvents(doc(published, ...paragraphs)).map((e) => [e.text, e.date]);
}

function only(published: string | null, text: string): DatedEvent {
  const events = extractEvents(doc(published, text));
  expect(events).toHaveLength(1);
  return events[0];
}

describe('the sample seed', () => {
  it('resolves every date of the Blinken story against 2024-08-10 (a Saturday)', () => {
    const { document } = parseSeed('000_fb5ec107e9726c52.txt', fs.readFileSync('seeds/000_fb5ec107e9726c52.txt'));
    const events = extractEvents(document);
    const byText = Object.fromEntries(events.map((e) => [e.text, e]));
    expect(byText['Oct. 7']).toMatchObject({ date: '2023-10-07', precision: 'day' });
    expect(byText['May 6']).toMatchObject({ date: '2024-05-06', precision: 'day' });
    expect(byText['On Thursday']).toMatchObject({ date: '2024-08-08', precision: 'day' });
    expect(byText['on Friday']).toMatchObject({ date: '2024-08-09', precision: 'day' });
    expect(byText['next week']).toMatchObject({ date: '2024-08-12', precision: 'week', endDate: null });
    expect(events.map((e) => e.date).sort()).toEqual(['2023-10-07', '2024-05-06', '2024-08-08', '2024-08-09', '2024-08-12']);
    expect(byText['on Friday'].label).toMatch(/^(?:U\.S\. Secretary of State )?Antony Blinken told/);
    expect(byText['on Friday'].label).not.toMatch(/Friday/);
  });
});

describe('weekdays', () => {
  it('resolve to the latest such day on or before publication', () => {
    // 2023-02-08 is a Wednesday.
    expect(found('2023-02-08', 'A magnitude 6.1 earthquake struck the coast on Monday, flattening homes.')).toEqual([
      ['on Monday', '2023-02-06'],
    ]);
    expect(found('2023-02-08', 'The health ministry said on Wednesday that cholera cases had doubled.')).toEqual([
      ['on Wednesday', '2023-02-08'],
    ]);
    expect(found('2023-02-08', 'Flood waters receded on Thursday.')).toEqual([['on Thursday', '2023-02-02']]);
  });

  it('keep the words around the day in the text', () => {
    expect(found('2023-02-08', 'Gunmen stormed the village in the early hours of Tuesday.')).toEqual([
      ['in the early hours of Tuesday', '2023-02-07'],
    ]);
    expect(found('2023-02-08', 'Firefighters were still battling the blaze late on Monday night.')).toEqual([
      ['late on Monday night', '2023-02-06'],
    ]);
    expect(found('2023-02-08', 'Residents condemned Tuesday’s shelling of the market.')).toEqual([['Tuesday’s', '2023-02-07']]);
    expect(found('2023-02-08', "Officials were shocked by Monday's landslide.")).toEqual([["Monday's", '2023-02-06']]);
    expect(found('2023-02-08', 'At 6 p.m. Tuesday, the coast guard called off the search.')).toEqual([['At 6 p.m. Tuesday', '2023-02-07']]);
  });

  it('point to the future when the clause does', () => {
    expect(found('2023-02-08', 'Negotiators will resume talks on Monday in Cairo.')).toEqual([['on Monday', '2023-02-13']]);
    expect(found('2023-02-08', 'The funeral is scheduled for Friday.')).toEqual([['Friday', '2023-02-10']]);
    expect(found('2023-02-08', 'The airline said flights are expected to restart on Saturday.')).toEqual([['on Saturday', '2023-02-11']]);
    expect(found('2023-02-08', 'On Monday, the court will rule on the appeal.')).toEqual([['On Monday', '2023-02-13']]);
    expect(found('2023-02-08', 'The minister declared Friday a national day of mourning.')).toEqual([['Friday', '2023-02-10']]);
    // A warning's span starts ahead; the day a warning was given stays in the past.
    expect(found('2023-02-08', 'Forecasters have warned of gale-force winds from Saturday along the coast.')).toEqual([
      ['from Saturday', '2023-02-11'],
    ]);
    expect(found('2023-02-08', 'The Met Office issued an amber alert for snow until Friday.')).toEqual([['until Friday', '2023-02-10']]);
    expect(found('2023-02-08', 'The agency warned of flooding on Monday.')).toEqual([['on Monday', '2023-02-06']]);
    // 2023-02-08 is a Wednesday. A past-tense arrangement takes the nearer weekday.
    expect(found('2023-02-08', 'The envoy was due to arrive in Khartoum on Friday.')).toEqual([['on Friday', '2023-02-10']]);
    expect(found('2023-02-08', 'Heavy snow was expected on Thursday in the Alps.')).toEqual([['on Thursday', '2023-02-09']]);
    expect(found('2023-02-08', 'The ferry was due to dock on Monday but never arrived.')).toEqual([['on Monday', '2023-02-06']]);
    expect(found('2023-02-08', 'The convoy left on Friday.')).toEqual([['on Friday', '2023-02-03']]);
    // A month followed by a relative year takes that year, one date with it (not a second one, the year
    // alone): "in August last year", "the floods of May this year".
    expect(found('2024-06-11', 'In August last year, a derailment killed 30 people.')).toEqual([['In August last year', '2023-08']]);
    expect(found('2024-06-11', 'The floods of May this year displaced thousands.')).toEqual([['May this year', '2024-05']]);
    expect(found('2024-06-11', 'The dam will be rebuilt by March next year.')).toEqual([['by March next year', '2025-03']]);
    // A possibility still to come: "is possible/likely in March".
    expect(found('2023-02-08', 'Forecasters say more flooding is likely in March.')).toEqual([['in March', '2023-03']]);
    expect(found('2023-11-08', 'A fresh outbreak is possible in January, the ministry said.')).toEqual([['in January', '2024-01']]);
  });

  it('stay in the past when only a later clause is in the future', () => {
    // 2023-02-11 is a Saturday.
    expect(found('2023-02-11', 'The mayor said on Friday that she will not seek re-election.')).toEqual([['on Friday', '2023-02-10']]);
    expect(found('2023-02-11', 'The vote was due to take place on Sunday but was postponed.')).toEqual([['on Sunday', '2023-02-05']]);
  });

  it('follow "next" and "last" strictly', () => {
    // 2023-02-13 is a Monday.
    expect(found('2023-02-13', 'The inquiry opens next Monday.')).toEqual([['next Monday', '2023-02-20']]);
    expect(found('2023-02-13', 'A second tremor hit last Monday.')).toEqual([['last Monday', '2023-02-06']]);
  });

  it('count every weekday of a "between" phrase', () => {
    expect(found('2023-02-08', 'Rescuers found 40 bodies between Monday and Tuesday.')).toEqual([
      ['Monday', '2023-02-06'],
      ['Tuesday', '2023-02-07'],
    ]);
  });

  it('ignore named days and newspapers', () => {
    expect(found('2023-02-08', 'Shoppers crowded stores on Black Friday, the Sunday Times reported.')).toEqual([]);
    expect(found('2023-02-08', 'Protesters marked the anniversary of Bloody Sunday.')).toEqual([]);
  });
});

describe('month and day without a year', () => {
  it('take the latest such day on or before publication', () => {
    expect(found('2024-08-10', 'The hostages were seized on Oct. 7, which killed 1,200 people.')).toEqual([['Oct. 7', '2023-10-07']]);
    expect(found('2024-10-06', 'Survivors gathered to remember 7 October.')).toEqual([['7 October', '2023-10-07']]);
    expect(found('2024-10-07', 'Survivors gathered to remember 7 October.')).toEqual([['7 October', '2024-10-07']]);
    expect(found('2023-07-01', 'The dam burst on 12 June after days of rain.')).toEqual([['12 June', '2023-06-12']]);
    expect(found('2023-03-01', 'The clinic last reported a case on Feb. 29.')).toEqual([['Feb. 29', '2020-02-29']]);
  });

  it('take the next such day in the future tense', () => {
    expect(found('2024-04-20', 'The leaders will meet on May 6 in Geneva.')).toEqual([['May 6', '2024-05-06']]);
    expect(found('2024-04-20', 'The leaders met on May 6 in Geneva.')).toEqual([['May 6', '2023-05-06']]);
  });

  it('two months joined by a dash are a span with no preposition', () => {
    expect(found('2023-10-25', 'Net income for the July–September quarter beat forecasts.')).toEqual([
      ['July–September', '2023-07'],
      ['July–September', '2023-09'],
    ]);
    expect(found('2023-10-25', 'May officials said the January-March figures were revised.')).toEqual([
      ['January-March', '2023-01'],
      ['January-March', '2023-03'],
    ]);
  });

  it('lie ahead after "looming" or "upcoming"; a deadline is the nearer day', () => {
    expect(found('2022-03-28', 'Negotiators worked through the night before the looming April 2 budget deadline.')).toEqual([
      ['April 2', '2022-04-02'],
    ]);
    expect(found('2022-03-28', 'Talks stalled ahead of the upcoming April 12 summit.')).toEqual([['April 12', '2022-04-12']]);
    expect(found('2022-04-05', 'The firm had missed the March 31 filing deadline.')).toEqual([['March 31', '2022-03-31']]);
    expect(found('2022-03-28', 'The firm must meet the April 4 filing deadline.')).toEqual([['April 4', '2022-04-04']]);
  });

  it('follow "last year" and "this year" written after them', () => {
    expect(found('2024-08-10', 'The ferry sank on March 3 last year.')).toEqual([['March 3 last year', '2023-03-03']]);
  });

  it('merge with a weekday next to them, which settles the year', () => {
    // 2022-01-08 is a Saturday.
    expect(found('2022-01-10', 'Two aid workers said on Saturday (Jan 8) that the camp was hit.')).toEqual([
      ['on Saturday (Jan 8)', '2022-01-08'],
    ]);
    expect(found('2024-08-12', 'The blast happened on Friday, August 9, 2024, near the port.')).toEqual([
      ['on Friday, August 9, 2024', '2024-08-09'],
    ]);
  });

  it('are not names, verbs or counts', () => {
    expect(found('2024-08-10', 'Theresa May said the plan would fail.')).toEqual([]);
    expect(found('2024-08-10', 'Supporters of the April 6 Youth Movement rallied in the square.')).toEqual([]);
    expect(found('2024-08-10', 'The rebels may 6 times attack. They march 5 km a day.')).toEqual([]);
    expect(found('2024-08-10', 'May brought heavy rain to the valley.')).toEqual([]);
  });
});

describe('explicit dates', () => {
  it('resolve whatever the publication date', () => {
    for (const published of ['2025-01-01', null]) {
      expect(found(published, 'The levee failed on August 9, 2024.')).toEqual([['August 9, 2024', '2024-08-09']]);
      expect(found(published, 'The levee failed on 9 August 2024.')).toEqual([['9 August 2024', '2024-08-09']]);
      expect(found(published, 'Report filed 2024-08-09 by the agency.')).toEqual([['2024-08-09', '2024-08-09']]);
      expect(found(published, 'It erupted on Aug. 9th, 2024.')).toEqual([['Aug. 9th, 2024', '2024-08-09']]);
    }
  });

  it('reject impossible days', () => {
    expect(found('2024-03-10', 'The records list February 30, 2024 as the date.')).toEqual([]);
  });

  it('read spans with an end date, and give the end as a mention of its own', () => {
    const span = (published: string, text: string) => extractEvents(doc(published, text));
    const [start, end] = span('2024-06-01', 'Voting was held from May 6 to May 9 across the country.');
    expect(start).toMatchObject({ text: 'May 6 to May 9', date: '2024-05-06', endDate: '2024-05-09', precision: 'day', kind: 'happened' });
    expect(end).toMatchObject({ text: 'May 6 to May 9', date: '2024-05-09', endDate: null, kind: 'mention' });
    expect(end.rule).toMatch(/range-end$/);
    expect(span('2024-06-20', 'The festival ran between 1 and 3 June.')[0]).toMatchObject({ date: '2024-06-01', endDate: '2024-06-03' });
    expect(span('2024-06-20', 'Rains fell May 6-9, officials said.')[0]).toMatchObject({ date: '2024-05-06', endDate: '2024-05-09' });
    expect(span('2024-06-20', 'The drought lasted from 2019 to 2021.').map((e) => e.date)).toEqual(['2019', '2021']);
  });
});

describe('datelines', () => {
  it('are events with a label from the story', () => {
    const wire = only('2024-08-09', 'WASHINGTON, Aug 9 (Reuters) - The Pentagon approved new air defence aid for Kyiv.');
    expect(wire).toMatchObject({ text: 'Aug 9', date: '2024-08-09' });
    expect(wire.label).toBe('The Pentagon approved new air defence aid for Kyiv');
    const efe = only('2025-02-03', 'Bukavu, Feb. 3 (EFE) – Aid agencies warned of a cholera outbreak in the camps.');
    expect(efe).toMatchObject({ date: '2025-02-03' });
    expect(efe.label).toMatch(/^Aid agencies warned/);
    const app = only('2024-02-05', 'Lahore, (APP - Punjab News Desk - 4th Feb, 2024) Flood waters rose in the south of the province.');
    expect(app).toMatchObject({ text: '4th Feb, 2024', date: '2024-02-04' });
    expect(app.label).toMatch(/^Flood waters rose/);
  });
});

describe('relative days, weeks, months and years', () => {
  it('"overnight" is the report\'s day; "an overnight trip" is no date', () => {
    expect(found('2022-11-04', 'The electoral board declared the winner overnight after a long count.')).toEqual([
      ['overnight', '2022-11-04'],
    ]);
    expect(found('2022-11-04', 'Drones struck the port in an overnight raid.')).toEqual([['overnight', '2022-11-04']]);
    expect(found('2022-11-04', 'The pupils were on an overnight trip to the coast.')).toEqual([]);
  });

  it('resolve days against publication', () => {
    // 2025-05-14 is a Wednesday.
    expect(found('2025-05-14', 'The virus killed two nurses yesterday and the clinic closed today.')).toEqual([
      ['yesterday', '2025-05-13'],
      ['today', '2025-05-14'],
    ]);
    expect(found('2025-05-14', 'A curfew begins tonight; the wards were emptied this morning.')).toEqual([
      ['tonight', '2025-05-14'],
      ['this morning', '2025-05-14'],
    ]);
    expect(found('2025-05-14', 'Shelling continued last night and will resume tomorrow, residents fear.')).toEqual([
      ['last night', '2025-05-13'],
      ['tomorrow', '2025-05-15'],
    ]);
    expect(found('2025-05-14', 'The fire started the day before yesterday.')).toEqual([['the day before yesterday', '2025-05-12']]);
  });

  it('resolve "yesterday" inside a quote against the day it was said, and leave it undated when no day is given', () => {
    // 2025-05-14 is a Wednesday.
    expect(found('2025-05-14', '“We buried our neighbours yesterday,” a farmer said on Tuesday.')).toEqual([
      ['yesterday', '2025-05-12'],
      ['on Tuesday', '2025-05-13'],
    ]);
    expect(found('2025-05-14', 'Floods swept the valley on Wednesday.', '“We buried our neighbours yesterday,” a farmer said.')).toEqual([
      ['on Wednesday', '2025-05-14'],
      ['yesterday', '2025-05-13'],
    ]);
    const unknown = only('2025-05-14', '“We buried our neighbours yesterday,” a farmer said.');
    expect(unknown).toMatchObject({ date: null, confidence: 'low' });
  });

  it('give weeks as their Monday', () => {
    const lastWeek = only('2025-05-14', 'Last week’s cyclone left 300,000 people homeless.');
    expect(lastWeek).toMatchObject({ text: 'Last week’s', date: '2025-05-05', precision: 'week' });
    expect(only('2025-05-14', 'Donors meet next week in Brussels.')).toMatchObject({ date: '2025-05-19', precision: 'week' });
    expect(only('2025-05-14', 'Cases rose this week.')).toMatchObject({ date: '2025-05-12', precision: 'week' });
    // 2024-08-12 is a Monday; the weekend before it was 10-11 August, in the week of 5 August.
    expect(only('2024-08-12', 'Two hikers went missing over the weekend.')).toMatchObject({ date: '2024-08-05', precision: 'week' });
  });

  it('give months and years', () => {
    expect(only('2025-05-14', 'The ceasefire collapsed last month.')).toMatchObject({ date: '2025-04', precision: 'month' });
    expect(only('2025-03-09', 'Rebels seized the capital in December.')).toMatchObject({
      text: 'in December',
      date: '2024-12',
      precision: 'month',
    });
    expect(only('2025-03-09', 'Rebels seized the capital in December 2023.')).toMatchObject({ date: '2023-12', precision: 'month' });
    expect(only('2025-03-09', 'The outbreak began in mid-January.')).toMatchObject({ date: '2025-01', precision: 'month' });
    expect(only('2025-03-09', 'Elections are due next March.')).toMatchObject({ date: '2026-03', precision: 'month' });
    expect(only('2025-03-09', 'Harvests failed this year.')).toMatchObject({ date: '2025', precision: 'year' });
    expect(only('2025-03-09', 'The dam was finished late last year.')).toMatchObject({ date: '2024', precision: 'year' });
  });

  it('count "ago" from publication', () => {
    expect(only('2025-05-14', 'The mine collapsed three days ago.')).toMatchObject({ date: '2025-05-11', precision: 'day' });
    expect(only('2025-05-14', 'A similar quake struck two years ago.')).toMatchObject({ date: '2023', precision: 'year' });
  });

  it('count "the following day" and "later that evening" from the date before', () => {
    expect(found('2025-05-14', 'The storm made landfall on March 3, 2021. Power returned the following day.')).toEqual([
      ['March 3, 2021', '2021-03-03'],
      ['the following day', '2021-03-04'],
    ]);
    expect(found('2023-06-28', 'Jets bombed the village on Tuesday afternoon.', 'Villagers buried the dead later that evening.')).toEqual([
      ['on Tuesday afternoon', '2023-06-27'],
      ['later that evening', '2023-06-27'],
    ]);
    expect(found('2025-05-14', 'Schools shut in December 2022 and reopened the following month.')).toEqual([
      ['in December 2022', '2022-12'],
      ['the following month', '2023-01'],
    ]);
    expect(found('2025-05-14', 'Power returned the following day.')).toEqual([]);
  });

  it('are not durations', () => {
    expect(found('2025-05-14', 'More than 10 months into the war, aid is scarce.')).toEqual([]);
    expect(found('2025-05-14', 'Prices doubled over the past week and in the last month.')).toEqual([]);
  });

  it('stay unresolved without a publication date', () => {
    const events = extractEvents(
      doc(null, 'The ship sank on Friday, a day after it left port on May 6. Relief arrived yesterday, but the port had closed in 2019.'),
    );
    expect(events.map((e) => [e.text, e.date, e.precision])).toEqual([
      ['on Friday', null, 'day'],
      ['May 6', null, 'day'],
      ['yesterday', null, 'day'],
      ['in 2019', '2019', 'year'],
    ]);
  });
});

describe('years', () => {
  it('are found with and without a preposition', () => {
    expect(found('2023-06-28', 'The country has been in turmoil since the 2021 coup.')).toEqual([['2021', '2021']]);
    expect(found('2023-06-28', 'The virus was first identified in 1976.')).toEqual([['in 1976', '1976']]);
    expect(found('2023-06-28', 'Tourism has not recovered since 2015.')).toEqual([['since 2015', '2015']]);
    expect(found('2023-06-28', 'It revived memories of 2008, when the currency collapsed.')).toEqual([['2008', '2008']]);
    expect(found('2023-06-28', 'Construction stalled in mid-2022.')).toEqual([['in mid-2022', '2022']]);
    expect(found('2023-06-28', "Israel's 2014 war in Gaza lasted 50 days.")).toEqual([['2014', '2014']]);
  });

  it('are not counts, times, names or decades', () => {
    expect(found('2023-06-28', 'About 2,000 people fled and 1500 homes were destroyed.')).toEqual([]);
    expect(found('2023-06-28', 'Around 2000 residents were evacuated.')).toEqual([]);
    expect(found('2023-06-28', 'The strike hit just after 4 p.m. (2000 GMT).')).toEqual([]);
    expect(found('2023-06-28', 'The council passed Resolution 2046 unanimously.')).toEqual([]);
    expect(found('2023-06-28', 'The town has grown since the 1990s.')).toEqual([]);
    expect(found('2023-06-28', 'A 2-year-old girl, aged just 2, and a man, 45, were rescued with $1 million in aid.')).toEqual([]);
  });
});

describe('times of day', () => {
  it('are not events on their own', () => {
    expect(found('2023-06-28', 'The tremor struck at 3 p.m. and again at 11:40 local time.')).toEqual([]);
  });
});

describe('the events', () => {
  const paragraphs = [
    'KYIV (AP) — Russian drones struck a power plant on Sunday, officials said.',
    'Engineers said repairs would take until next week. The plant was last hit in 2022.',
  ];

  it('validate against the schema, numbered in reading order', () => {
    const events = extractEvents(doc('2024-03-12', ...paragraphs));
    expect(events.map((e) => e.id)).toEqual(['event-1', 'event-2', 'event-3']);
    for (const e of events) expect(() => eventSchema.parse(e)).not.toThrow();
  });

  it('carry positions that match positionIn and the text', () => {
    const d = doc('2024-03-12', ...paragraphs);
    for (const e of extractEvents(d)) {
      const { paragraph, start, end } = e.position;
      expect(e.position).toEqual(positionIn(d.paragraphs, paragraph, start, end));
      expect(d.paragraphs[paragraph].text.slice(start, end)).toBe(e.text);
    }
  });

  it('carry short labels without the date words, never cut with "…"', () => {
    const events = extractEvents(doc('2024-03-12', ...paragraphs));
    expect(events[0].label).toBe('Russian drones struck a power plant');
    for (const e of events) {
      expect(e.label.length).toBeLessThanOrEqual(60);
      expect(e.label).not.toContain(e.text);
    }
    const long = only(
      '2024-03-12',
      'Rescue teams from six provinces, supported by army engineers and volunteers with heavy machinery, ' +
        'pulled 14 survivors from the collapsed hospital wing on Tuesday.',
    );
    expect(long.label).toBe('Rescue teams from six provinces pulled 14 survivors');
  });

  it('drop an attribution with any verb of saying when the date is not on it', () => {
    expect(only('2024-03-12', 'Russian drones struck a power plant on Sunday, officials warned.').label).toBe(
      'Russian drones struck a power plant',
    );
  });

  it('drop a preposition left hanging by the date', () => {
    expect(only('2022-09-05', 'Relief flights began on Aug. 29 and ended quickly.').label).toBe('Relief flights began');
    expect(only('2022-09-05', 'Relief flights ended quickly after they began on Aug. 29.').label).toBe('Relief flights began');
    expect(only('2022-09-05', 'Over 1.7 million homes have been damaged since June 14.')).toMatchObject({
      label: 'Over 1.7 million homes have been damaged',
      kind: 'mention', // a running total: June 14 starts the count, it is not the day of the damage
    });
  });

  it('label a date on a verb of saying as "who said what"', () => {
    const e = only('2023-10-08', 'The landslide buried 30 homes in the valley, a provincial spokesman said Sunday.');
    expect(e.label).toBe('A provincial spokesman said the landslide buried 30 homes');
  });
});

describe('more reporting styles', () => {
  // [published, sentence, expected [text, date] pairs]
  const cases: [string, string, [string, string | null][]][] = [
    ['2023-02-09', 'Sunday’s magnitude 7.8 quake toppled thousands of buildings.', [['Sunday’s', '2023-02-05']]],
    ['2023-02-09', 'The first tremor hit in the early hours of Monday morning.', [['in the early hours of Monday morning', '2023-02-06']]],
    ['2023-02-09', 'As of Wednesday, 11,000 deaths had been confirmed.', [['As of Wednesday', '2023-02-08']]],
    ['2023-02-09', 'Aftershocks continued overnight into early Tuesday.', [['early Tuesday', '2023-02-07']]],
    ['2023-02-09', 'Aid convoys crossed the border earlier this week.', [['earlier this week', '2023-02-06']]],
    ['2023-02-09', 'Prices have soared earlier this month.', [['earlier this month', '2023-02']]],
    ['2021-12-27', 'The tsunami of Dec. 26, 2004, killed about 230,000 people.', [['Dec. 26, 2004', '2004-12-26']]],
    [
      '2021-12-27',
      'The town was also flooded in 2018 and 2019.',
      [
        ['in 2018', '2018'],
        ['2019', '2019'],
      ],
    ],
    [
      '2021-12-27',
      'Voters went to the polls on May 6 and 9, 2021.',
      [
        ['May 6', '2021-05-06'],
        ['9, 2021', '2021-05-09'],
      ],
    ],
    ['2021-12-27', 'Police said that on May 6 and 12 people died.', [['May 6', '2021-05-06']]],
    ['2021-12-27', 'The 1918 flu pandemic killed tens of millions.', [['1918', '1918']]],
    [
      '2021-12-27',
      'The league suspended the 2020-21 season.',
      [
        ['2020-21', '2020'],
        ['2020-21', '2021'],
      ],
    ],
    ['2021-12-27', 'Cases peaked by the end of June.', [['the end of June', '2021-06']]],
    ['2021-12-27', 'The war has raged since March 2011.', [['since March 2011', '2011-03']]],
    ['2021-12-27', 'Officials will decide on Monday, January 3.', [['on Monday, January 3', '2022-01-03']]],
    ['2021-12-27', 'A bridge collapsed on the 6th of February.', [['the 6th of February', '2021-02-06']]],
    ['2021-12-27', 'The ward reopened two weeks later.', []],
    [
      '2021-12-27',
      'The factory burned down on July 14. Two weeks later, the owner was arrested.',
      [
        ['July 14', '2021-07-14'],
        ['Two weeks later', '2021-07-26'],
      ],
    ],
    [
      '2021-12-27',
      'The plane went down on Friday. A day earlier, the airline had grounded two jets.',
      [
        ['on Friday', '2021-12-24'],
        ['A day earlier', '2021-12-23'],
      ],
    ],
    ['2021-12-27', 'The Covid-19 outbreak began in Wuhan in late 2019.', [['in late 2019', '2019']]],
    ['2021-12-27', 'A 3,000-year-old temple and 2,500 homes were damaged.', []],
    ['2021-12-27', 'The storm reached Category 5 strength at 0600 GMT.', []],
    [
      '2019-11-20',
      'Rioters torched a bank late on Saturday, police said on Sunday.',
      [
        ['late on Saturday', '2019-11-16'],
        ['on Sunday', '2019-11-17'],
      ],
    ],
    ['2019-11-20', 'Students have protested since October.', [['since October', '2019-10']]],
    ['2019-11-20', 'The cyclone is set to make landfall on Friday.', [['on Friday', '2019-11-22']]],
    ['2022-09-05', 'Engineers tested the Long March 5 rocket before the launch window.', []],
    [
      '2022-09-05',
      'Relief flights began on Aug. 29 and were to continue until Sept. 30.',
      [
        ['Aug. 29', '2022-08-29'],
        ['Sept. 30', '2022-09-30'],
      ],
    ],
    ['2022-09-05', 'KYIV, Sept. 4 (AP) — Shelling cut power to the plant.', [['Sept. 4', '2022-09-04']]],
    ['2019-11-20', 'Hundreds were evacuated this past weekend as fires spread.', [['this past weekend', '2019-11-11']]],
  ];
  it.each(cases)('%s: %s', (published, sentence, expected) => {
    expect(found(published, sentence)).toEqual(expected);
  });
});

describe('pathological input', () => {
  it('stays fast on ~200 KB of dates, digits and quote marks', () => {
    const inputs = ['on Monday '.repeat(20_000), '1,'.repeat(100_000), '“'.repeat(200_000), 'May 6, 7 June 2019; '.repeat(10_000)];
    for (const text of inputs) {
      const started = performance.now();
      // One sentence: the split itself is not what this test measures.
      const events = extractEvents({ ...doc('2024-08-10'), paragraphs: [{ text, sentences: [{ start: 0, end: text.length }] }] });
      expect(performance.now() - started).toBeLessThan(2000);
      if (text.startsWith('on Monday')) expect(events).toHaveLength(20_000);
      if (text.startsWith('1,') || text.startsWith('“')) expect(events).toHaveLength(0);
      if (text.startsWith('May 6')) expect(events).toHaveLength(20_000);
    }
  });
});

// Rules added for the held-out articles (tests/fixtures/articles); sentences of our own.
describe('harder constructions', () => {
  it('"until Friday" and "through 15 August" are ahead unless the state is told as past', () => {
    // 2024-03-05 is a Tuesday.
    expect(found('2024-03-05', 'Schools in the district will stay shut, and a curfew is in force until Friday.')).toEqual([
      ['until Friday', '2024-03-08'],
    ]);
    expect(found('2024-03-05', 'The governor ordered flags flown at half-mast through Sunday.')).toEqual([
      ['through Sunday', '2024-03-10'],
    ]);
    expect(found('2025-07-02', 'A ban on outdoor work applies until 15 August.')).toEqual([['15 August', '2025-08-15']]);
    expect(found('2024-03-05', 'The road remained closed until Saturday.')).toEqual([['until Saturday', '2024-03-02']]);
  });
  it('"forecasters expect" points ahead', () => {
    expect(found('2024-03-05', 'Forecasters expect the storm to reach the coast on Thursday.')).toEqual([['on Thursday', '2024-03-07']]);
  });
  it('a month without a year takes the year that frames its sentence, not one that opens a period', () => {
    expect(found('2024-03-05', 'The worst floods came in 2019, when rivers burst in July and again in October.')).toEqual([
      ['in 2019', '2019'],
      ['in July', '2019-07'],
      ['in October', '2019-10'],
    ]);
    expect(found('2024-03-05', 'The camp has stood since 1994 and was shelled in October.')).toEqual([
      ['since 1994', '1994'],
      ['in October', '2023-10'],
    ]);
  });
  it('a habitual month span is no event', () => {
    expect(found('2024-03-05', 'The rainy season usually runs from May to October.')).toEqual([]);
    expect(found('2024-03-05', 'Aid deliveries were suspended from January to February.')).toEqual([
      ['from January to February', '2024-01'],
      ['from January to February', '2024-02'],
    ]);
  });
  it('a rough count from another date is no date', () => {
    expect(found('2024-03-05', 'The boat sank on Monday. It had left port about two weeks earlier.')).toEqual([
      ['on Monday', '2024-03-04'],
    ]);
  });
  it('a span across months with the year at its end is one event', () => {
    const events = extractEvents(doc('2024-05-01', 'Between 3 January and 21 April 2024, 9 412 cases were reported.'));
    expect(events.map((e) => [e.date, e.endDate, e.kind])).toEqual([
      ['2024-01-03', '2024-04-21', 'happened'],
      ['2024-04-21', null, 'mention'],
    ]);
  });
});

// Phrasings the unseen articles and the TimeBank corpus showed (issue 12); sentences of our own.
describe('dates as unseen news writes them', () => {
  it('a month and day without a year take the nearer occurrence when the verb leaves it open', () => {
    // 2024-10-28 is a Monday.
    expect(found('2024-10-28', 'The board declared a dividend of 12 cents a share, payable Dec. 2 to holders of record Nov. 15.')).toEqual([
      ['Dec. 2', '2024-12-02'],
      ['Nov. 15', '2024-11-15'],
    ]);
    expect(found('2024-10-28', 'The appointment takes effect Jan. 6.')).toEqual([['Jan. 6', '2025-01-06']]);
    expect(found('2024-10-28', 'The tender offer was extended to Nov. 20.')).toEqual([['Nov. 20', '2024-11-20']]);
    // A past verb keeps it in the past.
    expect(found('2024-10-28', 'The mill closed on Dec. 2 after a fire.')).toEqual([['Dec. 2', '2023-12-02']]);
  });

  it('a deadline moved to a weekday is ahead', () => {
    // 2024-10-28 is a Monday.
    expect(found('2024-10-28', 'The court postponed until Thursday any ruling on the appeal.')).toEqual([['until Thursday', '2024-10-31']]);
  });

  it('a present tense with a weekday is a schedule on the nearer day', () => {
    // 2024-11-01 is a Friday: Monday is three days ahead, four back.
    expect(found('2024-11-01', 'The two leaders meet separately Monday with the envoy.')).toEqual([['Monday', '2024-11-04']]);
  });

  it('spoken years, holidays, year-end and fiscal years are dates', () => {
    expect(found('1998-02-27', 'It happened in nineteen ninety-six, and again in January nineteen ninety-seven.')).toEqual([
      ['nineteen ninety-six', '1996'],
      ['January nineteen ninety-seven', '1997-01'],
    ]);
    expect(found('1998-02-27', 'The plan was meant to halve unemployment by the year two thousand.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
    expect(found('2000-01-07', 'The boy was found at sea on Thanksgiving Day.')).toEqual([['Thanksgiving Day', '1999-11-25']]);
    expect(found('1998-10-26', 'Campaigning will go on from now to Election Day.')).toEqual([['Election Day', '1998-11-03']]);
    expect(found('1989-10-30', 'The company expects to complete the sale by year-end.')).toEqual([['by year-end', '1989-12-31']]);
    expect(found('1989-10-30', 'The index has risen 12% since year-end.')).toEqual([['since year-end', '1988-12-31']]);
    expect(found('1989-10-30', 'Earnings will fall for the current fiscal year.')).toEqual([['the current fiscal year', '1989']]);
  });

  it('a month that qualifies a noun is a date, on its nearer occurrence', () => {
    expect(found('1989-10-27', 'The firm is still trying to sell itself under a June agreement with shareholders.')).toEqual([
      ['June', '1989-06'],
    ]);
  });

  it('"in five years" is a date only in a clause that looks ahead', () => {
    expect(found('1989-11-02', 'The notes would be redeemed in five years.')).toEqual([['in five years', '1994']]);
    expect(found('1989-11-02', 'It was the first surplus in five years.')).toEqual([]);
  });

  it('the base of a comparison of figures is no date', () => {
    expect(found('1989-10-26', 'Net income rose to $133 million from $100 million a year earlier.')).toEqual([]);
    expect(found('1989-10-26', 'The unit had a loss of $2.3 million, or 14 cents a share, a year ago.')).toEqual([]);
    expect(found('2016-10-07', 'Claims were down 5,000 from the previous week.')).toEqual([]);
    // The base may follow "on": an increase on the previous year is no year of its own.
    expect(
      found('2011-05-20', 'Harbrook Ferries made a profit of £12m for the year to March 2011, up 31 per cent on the previous year.'),
    ).toEqual([['March 2011', '2011-03']]);
    // An offset that dates an event stays.
    expect(
      found('2021-12-27', 'The plane went down on Friday. A day earlier, the airline had grounded two jets.').map(([, d]) => d),
    ).toEqual(['2021-12-24', '2021-12-23']);
  });

  it('recurring days, names and the present age are no dates', () => {
    expect(found('1998-02-13', 'A third flight will depart each Thursday.')).toEqual([]);
    expect(found('1998-03-31', 'The report was read on VOA Today.')).toEqual([]);
    expect(found('2000-01-07', 'The case is a lesson for today’s youth.')).toEqual([]);
    expect(found('1990-08-13', 'He spoke on ABC News’ “This Week” program.')).toEqual([]);
    expect(found('1989-10-30', 'Shares fell on Oct. 12, the day before the stock market plunge.')).toEqual([['Oct. 12', '1989-10-12']]);
  });

  it('a year inside a modifier does not lend itself to a later day of its sentence', () => {
    expect(found('1989-10-30', 'Under an accord signed in 1987, the firm had bought 481,000 shares through Sept. 29.')).toEqual([
      ['in 1987', '1987'],
      ['Sept. 29', '1989-09-29'],
    ]);
  });

  it('a range gives both ends', () => {
    expect(found('2010-07-20', 'The program ran through the 1957-58 season.').map(([, d]) => d)).toEqual(['1957', '1958']);
    expect(found('1989-10-30', 'It bought 100,000 shares from Aug. 26 to Oct. 20.').map(([, d]) => d)).toEqual([
      '1989-08-26',
      '1989-10-20',
    ]);
  });
});

describe('more dates as unseen news writes them', () => {
  it('counts from an event the text dated, or back from the report when the event is a clause', () => {
    const events = extractEvents(
      doc(
        '2021-06-20',
        'A gas explosion tore through the plant on March 3.',
        'Production resumed six weeks after the explosion, the company said.',
      ),
    );
    expect(events.map((e) => [e.text, e.date, e.precision])).toEqual([
      ['March 3', '2021-03-03', 'day'],
      ['six weeks after', '2021-04-12', 'week'],
    ]);
    // The label leaves out the event it counts from.
    expect(events[1].label).toBe('Production resumed');
    const back = only('2016-10-07', 'The news came a day after the Labor Department said jobless claims fell.');
    expect(back).toMatchObject({ date: '2016-10-06', label: 'The Labor Department said jobless claims fell' });
    expect(back.rule).toMatch(/^events\.event-offset-back/);
    // Counted from an event the text does not date, with no report to count back from: no date.
    expect(found('2020-10-18', 'The attack came only six days after a missile struck another district.')).toEqual([]);
  });

  it('an obligation, an arrangement or a planned event looks ahead', () => {
    // 2000-01-06 is a Thursday; 2000-01-07 a Friday.
    expect(found('2000-01-06', 'The boy must be returned to his father by Jan. 14.')).toEqual([['Jan. 14', '2000-01-14']]);
    expect(found('2000-01-07', 'Protesters planned a large demonstration in the park on Saturday.')).toEqual([
      ['on Saturday', '2000-01-08'],
    ]);
    expect(found('1999-02-16', 'The issue will dominate a summit set for Washington in April.')).toEqual([['in April', '1999-04']]);
    // An arrangement that fell through, or a plan told in the past with a verb as its object, looks back.
    // 1999-10-24 is a Sunday; 1998-09-30 a Wednesday.
    expect(found('1999-10-24', 'A vigil planned at the town hall for Saturday was cancelled after threats.')).toEqual([
      ['Saturday', '1999-10-23'],
    ]);
    expect(found('1998-09-30', 'On Friday, the ministry planned to pay the first claims to families.')).toEqual([
      ['On Friday', '1998-09-25'],
    ]);
  });

  it('reads a date before a noun phrase, in a name or after one', () => {
    expect(found('1998-09-07', 'There were no cancellations after the Aug. 7 embassy bombings.')).toEqual([['Aug. 7', '1998-08-07']]);
    expect(found('1998-09-07', 'There were no cancellations after the Aug. 7 Embassy bombings.')).toEqual([['Aug. 7', '1998-08-07']]);
    expect(found('1998-09-07', 'Members of the April 6 Youth Movement marched.')).toEqual([]);
    expect(found('2000-06-01', 'He arrived in the United States April 2, and stayed.')).toEqual([['April 2', '2000-04-02']]);
    expect(found('2023-11-21', 'Australia won the ODI World Cup 2023 final.')).toEqual([['2023', '2023']]);
    expect(found('2000-02-24', 'Post-1959 politics split families.')).toEqual([['1959', '1959']]);
  });

  it('the base of a comparison and a span of time are no dates', () => {
    expect(found('2023-05-10', 'Exports surpassed the volume from a year earlier.')).toEqual([]);
    expect(found('2023-05-10', 'Jobless claims fell by 5,000 from the previous week.')).toEqual([]);
    expect(found('2016-10-07', 'In the week to Oct. 1, 249,000 people filed claims, down 5,000 from the previous week.')).toEqual([
      ['Oct. 1', '2016-10-01'],
    ]);
    expect(found('2023-05-10', 'The repairs will be done in two days or less.')).toEqual([]);
  });

  it('a count from the end of a period the text dated counts from that day', () => {
    const events = extractEvents(
      doc(
        '2010-07-20',
        'Lakemont Tools reported record sales for the quarter that ended June 26.',
        'Its new saw went on sale just three days before the quarter ended.',
      ),
    );
    expect(events.map((e) => [e.text, e.date])).toEqual([
      ['June 26', '2010-06-26'],
      ['just three days before', '2010-06-23'],
    ]);
    expect(events[1].label).toBe('Its new saw went on sale');
  });

  it('a fortnight is two weeks', () => {
    // 2019-05-15 is a Wednesday: two weeks back is Wednesday 1 May, in the week of Monday 29 April.
    expect(found('2019-05-15', 'The bridge at Cold Harbour closed about a fortnight ago.')).toEqual([['a fortnight ago', '2019-04-29']]);
    expect(found('2019-05-15', 'The ferry sank on Monday. A fortnight later, divers reached it.').map(([, d]) => d)).toEqual([
      '2019-05-13',
      '2019-05-27',
    ]);
  });

  it('a list of months is one text with a date for each month, in the year of the first', () => {
    const dates = (published: string, text: string) => extractEvents(doc(published, text)).map((e) => [e.text, e.date]);
    expect(dates('2019-05-02', 'Lakeview Rail will run extra trains during June, July and August.')).toEqual([
      ['during June, July and August', '2019-06'],
      ['during June, July and August', '2019-07'],
      ['during June, July and August', '2019-08'],
    ]);
    expect(dates('2019-12-02', 'The pass stays closed in November, December, and January.').map(([, d]) => d)).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
    ]);
    expect(dates('2024-08-02', 'Sales rose in March, April or May 2021.').map(([, d]) => d)).toEqual(['2021-03', '2021-04', '2021-05']);
    expect(dates('2024-08-02', 'The show ran in January, February, and March of 2017.').map(([, d]) => d)).toEqual([
      '2017-01',
      '2017-02',
      '2017-03',
    ]);
  });

  it('a list of days ahead runs forward, each day after the one before it', () => {
    // 2019-05-15 is a Wednesday: the Thursday after Tuesday 21 May, not the next day.
    expect(found('2019-05-15', 'Strikes will halt the Brampton trams on Monday, Tuesday and Thursday.').map(([, d]) => d)).toEqual([
      '2019-05-20',
      '2019-05-21',
      '2019-05-23',
    ]);
  });

  it('a season ahead and a quarter near publication are dated by their year', () => {
    expect(found('2011-06-14', 'Analysts at Farrow Bank expect bills to rise again this autumn.')).toEqual([['this autumn', '2011']]);
    // Written once the season has begun or passed, "this summer" may be either summer.
    expect(found('2011-11-02', 'Sales at Farrow Bank were weak this summer.')).toEqual([]);
    expect(found('2005-01-19', 'Output at the Dunmore mills fell over the last quarter.')).toEqual([['over the last quarter', '2004']]);
    // "the quarter" is the quarter the text dated last.
    expect(
      found('2005-01-19', 'Output at the Dunmore mills fell over the last quarter.', 'Orders rose by 400 over the quarter.').map(
        ([, d]) => d,
      ),
    ).toEqual(['2004', '2004']);
    expect(found('2005-05-19', 'Orders rose by 400 over the quarter.')).toEqual([]);
    expect(found('2005-05-19', 'Orders will rise next quarter.')).toEqual([['next quarter', '2005']]);
    // A share, a fall in prices and a quarter with its own end are no such dates.
    expect(found('2005-01-19', 'A quarter of the workers left; this fall in output worried the board.')).toEqual([]);
    expect(found('2010-07-20', 'Sales rose in the quarter that ended June 26.')).toEqual([['June 26', '2010-06-26']]);
  });

  it('a month before a count or a part of a month is a month', () => {
    expect(found('2023-07-16', 'In June, 5,956 people were hospitalised.')).toEqual([['In June', '2023-06']]);
    expect(found('2023-07-16', 'In the first 13 days of July, there were 9,404 hospitalisations.')).toEqual([
      ['the first 13 days of July', '2023-07'],
    ]);
  });
});

describe('labels say who did what', () => {
  it('tells what happened in a dated event: "Six workers died in Thursday’s blaze", not "Blaze"', () => {
    expect(only('2025-05-03', 'Six workers died in Thursday’s blaze at the Keswick depot.').label).toBe(
      'Six workers died in blaze at the Keswick depot',
    );
    // Not what came after it, nor a source's claim stated as fact.
    expect(only('2025-05-03', 'Police arrested a man after Thursday’s blaze at the depot.').confidence).toBe('low');
    expect(only('2025-05-03', 'Seventeen workers died in Thursday’s blaze at the depot, the union said.').confidence).toBe('low');
    expect(only('2025-05-03', 'Sunday’s vote in Ostvale was postponed.').label).toBe('Vote in Ostvale was postponed');
  });

  it('takes the name before an age and a home town as the subject', () => {
    expect(only('2014-12-22', 'Former county clerk Ann Marsh, 50, of Salem, pleaded guilty in June to fraud.').label).toBe(
      'Former county clerk Ann Marsh pleaded guilty to fraud',
    );
    expect(only('2019-03-02', 'Kofi Mensah, 34, a teacher, was arrested on Friday.').label).toBe('Kofi Mensah was arrested');
  });

  it('reads "due to heat" as a cause, and names the second of two noun phrases side by side', () => {
    expect(
      only('2024-06-02', 'The county paper reported a total of 12 people died due to heat exposure across the region on Saturday.').label,
    ).toBe('A total of 12 people died due to heat exposure');
    expect(
      only('2023-11-22', 'On Tuesday, the governing body the International Rowing Federation made a big announcement about the regatta.')
        .label,
    ).toBe('The International Rowing Federation made a big announcement');
  });

  it('a relative clause stops at the sentence verb, and what takes place is an event', () => {
    expect(only('2023-03-08', 'A march that began in the old town on 7 March drew thousands.').label).toBe('A march began in the old town');
    expect(
      only('2023-03-08', 'Police held 60 people after a strike against the new tax that took place in the main square on 7 March.').label,
    ).toBe('A strike against the new tax took place in the main square');
    // A noun that only ends like an event ("-al") names no event: the clause is the label.
    expect(only('2023-03-08', 'Fighting broke out in the centre of the capital on 7 March.').label).toBe(
      'Fighting broke out in the centre of the capital',
    );
  });

  it('leaves out a wire dateline before an underscore, and a copula whose complement was the date', () => {
    expect(only('1998-03-09', 'LISBON, Portugal _ Some 2,000 farmers marched through the old town on Sunday.').label).toBe(
      'Some 2,000 farmers marched through the old town',
    );
    expect(only('1989-11-01', 'The record date is Nov. 9.').label).toBe('The record date');
    expect(only('1989-11-01', 'The final vote will be on Sunday.').label).toBe('The final vote');
  });

  it('a noun and its participle say what happened to it, or that a period ended', () => {
    expect(only('1989-11-01', 'In the fiscal year ended Jan. 31, the chain reported sales of $59 million.').label).toBe(
      'The fiscal year ended',
    );
    expect(only('1989-11-01', 'Under the settlement announced Friday, workers will get a raise.').label).toBe(
      'The settlement was announced',
    );
  });

  it('a label of words alone keeps a word that says something', () => {
    const label = only(
      '1998-10-26',
      'On Tuesday, the National Independent Retail and Wholesale Grocers Action Federation plans to hold a news conference.',
    ).label;
    expect(label).toMatch(/^The National Independent Retail/);
    expect(label.length).toBeLessThanOrEqual(60);
  });

  it('leaves out the hedge that goes with a date', () => {
    expect(only('2015-11-10', 'A new leader will be chosen in February or possibly later.').label).toBe('A new leader will be chosen');
    expect(only('2021-03-01', 'The audit will be published by May at the latest, the council said.').label).toBe(
      'The audit will be published',
    );
  });

  it('labels a date in an "as" clause by the event it frames: "the plane went down … as it flew to Pokhara on Sunday"', () => {
    expect(
      only(
        '2024-05-07',
        'Officials said the search was under way, hours after the aircraft went down in the Karst Gorge as it flew to Lendra on Sunday.',
      ).label,
    ).toBe('The aircraft went down in the Karst Gorge');
  });

  it('makes "between Wednesday and Thursday" one span: the count of both days is not pinned on each', () => {
    const events = extractEvents(
      doc('2025-01-31', 'At least 40 bodies were recovered in Tessaly between Wednesday and Thursday, a local leader said.'),
    );
    expect(events.map((e) => [e.text, e.date, e.endDate, e.kind])).toEqual([
      ['Wednesday', '2025-01-29', '2025-01-30', 'happened'],
      ['Thursday', '2025-01-30', null, 'mention'],
    ]);
  });

  it('joins two days in a row by "and" into one span, and keeps days apart as two events', () => {
    const dates = (text: string) => extractEvents(doc('2024-05-11', text)).map((e) => [e.date, e.endDate, e.kind]);
    expect(dates('Voters went to the polls on Monday and Tuesday.')).toEqual([
      ['2024-05-06', '2024-05-07', 'happened'],
      ['2024-05-07', null, 'mention'],
    ]);
    expect(dates('Voters went to the polls on Monday and Wednesday.')).toEqual([
      ['2024-05-06', null, 'happened'],
      ['2024-05-08', null, 'happened'],
    ]);
  });

  it('reads the period a figure covers as no date of the event: "a dividend for the fourth quarter of 2022"', () => {
    const events = extractEvents(
      doc('2023-03-12', 'Norsk Kraft declared a dividend of $2 billion for the fourth quarter of 2022 on Sunday.'),
    );
    expect(events.map((e) => [e.text, e.kind])).toEqual([
      ['2022', 'mention'],
      ['on Sunday', 'happened'],
    ]);
  });

  it('keeps "over" after "declared": an outbreak declared over ended, it did not start', () => {
    const events = extractEvents(
      doc('2024-05-11', 'Schools closed in December 2022 before that outbreak was officially declared over the following month.'),
    );
    expect(events.map((e) => [e.text, e.date, e.label])).toEqual([
      ['in December 2022', '2022-12', 'Schools closed'],
      ['the following month', '2023-01', 'That outbreak was declared over'],
    ]);
  });

  it('reads a sentence’s only verb after its subject as the past, never as a passive: "About 300 people fled"', () => {
    const [fled] = extractEvents(doc('2024-05-11', 'About 300 people fled over the weekend.'));
    expect([fled.label, fled.confidence]).toEqual(['About 300 people fled', 'medium']);
    expect(only('2024-05-11', 'The plan announced Friday was welcomed.').label).toBe('The plan was announced');
  });

  it('keeps the hedge of a count: "An estimated 4,000 people", "More than 20 homes"', () => {
    expect(only('2024-05-10', 'An estimated 4,000 people fled the town last week.').label).toBe('An estimated 4,000 people fled the town');
    expect(only('2024-05-10', 'More than 20 homes were destroyed on Sunday in Varna.').label).toBe(
      'More than 20 homes were destroyed in Varna',
    );
  });

  it('names a speaker by the surname when the full name leaves no room for what was said, and a body without its "’s"', () => {
    const [said] = extractEvents(
      doc(
        '2024-05-11',
        'Transport Minister Aleksandra Hovland said on Friday that the government would release emergency funds next week.',
      ),
    );
    expect([said.label, said.confidence]).toEqual(['Hovland said the government would release emergency funds', 'medium']);
    const [body] = extractEvents(
      doc('2024-05-11', 'The Interior Ministry’s chief spokeswoman said on Friday that the government had closed the border.'),
    );
    expect(body.label).toBe('Interior Ministry said the government closed the border');
  });
});

describe('a label that does not read whole keeps its event off the charts', () => {
  const judged = (text: string) => {
    const [event] = extractEvents(doc('2024-05-11', text));
    return [event.label, event.confidence, event.rule.endsWith('/partial-label')];
  };

  it('judges a bare noun, a subject no reader can place and a verb cut from what it says as not whole', () => {
    expect(judged('Turnout was low in Sunday’s vote.')).toEqual(['Vote', 'low', true]);
    expect(judged('He was arrested on Monday.')).toEqual(['He was arrested', 'low', true]);
    expect(
      judged('Reports from residents and local media stated on Wednesday that an airstrike resulted in the deaths of ten villagers.'),
    ).toEqual(['Reports from residents and media stated airstrike resulted', 'low', true]);
    expect(
      judged(
        'The Interior Ministry’s chief spokeswoman said on Friday that the national government would release emergency reconstruction funds.',
      ),
    ).toEqual(['Interior Ministry said the national government would release', 'low', true]);
  });

  it('judges a clause whose date belongs to what follows "with" as not telling that event', () => {
    expect(judged('Ostland has a history of deadly mine accidents, with more than 90 dying in a collapse at Varde in 2014.')).toEqual([
      'Ostland has a history of deadly mine accidents',
      'low',
      true,
    ]);
    expect(judged('Rescuers worked through the night with heavy lifting gear on Monday.')[1]).toBe('medium');
  });

  it('judges a label with no verb as not whole, even one that names an event', () => {
    expect(judged('Fans remembered the 2019 edition in Varna.')).toEqual(['Edition in Varna', 'low', true]);
    expect(judged('Thursday’s suicide bombing in a mosque in Tessaly shocked the region.')).toEqual([
      'Suicide bombing in a mosque in Tessaly',
      'low',
      true,
    ]);
  });

  it('judges a label that leans on an earlier sentence as not whole', () => {
    expect(judged('At least another 16 people were injured in the attack on Thursday.').slice(1)).toEqual(['low', true]);
    expect(judged('The mayor said on Friday that they found 40 bodies.').slice(1)).toEqual(['low', true]);
    expect(judged('The mayor said on Friday that rescuers found 40 bodies.')).toEqual([
      'The mayor said that rescuers found 40 bodies',
      'medium',
      false,
    ]);
  });

  it('judges a label cut before what its verb or noun needs as not whole', () => {
    // An object after a phrase, a noun of saying before its "that", a participle cut from its phrase,
    // a subject cut from its "of", a verb cut before its hedged count.
    expect(judged('On Tuesday, the Parliament of Ostland approved in the first reading one of the two bills.').slice(1)).toEqual([
      'low',
      true,
    ]);
    expect(judged('The council made a big announcement on Tuesday (Nov 21) that the stadium will close.').slice(1)).toEqual(['low', true]);
    expect(
      judged('Rescuers digging through the collapsed mountain hotel buried by the avalanche reported hearing no voices on Sunday.').slice(
        1,
      ),
    ).toEqual(['low', true]);
    expect(
      judged('As details of the tower’s possible preexisting structural conditions emerged Sunday, lawyers called for an inquiry.').slice(
        1,
      ),
    ).toEqual(['low', true]);
    expect(judged('A government artillery unit in the western hills mistakenly shelled at least 30 farmers on Sunday.').slice(1)).toEqual([
      'low',
      true,
    ]);
  });

  it('judges a label that tells only that something took place, how long, or what did not happen as not whole', () => {
    expect(judged('The explosion at the mine occurred at 6:15 pm on Friday.').slice(1)).toEqual(['low', true]);
    expect(judged('The region suffered an outbreak in 2022 that lasted almost four months.').slice(1)).toEqual(['low', true]);
    expect(judged('No survivors had been found by Monday evening.').slice(1)).toEqual(['low', true]);
    // (Sentenced to what: a whole label when it fits.)
    expect(judged('The former minister has been sentenced to 12 years in prison by the High Court on Tuesday.')).toEqual([
      'The former minister has been sentenced to 12 years in prison',
      'medium',
      false,
    ]);
  });

  it('judges a statement dated before its speaker as dating what was said, not the saying', () => {
    expect(judged('“The patient suffered organ failure and died” on Wednesday, the ministry said in a post.').slice(1)).toEqual([
      'low',
      true,
    ]);
    expect(judged('The toll rose to 40, the ministry said on Wednesday.')[1]).toBe('medium');
  });

  it('keeps what says which thing or whose role: "a report from 2018", "the former prime minister"', () => {
    expect(judged('On Saturday, the town council released an engineering report from 2018 that warned of cracks.')[0]).toBe(
      'The town council released an engineering report from 2018',
    );
    expect(judged('Earlier today, the former minister was convicted and found guilty on all seven charges.').slice(1)).toEqual([
      'low',
      true,
    ]);
    expect(judged('Okafor was elected in 2017.')).toEqual(['Okafor was elected', 'high', false]);
    expect(judged('The former prime minister was convicted on Tuesday of seven charges of abuse of power.')).toEqual([
      'The former prime minister was convicted',
      'low',
      true,
    ]);
  });

  it('judges a label cut from a superlative’s range, a noun phrase’s noun, or holding a quotation’s marks as not whole', () => {
    expect(judged('The valley mourned the deadliest flood in decades on Monday.')).toEqual([
      'The valley mourned the deadliest flood in decades',
      'medium',
      false,
    ]);
    expect(
      judged(
        'Residents of the three river towns below the Kessler dam mourned on Monday the deadliest flood in more than four decades.',
      ).slice(1),
    ).toEqual(['low', true]);
    expect(judged('A van drove into a crowd at a festive Bastille Day fireworks celebration on the waterfront.')[0]).toBe(
      'A van drove into a crowd at a festive fireworks celebration',
    );
    expect(
      judged('The truck drove into a crowd attending a festive Bastille Day fireworks celebration on the Promenade.').slice(1),
    ).toEqual(['low', true]);
    expect(judged('Police posted on Friday: ‘Of the 30 people in hospital, one has passed.’ MORE').slice(1)).toEqual(['low', true]);
    expect(judged('More than 40 people were killed and several hundred others injured in Tarsk on Wednesday.').slice(1)).toEqual([
      'low',
      true,
    ]);
    expect(judged('The judge spoke to the families shortly before the verdict was read on Tuesday.')[0]).toBe('The verdict was read');
  });

  it('judges two-word labels, time stamps, reports with no subject or verb, and numbers cut from their unit as not whole', () => {
    for (const sentence of [
      'Girls died on Tuesday.',
      'Memorial service published at 19:04 Greenwich Mean Time on Tuesday.',
      'Election observers from the region said on Sunday was mostly peaceful.',
      'The statistics office said food inflation eased on Thursday to 10.40 per cent in December from 11.2 per cent.',
    ])
      expect(judged(sentence).slice(1), sentence).toEqual(['low', true]);
  });

  it('keeps "little" with its verb: "was little changed" is not "was changed"', () => {
    expect(judged('Employment was little changed in September.')[0]).toBe('Employment was little changed');
  });

  it('reads what was said before the attribution when a clause of the writer’s follows it', () => {
    expect(judged('The death toll from the ferry fire has risen to 54, officials said Monday, as the island mourned its dead.')[0]).toBe(
      'Officials said the death toll has risen to 54',
    );
  });

  it('keeps the last stop of an abbreviation that ends a label', () => {
    expect(judged('The militia leader was sanctioned by the U.N. in September.')[0]).toBe('The militia leader was sanctioned by the U.N.');
  });

  it('keeps an adverb that changes what the verb claims', () => {
    expect(judged('An army drone accidentally killed 12 villagers on Sunday.')[0]).toBe('An army drone accidentally killed 12 villagers');
  });

  it('reads what a speaker said, not the writer’s phrase after the attribution', () => {
    expect(judged('The last six hostages have been released, police said yesterday, ending an ordeal that shocked the region.')[0]).toBe(
      'Police said the last six hostages have been released',
    );
  });

  it('a visit expected on the day of the report is expected, not reported done', () => {
    const [event] = extractEvents(doc('2022-10-15', 'The president was expected to visit the mine on Saturday.'));
    expect([event.date, event.kind]).toEqual(['2022-10-15', 'expected']);
  });

  it('judges a quotation dated inside its own words as not whole: the date is not the day it was said', () => {
    const [, quoted] = extractEvents(
      doc('2025-01-30', 'A Red Cross worker spoke to reporters. “The operation started yesterday,” he said.'),
    );
    expect(quoted?.confidence ?? 'low').toBe('low');
  });

  it('leaves a whole label as sure as its date', () => {
    expect(judged('A magnitude 6.8 earthquake struck the northern valley on Thursday.')).toEqual([
      'A magnitude 6.8 earthquake struck the northern valley',
      'medium',
      false,
    ]);
    expect(judged('Whakatane Island erupted at 2.11pm on Monday.')).toEqual(['Whakatane Island erupted', 'medium', false]);
  });
});

describe('dates that are no day of an event', () => {
  const kinds = (published: string, text: string) => extractEvents(doc(published, text)).map((e) => [e.date, e.kind, e.rule.split('/')[1]]);

  it('a figure for a whole year or month is the period’s statistic, not an event', () => {
    expect(kinds('2023-03-01', 'An estimated 43,000 people died during the drought last year.')).toEqual([
      ['2022', 'mention', 'statistic'],
    ]);
    expect(kinds('2023-08-01', 'In June, 5,956 people were hospitalised with the disease.')).toEqual([['2023-06', 'mention', 'statistic']]);
    expect(kinds('2023-03-01', 'Federal troops went to war with the rebels in November 2020.')).toEqual([['2020-11', 'happened', 'past']]);
    expect(kinds('2023-03-01', 'Six people died in the fire on Sunday.')).toEqual([['2023-02-26', 'happened', 'past']]);
  });

  it('a holiday that qualifies a noun is no date, unless the noun is held on the day', () => {
    expect(extractEvents(doc('2022-10-31', 'A crowd of Halloween partygoers packed the alley.'))).toEqual([]);
    expect(extractEvents(doc('2022-10-31', 'The Halloween crowd crush shocked the city.'))).toEqual([]);
    expect(extractEvents(doc('2016-07-15', 'They watched a Bastille Day fireworks celebration.')).map((e) => e.date)).toEqual([
      '2016-07-14',
    ]);
    expect(extractEvents(doc('2016-11-01', 'Crowds gathered on Halloween in the old town.')).map((e) => e.date)).toEqual(['2016-10-31']);
  });

  it('a figure for a year that ends on a day is the year’s statistic', () => {
    expect(kinds('2016-05-11', 'Net income reached 2.31 trillion yen in the year to March 31, the carmaker said.')[0].slice(1)).toEqual([
      'mention',
      'statistic',
    ]);
  });

  it('every base of one comparison is a comparison: "than those of 1995 and 2007"', () => {
    expect(kinds('2019-11-02', 'The squad was far more varied than those of 1995 and 2007.').map((k) => k[1])).toEqual([
      'mention',
      'mention',
    ]);
  });

  it('a weekday in brackets after a day restates that day', () => {
    const events = extractEvents(doc('2012-01-07', 'The central bank raised its key rates with effect from tomorrow (Sunday).'));
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2012-01-08', 'expected'],
      ['2012-01-08', 'mention'],
    ]);
  });

  it('a day’s weather reading is not an event', () => {
    expect(kinds('2024-06-02', 'Temperatures in Harlow reached 46.9C on Saturday.')[0].slice(1)).toEqual(['mention', 'statistic']);
    expect(kinds('2024-06-02', 'The heat index soared to 61 degrees in the valley on Saturday.')[0].slice(1)).toEqual([
      'mention',
      'statistic',
    ]);
  });

  it('a night the report carries into the next day’s small hours is drawn to that morning', () => {
    const events = extractEvents(
      doc(
        '2023-01-09',
        'Two buses collided on Saturday night near Kaffa. The accident occurred on Sunday at 3:15 local time, firefighters said.',
      ),
    );
    expect([events[0].date, events[0].endDate]).toEqual(['2023-01-07', '2023-01-08']);
    const evening = extractEvents(doc('2023-01-09', 'Two buses collided on Saturday night. Rescuers arrived at 9:30 pm on Sunday.'));
    expect([evening[0].date, evening[0].endDate]).toEqual(['2023-01-07', null]);
  });

  it('a state "as of" a time and a total of a day are not events', () => {
    expect(kinds('2023-06-13', 'As of Tuesday afternoon, divers were searching the river.')[0].slice(1)).toEqual(['mention', 'status']);
    expect(kinds('2024-06-02', 'A total of 58 people died of heat exposure across the country on Saturday.')[0].slice(1)).toEqual([
      'mention',
      'statistic',
    ]);
  });

  it('the day a stretch lasts until is no event of its own, unless a span starts before it', () => {
    expect(kinds('2023-06-13', 'Police said the search would continue through the night until Wednesday.')[0].slice(1)).toEqual([
      'mention',
      'end-bound',
    ]);
    expect(kinds('2023-06-13', 'The strike will run from Wednesday until Friday.')[0]).toEqual(['2023-06-14', 'expected', 'future']);
  });

  it('a year inside a name is not the date of the event', () => {
    expect(kinds('2023-11-22', 'Australia beat India in the World Cup 2023 final on Sunday.')).toEqual([
      ['2023', 'mention', 'name'],
      ['2023-11-19', 'happened', 'past'],
    ]);
  });

  it('two dates of one sentence on the same day with the same label are one event', () => {
    const events = extractEvents(doc('2020-07-28', 'KUALA LUMPUR, July 28 — The former minister was sentenced by the High Court today.'));
    expect(events.filter((e) => e.kind !== 'mention').map((e) => e.date)).toEqual(['2020-07-28']);
  });

  it('two labels of one day that give the same count are one event', () => {
    const events = extractEvents(
      doc(
        '2022-10-15',
        'The death toll rose to 40 on Saturday. The interior minister said on Saturday that 40 miners were confirmed dead.',
      ),
    );
    expect(events.map((e) => [e.label, e.kind])).toEqual([
      ['The death toll rose to 40', 'happened'],
      ['The interior minister said 40 miners were confirmed dead', 'mention'],
    ]);
  });
});

describe('named days and periods that end in a month', () => {
  it('a holiday on a fixed date resolves to its day nearest the publication, in the tense of its clause', () => {
    expect(found('2019-07-20', 'Crowds gathered on Bastille Day in the old port.')).toEqual([['Bastille Day', '2019-07-14']]);
    expect(found('2021-03-01', 'The parade on St Patrick’s Day will follow a shorter route.')).toEqual([
      ['St Patrick’s Day', '2021-03-17'],
    ]);
  });

  it('"the year to September": statistics for a period that ended in the month', () => {
    expect(found('2022-11-02', 'The bureau recorded 6 per cent inflation in its figures for the year to September.')).toEqual([
      ['year to September', '2022-09'],
    ]);
  });
});

describe('what blind round 8’s labels taught', () => {
  const judged = (text: string, published = '2024-05-11') => {
    const [event] = extractEvents(doc(published, text));
    return [event.label, event.confidence, event.rule.endsWith('/partial-label')];
  };

  it('keeps a verb’s complement after "as": "were listed as missing"', () => {
    expect(judged('Two crew members were listed as missing on Tuesday.')).toEqual([
      'Two crew members were listed as missing',
      'medium',
      false,
    ]);
  });

  it('a sentence before a closing mark that lost its opening is quoted', () => {
    const [event] = extractEvents(doc('2024-05-11', 'The deficit shrank. The trend continued in January as well,” the governor added.'));
    expect([event.date, event.rule.includes('/quoted'), event.confidence]).toEqual(['2024-01', true, 'low']);
  });

  it('judges a verb cut before its infinitive, an infinitive with no subject and a list cut short as not whole', () => {
    expect(judged('The central bank on Monday decided, for the fifth time, to keep the policy rate unchanged.')).toEqual([
      'The central bank decided',
      'low',
      true,
    ]);
    expect(judged('The committee decided to hold the rate at 22 percent in its meeting held today.')[2]).toBe(true);
    expect(judged('She said four bodies may need to be retrieved on Friday in Westmoreland and one in St. Elizabeth.')[2]).toBe(true);
    // A vote is an event of its own.
    expect(judged('The council voted on Tuesday.')).toEqual(['The council voted', 'medium', false]);
  });

  it('never makes "said" after a name a passive', () => {
    const [label] = judged('“The deepest grief you can imagine,” a stunned Kevin Garinger said late Friday night.');
    expect(label).not.toMatch(/was said/u);
  });
});

describe('what blind round 9 taught', () => {
  it('"in the early hours of today" is the day of the report', () => {
    expect(found('2021-08-16', 'The commission declared Mr. Banda the winner in the early hours of today.')).toEqual([
      ['today', '2021-08-16'],
    ]);
    expect(found('2021-08-16', 'The leaders of tomorrow met at the school.')).toEqual([]);
  });

  it('an apostrophe typed as an opening mark ("Zambia ‘s") quotes nothing; an age is no subject', () => {
    expect(found('2021-08-16', 'Mr. Banda was declared Zambia ‘s President Elect in the early hours of today.')).toEqual([
      ['today', '2021-08-16'],
    ]);
    const [ruled] = extractEvents(doc('2021-08-16', 'Lungu, 64, who has ruled Zambia since 2015, conceded.'));
    expect(ruled.label.startsWith('64') ? ruled.confidence : 'low').toBe('low');
  });

  it('a verb right after "said" and its subject is never made a passive', () => {
    const [event] = extractEvents(doc('2024-05-11', 'Police said the blast happened in the early hours of Monday.'));
    expect(event.label).not.toMatch(/was happened/u);
    const [released] = extractEvents(doc('2024-05-11', 'Officials said the report released on Monday found 40 cases.'));
    expect(released.label).toBe('The report was released');
  });
});

describe('what blind round 10 taught', () => {
  it('"its second landfall since late February" is a count since a date, no event of February', () => {
    const events = extractEvents(doc('2023-03-15', 'The storm made its second landfall since late February on Saturday.'));
    expect(events.find((e) => e.text.includes('February'))?.kind).toBe('mention');
  });

  it('judges a quantity cut from what it counts, a verb cut from its particle and a dangling participle as not whole', () => {
    const judged = (text: string) => extractEvents(doc('2024-09-20', text))[0].rule.endsWith('/partial-label');
    // (A short sentence keeps "of handheld pagers" in the label; a long one cuts it, and then it waits.)
    expect(judged('On Tuesday, hundreds of handheld pagers exploded near simultaneously across Ostland and in parts of Varn.')).toBe(true);
    expect(judged('The statistician said rice inflation is expected to continue to go up until July this year.')).toBe(true);
    expect(judged('The storm delivered its second punch starting at the weekend.')).toBe(true);
    expect(judged('Rescuers were searching the rubble on Monday.')).toBe(false);
  });

  it('"March of 2009" is one month', () => {
    expect(found('2024-02-07', 'Rice inflation is the highest since March of 2009.')).toEqual([['since March of 2009', '2009-03']]);
  });
});

describe('what blind round 12 taught', () => {
  it('a date before its past verb dates the verb, not the arrangement it announces', () => {
    expect(
      found('2021-11-06', 'Recall that the governor on Tuesday had announced the indefinite suspension of the agency’s manager.'),
    ).toEqual([['on Tuesday', '2021-11-02']]);
  });

  it('judges a word cut from its preposition ("due [to …]") as not whole', () => {
    const [event] = extractEvents(
      doc(
        '2022-10-31',
        'The death toll due to the collapse of a footbridge over the river in Varna district on Sunday evening has increased to 141.',
      ),
    );
    expect(event.rule.endsWith('/partial-label')).toBe(true);
  });
});

describe('what blind round 13 taught', () => {
  it('"following" before a noun is a preposition: a label with no other verb waits for an editor', () => {
    const events = extractEvents(
      doc(
        '2020-11-30',
        'Aliyu Musa, governor of the state, on Sunday confirmed the incident to reporters while leading mourners to the graves in Kauri, following the attack early Saturday.',
      ),
    );
    const attack = events.find((e) => e.text === 'early Saturday');
    expect(attack?.rule.endsWith('/partial-label')).toBe(true);
    expect(extractEvents(doc('2024-05-11', 'Schools reopened on Monday following the storm.'))[0].confidence).toBe('medium');
  });
});

describe('a bare month after a month written out in an earlier year', () => {
  it('goes on in that year’s story, in the next sentence and the next paragraph', () => {
    expect(found('2024-05-10', 'Elections were held in March 2023. The results were announced in May.')).toEqual([
      ['in March 2023', '2023-03'],
      ['in May', '2023-05'],
    ]);
    expect(found('2024-05-10', 'The strike began on March 3, 2022.', 'On June 9, the unions signed a deal.')[1]).toEqual([
      'June 9',
      '2022-06-09',
    ]);
  });
  it('not after a date used as a modifier, a month before the earlier one, or any date of the present', () => {
    expect(found('1990-08-15', 'He rejected the treaty after the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2.')[1]).toEqual([
      'Aug. 2',
      '1990-08-02',
    ]);
    expect(found('2024-05-10', 'Elections were held in March 2023. In February, turnout rose.')[1]).toEqual(['In February', '2024-02']);
    expect(found('2024-05-10', 'Elections were held in March 2023. Prices rose last week. In April, rents fell.')[2]).toEqual([
      'In April',
      '2024-04',
    ]);
  });
});

describe('a day with no month written ("on the 29th")', () => {
  it('is in the month of the last date the text gave, or of publication', () => {
    expect(found('2024-05-10', 'The ceasefire was agreed on June 27. Fighting resumed on the 29th.')).toEqual([
      ['June 27', '2023-06-27'],
      ['the 29th', '2023-06-29'],
    ]);
    expect(found('2024-05-10', 'He was buried on the 3rd.')).toEqual([['the 3rd', '2024-05-03']]);
    expect(found('2024-05-10', 'He was arrested on the 29th.')).toEqual([['the 29th', '2024-04-29']]);
    expect(found('2024-05-10', 'The final will be played on the 28th.')).toEqual([['the 28th', '2024-05-28']]);
    expect(found('2024-05-10', 'The final will be played on the 2nd.')).toEqual([['the 2nd', '2024-06-02']]);
  });
  it('is no date when it would go back before the last date, or names no day', () => {
    expect(found('2024-05-10', 'The talks opened on June 27. They had begun on the 3rd.')).toEqual([['June 27', '2023-06-27']]);
    expect(found('2024-05-10', 'She lives on the 29th floor, and on the 5th of the month the rent is due.')).toEqual([]);
  });
});

describe('"due to" a cause, and a deadline moved', () => {
  it('"postponed due to rain on Sunday" tells of the past; "is due to visit on Sunday" of the days ahead', () => {
    expect(found('2024-05-10', 'The match was postponed due to rain on Sunday.')).toEqual([['on Sunday', '2024-05-05']]);
    expect(found('2024-05-10', 'The minister is due to visit on Sunday.')).toEqual([['on Sunday', '2024-05-12']]);
  });
  it('a day a deadline is moved to lies ahead, with a time of day between', () => {
    expect(found('2024-05-10', 'The vote was postponed to Saturday.')).toEqual([['Saturday', '2024-05-11']]);
    expect(found('1989-11-02', 'The company extended its offer until 5 p.m. EST Nov. 9.')).toEqual([['Nov. 9', '1989-11-09']]);
  });
});

describe('what blind round 16 taught', () => {
  it('"overnight" before a noun of finance is no date; after a day the sentence dated, it is that night', () => {
    expect(found('2018-09-22', 'The bank holds the rate on overnight balances at 0.5 per cent.')).toEqual([]);
    expect(
      found('2018-09-22', 'At least 37 people had been rescued as of Thursday evening, when rescue teams called off their work overnight.'),
    ).toEqual([
      ['as of Thursday evening', '2018-09-20'],
      ['overnight', '2018-09-20'],
    ]);
    expect(found('2018-09-22', 'An overnight strike killed 12 people.')).toEqual([['overnight', '2018-09-22']]);
  });
  it('a span of counts ago is a vague time, no date', () => {
    expect(found('2014-08-01', 'Semi-finals were played before paltry crowds 20-25 years ago.')).toEqual([]);
    expect(found('2014-08-01', 'Semi-finals were played before paltry crowds 25 years ago.')).toEqual([['25 years ago', '1989']]);
  });
});

describe('what blind round 17 taught', () => {
  it('a participle of arranging set off by a comma looks either way, to the nearer date', () => {
    expect(found('2024-09-17', 'The attack comes a few days before Independence Day, scheduled for September 22.')).toEqual([
      ['September 22', '2024-09-22'],
    ]);
  });
});

describe('extractEvents: what blind round 19 taught', () => {
  it('a dateline alone before publication day ("Dhanbad, September 7", printed on the 8th): "yesterday" counts from it', () => {
    expect(found('2006-09-08', 'Dhanbad, September 7', 'The mine collapsed yesterday, trapping 50 miners.')).toEqual([
      ['September 7', '2006-09-07'],
      ['yesterday', '2006-09-06'],
    ]);
  });
  it('a present passive in a clause of time looks to the nearer date ("when the budget is unveiled on March 22")', () => {
    expect(found('2016-02-22', 'The deficit could exceed $20 billion when the federal budget is unveiled on March 22.')).toEqual([
      ['March 22', '2016-03-22'],
    ]);
  });
});

describe('extractEvents: labels that cannot be read alone wait for an editor (blind rounds 18–20)', () => {
  const waits = (published: string, ...paragraphs: string[]) =>
    extractEvents(doc(published, ...paragraphs))
      .filter((e) => e.kind !== 'mention')
      .map((e) => [e.label, e.rule.endsWith('/partial-label')]);
  it('a possessive pronoun first, an age for a subject, a count of hours after another event', () => {
    expect(waits('2020-02-12', 'The airline said its main markets would remain very competitive in 2020.')[0][1]).toBe(true);
    expect(waits('2024-07-03', '“They all ran,” said officer Sheela Maurya, 50, who had been on duty Tuesday.').at(-1)?.[1]).toBe(true);
    expect(
      waits('2024-07-03', 'On Wednesday morning, hours after the event, discarded clothing was scattered across the site.')[0][1],
    ).toBe(true);
  });
  it('a noun from after "of" or "than", a plural before "was", a participle with its agent: not the subject', () => {
    expect(waits('2007-08-17', 'The drive to reach six trapped miners was suspended indefinitely Friday.')[0][1]).toBe(true);
    expect(waits('2016-10-01', 'Trump praised Chris Wallace of Fox News, who will moderate the final debate on Oct. 19.')[0][1]).toBe(true);
    expect(
      waits('2023-12-04', '“They shelled Kherson again,” Zelenskiy said of the city, abandoned by Russian forces late last year.').at(
        -1,
      )?.[1],
    ).toBe(true);
    // A relative clause says what befell the noun after "of": "of the accord, which was announced Friday".
    expect(waits('1989-10-30', 'Its chairman echoed the official view of the accord, which was announced Friday.')).toEqual([
      ['The accord was announced', false],
    ]);
  });
  it('a verb of saying with what it says cut off: "Official data showed", "eight people were confirmed"', () => {
    expect(waits('2021-02-14', 'Inflation came in at 4.06 per cent, official data showed on February 12.').at(-1)?.[1]).toBe(true);
    expect(waits('2021-12-13', 'Late Sunday, a company spokesman said that eight people were confirmed dead at the plant.')[0][1]).toBe(
      false,
    );
  });
});

describe('extractEvents: what blind round 21 taught', () => {
  it('"the smallest gain in a year" is a period of comparison, no date; "hire again in a year" is one', () => {
    expect(found('2018-10-05', 'It was the smallest gain in a year.')).toEqual([]);
    expect(found('2018-10-05', 'The company expects to hire again in a year.')).toEqual([['in a year', '2019']]);
  });
});

describe('extractEvents: a cause is never turned round in a label', () => {
  it('"Flash floods triggered by breaches … have displaced 40,000, officials said": no "floods triggered breaches"', () => {
    const [event] = extractEvents(
      doc(
        '2007-07-13',
        'Flash floods triggered by breaches in embankments of Assamese rivers have displaced about 40,000 people, and helicopters are dropping food, officials said Friday.',
      ),
    );
    expect(event.label).not.toMatch(/triggered breaches/u);
  });
});

describe('extractEvents: a comparison cut before its term waits for an editor', () => {
  it('"None of the runners could secure more [than 50 percent of the votes]"', () => {
    const events = extractEvents(
      doc(
        '2014-07-07',
        'In the first round on April 5, none of the runners could secure more than 50 percent of the votes needed to win outright.',
      ),
    );
    const event = events.find((e) => e.text.includes('April'));
    // Whole only if it keeps the comparison's term.
    const cut = event?.label.endsWith('more') === true;
    expect(cut && !event?.rule.endsWith('/partial-label')).toBe(false);
  });
});

describe('extractEvents: what blind round 23 taught', () => {
  it('"it" stands for no count of people and no person ("as many as 1,500 people … when it went down")', () => {
    const events = extractEvents(
      doc('1993-02-18', 'The captain said as many as 1,500 people were packed onto the Neptune when it went down early yesterday.'),
    );
    const label = events.find((e) => e.text === 'early yesterday')?.label ?? '';
    expect(label).not.toMatch(/1,500 people went down|captain went down/iu);
  });
  it('a year after a trophy’s name is that year ("the Champions Trophy 2025")', () => {
    expect(found('2025-03-10', 'India won the Champions Trophy 2025 in Dubai.')).toEqual([['2025', '2025']]);
  });
});

describe('extractEvents: what blind round 24 taught', () => {
  it('a dateline with an agency after the date ("Dec 4, 2015, SPA —") is a dateline, and its label keeps no "SPA —"', () => {
    const events = extractEvents(
      doc(
        '2015-12-04',
        'Washington, Dec 4, 2015, SPA — The U.S. trade deficit widened unexpectedly in October, the government reported Friday.',
      ),
    );
    expect(events.find((e) => e.text.startsWith('Dec 4'))?.kind).toBe('mention');
    expect(events.every((e) => !e.label.startsWith('SPA'))).toBe(true);
  });
});

describe('extractEvents: what blind rounds 25 and 26 taught', () => {
  it('"from Rs15 as of January": a month after "as of" is a date', () => {
    expect(found('2020-06-28', 'The government doubled petrol tax from Rs15 as of January to Rs30 now.')).toEqual([
      ['as of January', '2020-01'],
    ]);
  });
  it('"the U.S. 2016 election": a year after initials is a year, not part of a name', () => {
    expect(found('2018-12-13', 'Cohen arranged the payments before the U.S. 2016 election.').map(([, date]) => date)).toEqual(['2016']);
  });
  it('"restoring power following Saturday’s storm", published on Sunday: the storm was yesterday', () => {
    expect(found('2021-12-12', 'Crews are working to restore power after Saturday’s wind storm.')).toEqual([['Saturday’s', '2021-12-11']]);
    expect(found('2021-12-12', 'Shops have been shut since Monday’s riots.')).toEqual([['since Monday’s', '2021-12-06']]);
    // A match the team travels after is still the nearer day: Wednesday is three days ahead, four back.
    expect(found('2021-12-12', 'The team travels to Rome after Wednesday’s match.')).toEqual([['Wednesday’s', '2021-12-15']]);
  });
  it('"ahead of the Fourth of July holiday" is the nearer Fourth of July', () => {
    expect(found('2021-07-01', 'Police had seized fireworks ahead of the Fourth of July holiday.')).toEqual([
      ['Fourth of July', '2021-07-04'],
    ]);
    expect(found('2021-07-10', 'Police had seized fireworks ahead of the Fourth of July holiday.')).toEqual([
      ['Fourth of July', '2021-07-04'],
    ]);
  });
});

describe('extractEvents: what blind round 27 taught', () => {
  it('"February 14 of this year", "in February of last year": the year phrase after "of" dates the day or month', () => {
    expect(found('2020-03-12', 'Civilians were killed in Ogossagou on February 14 of this year.')).toEqual([
      ['February 14 of this year', '2020-02-14'],
    ]);
    expect(found('2020-03-12', 'Civilians were killed in February of last year.')).toEqual([['in February of last year', '2019-02']]);
  });
  it('"had until 3 p.m. Sunday to get out", in a Saturday report, is the next day', () => {
    expect(found('2018-09-15', 'The mayor told residents that they had until 3 p.m. Sunday to get out.')).toEqual([
      ['until 3 p.m. Sunday', '2018-09-16'],
    ]);
  });
  it('"By early Friday, 44,400 people have been evacuated" in a Thursday report is the nearer Friday, a tally reckoned to it', () => {
    const event = only('2016-04-14', 'By early Friday, 44,400 people have been evacuated from their homes.');
    expect([event.date, event.kind]).toEqual(['2016-04-15', 'mention']);
    expect(only('2016-04-14', 'By Monday, 300 people had been evacuated.').date).toBe('2016-04-11');
  });
});

describe('extractEvents: what the timelines of blind rounds 25 to 27 showed', () => {
  it('"has killed thousands and displaced millions since 2015" is a running total, not an event of 2015', () => {
    expect(only('2022-06-14', 'Violence has killed thousands and displaced millions across the region since 2015.').kind).toBe('mention');
  });
  it('"results will be ready at the end of this week": the running week holds what is to come', () => {
    expect(only('2016-03-11', 'He said the results will be ready at the end of this week.').kind).toBe('expected');
    expect(only('2016-03-11', 'The count was completed this week.').kind).toBe('happened');
  });
});

describe('extractEvents: labels the timelines of blind rounds 25 to 27 read wrong', () => {
  it('"memories of the team’s 2019 failure when they lost the final": the when-clause labels the year, and "they" is no singular thing', () => {
    const event = only(
      '2022-02-07',
      'The victory banished memories of the team’s 2019 failure when they lost the final to Algeria in Egypt.',
    );
    expect([event.date, event.label]).toEqual(['2019', 'They lost the final to Algeria in Egypt']);
  });
  it('"Mr. Obama … told his advisers … They found a way": "they" is not the one man named', () => {
    const events = extractEvents(
      doc('2016-09-08', 'Mr. Obama told his advisers to act without Congress. They found a way through the law in 2015.'),
    );
    expect(events.map((e) => e.label)).toEqual(['They found a way through the law']);
  });
});

describe('extractEvents: a label never ends inside a clause cut before its verb', () => {
  it('"comes at a time when the NHS junior doctors …" keeps no "when" without its verb', () => {
    const event = only(
      '2023-04-15',
      'The strike action comes at a time when the NHS junior doctors in England are currently staging a four-day walkout over pay, ending on 0700 Saturday.',
    );
    expect(event.label).not.toMatch(/\bwhen\b/u);
  });
});

describe('extractEvents: what blind round 29 taught', () => {
  it('"A flood watch was in effect until 7 p.m. Friday" in a Thursday report runs to the next day; "closed until Monday" on a Wednesday, the one before', () => {
    expect(found('2024-05-02', 'A flood watch was in effect for Houston until 7 p.m. Friday.')).toEqual([
      ['until 7 p.m. Friday', '2024-05-03'],
    ]);
    expect(
      found('2024-05-02', 'A flood warning was in place for parts of Houston, including the Kingwood area, until 7 a.m. Friday, it said.'),
    ).toEqual([['until 7 a.m. Friday', '2024-05-03']]);
    expect(found('2024-05-01', 'Schools were closed until Monday.')).toEqual([['until Monday', '2024-04-29']]);
  });
});

describe('extractEvents: labels of blind rounds 28 and 29', () => {
  it('a superlative stays in a shortened subject, and "and" goes with the adjectives it joined', () => {
    expect(
      only('2013-10-14', "India's strongest storm in 14 years left a trail of destruction along the country's east coast yesterday.").label,
    ).toMatch(/^India's strongest storm/u);
    expect(
      only(
        '2016-06-26',
        'A voracious and deadly wildfire in central California has burned 150 homes and the toll may rise, fire officials said Saturday.',
      ).label,
    ).not.toMatch(/\band wildfire\b/u);
  });
  it('a label never ends on a number cut at a comma inside it ("a sum of N100, 000")', () => {
    const event = only(
      '2018-04-17',
      'The commission proved that Mohammed Balogun demanded a sum of N100, 000 from a litigant on September 21, 2003.',
    );
    expect(event.label).not.toMatch(/N100$/u);
  });
});

describe('extractEvents: a period named by its end is no reported clause', () => {
  it('"reported a net profit of Rs64 crore in the fourth quarter ended March": the label keeps the profit', () => {
    const event = extractEvents(
      doc(
        '2018-04-14',
        'DCB Bank Ltd on Saturday reported a net profit of Rs64 crore in the fourth quarter ended March of 2017-18 on the back of increase in operating profit.',
      ),
    ).find((e) => e.text === 'on Saturday');
    expect(event?.label).toMatch(/^DCB Bank Ltd reported a net profit of Rs64 crore/u);
  });
});

describe('extractEvents: what blind round 30 taught', () => {
  it('"will raise … in March, after making a quarter-point increase in early February" dates February the nearer one', () => {
    expect(
      found('2023-03-07', 'The bank will raise its rate at its next meeting, after making a quarter-point increase in early February.'),
    ).toEqual([['in early February', '2023-02']]);
  });
  it('"like Christmas decorations" is no date', () => {
    expect(found('2016-08-12', 'Clothes hung from trees like Christmas decorations.')).toEqual([]);
  });
});

describe('extractEvents: labels of blind round 30', () => {
  it('"as they prepare to withdraw by the end of next year" dates the withdrawal, "by the end of" and all', () => {
    const event = only('2013-10-05', 'NATO troops are winding down operations as they prepare to withdraw by the end of next year.');
    expect(event.label).not.toMatch(/winding down|by the end/u);
    expect(event.label).toMatch(/withdraw$/u);
  });
  it('"raised the possibility that the bank will raise its rate" waits for an editor: the label alone would be certain', () => {
    const events = extractEvents(
      doc('2023-03-07', 'The statement raised the possibility that the bank will raise its main interest rate at its meeting on March 21.'),
    );
    expect(events.map((e) => [e.date, e.confidence])).toEqual([['2023-03-21', 'low']]);
  });
});

describe('extractEvents: a period looked forward to', () => {
  it('"we anticipate growth for the year to March", in November, is next March; "rose 3% in the year to March" the last', () => {
    expect(found('2020-11-18', 'We anticipate low single-digit growth in customer numbers for the year to March.')).toEqual([
      ['year to March', '2021-03'],
    ]);
    expect(found('2020-11-18', 'Inflation rose 3% in the year to March.')).toEqual([['year to March', '2020-03']]);
  });
});

describe('extractEvents: labels of blind round 32', () => {
  it('"passed a 2017 operating budget" without its year reads "an operating budget"; "a one-year deal" keeps "a"', () => {
    expect(found('2017-01-17', 'City councillors on Monday passed a 2017 operating budget by a 6-4 vote.')).toContainEqual([
      'on Monday',
      '2017-01-16',
    ]);
    const label = extractEvents(doc('2017-01-17', 'City councillors on Monday passed a 2017 operating budget by a 6-4 vote.'))[0].label;
    expect(label).toMatch(/passed an operating budget/u);
    expect(only('2017-01-17', 'The union on Monday signed a one-year deal with the city.').label).toMatch(/a one-year deal/u);
  });
  it('"A Philippine coast guard commander said" is never cut to "Philippine said"', () => {
    const label = only(
      '2023-03-31',
      'A Philippine coast guard commander said on Friday the tragic scenes he saw aboard a gutted ferry moved rescuers to tears.',
    ).label;
    expect(label).not.toMatch(/^Philippine said/u);
  });
});

describe('extractEvents: a lead said a day ahead of its page', () => {
  it('", the coast guard said Wednesday." leading a report dated Tuesday is the next day, and happened', () => {
    const events = extractEvents(
      doc('2019-08-27', 'At least three people were killed after a fire engulfed a ferry overnight, the coast guard said Wednesday.'),
    );
    expect(events.filter((e) => e.text === 'Wednesday').map((e) => [e.date, e.kind])).toEqual([['2019-08-28', 'happened']]);
  });
  it('"Sununu was told Wednesday by Bush’s son" is no attribution: the Wednesday before', () => {
    expect(
      found(
        '1991-12-03',
        'Sources said Monday the aide had lost support. Sununu was told Wednesday by the president’s son that he had alienated members.',
      ),
    ).toContainEqual(['Wednesday', '1991-11-27']);
  });
});

describe('extractEvents: a dateline typed with "--" stays out of labels', () => {
  it('"KADUNA, NIGERIA (BNO NEWS) -- At least 24 people were killed …, officials said on Monday."', () => {
    const events = extractEvents(
      doc(
        '2012-10-15',
        'KADUNA, NIGERIA (BNO NEWS) -- At least 24 people were killed Sunday when gunmen stormed a village, officials said on Monday.',
      ),
    );
    expect(events.every((e) => !/--|NIGERIA/u.test(e.label))).toBe(true);
    expect(events.find((e) => e.text === 'on Monday')?.label).toMatch(/^Officials said at least 24 people were killed/u);
  });
});

describe('extractEvents: a label whose noun was cut off', () => {
  it('"has contributed to a recent [marked uptick]" loses the dangling article and waits for an editor', () => {
    const event = only(
      '2020-11-18',
      'The reduction in the energy price cap from 1 October 2020 has contributed to a recent marked uptick in partner activity and a return to customer growth.',
    );
    expect(event.label).not.toMatch(/\ba recent$/u);
    expect(event.confidence).toBe('low');
  });
  it('"cremated the dead", "filed a brief" end their phrase and stay whole', () => {
    expect(only('2023-06-28', 'On Tuesday, locals cremated the dead.').label).toMatch(/cremated the dead$/u);
  });
});

describe('extractEvents: what blind round 33 taught', () => {
  it('a month’s possessive before a noun ("June’s inconclusive election") dates that event; "May’s" may be a name', () => {
    expect(found('2015-11-02', 'The vote followed June’s inconclusive general election.')).toEqual([['June', '2015-06']]);
    expect(found('2015-11-02', 'Theresa May’s government fell.')).toEqual([]);
  });
  it('a day in numbers reads day first, unless that day is after publication and the other way is not', () => {
    expect(found('2024-03-14', 'The vote was held on 12/03/2024.')).toEqual([['12/03/2024', '2024-03-12']]);
    expect(found('2024-03-14', 'The notice dated 03/12/2024 was read out.')).toEqual([['03/12/2024', '2024-03-12']]);
    expect(found('2024-03-14', 'The attack on 2/25/2024 killed four.')).toEqual([['2/25/2024', '2024-02-25']]);
    expect(found('2024-03-14', 'Version 2.3.1 was released on the website.')).toEqual([]);
  });
});

describe('extractEvents: what the labels of blind rounds 33 and 34 taught', () => {
  it('a relative clause inside a partitive appositive describes the group, not the main verb’s subject', () => {
    const events = extractEvents(
      doc(
        '2024-03-15',
        'Solaiman Ali, 45, one of the 32 people who were critically injured in the cylinder blast on Wednesday, passed away this morning.',
      ),
    );
    expect(events.find((e) => e.text === 'this morning')?.label).toBe('Solaiman Ali passed away');
  });
  it('"which shares a border" is a verb, so the relative clause closes before the main one', () => {
    expect(only('2024-03-15', 'Uganda, which shares a border with the DRC, last experienced an outbreak in 2022.').label).toBe(
      'Uganda experienced an outbreak',
    );
  });
  it('a label too long for its object ends before an "of" inside it rather than at its verb', () => {
    const label = only(
      '2011-04-28',
      'Eight people died in a blast that ripped through the homes of coal mine workers and nearby villagers in Central China’s Henan province Tuesday evening.',
    ).label;
    expect(label).toBe('A blast ripped through the homes');
  });
  it('a holiday things were meant for is the nearer one; "have already been evacuated" by a weekday is reckoned to today', () => {
    expect(found('2021-07-01', 'The fireworks were intended for sale around the Fourth of July holiday.')).toEqual([
      ['Fourth of July', '2021-07-04'],
    ]);
    expect(found('2016-04-14', 'By early Friday, 44,400 people have already been evacuated from their homes.')).toEqual([
      ['By early Friday', '2016-04-15'],
    ]);
  });
});

describe('extractEvents: what blind round 35 taught', () => {
  it('a name right after a noun phrase, with no relative word, is the subject of the verb after it', () => {
    expect(only('2018-01-20', 'The time shaves 0.02 seconds off the mark countryman Maurice Greene matched in 2001.').label).toBe(
      'Countryman Maurice Greene matched',
    );
    expect(only('2018-01-20', 'Supporters of the opposition leader Raila Odinga marched on Monday.').label).toMatch(/^Supporters of/u);
  });
  it('"before the end of the year" is the year of the story; "the year-long war" is no date', () => {
    expect(found('2019-05-21', 'Construction is expected to start before the end of the year.')).toEqual([
      ['before the end of the year', '2019'],
    ]);
    expect(found('2019-05-21', 'At the end of the year-long war, peace came.')).toEqual([]);
  });
  it('a count of days after a storm is not counted from the day someone spoke of it', () => {
    const events = extractEvents(
      doc(
        '1988-09-15',
        'Prime Minister Edward Seaga said Wednesday that Hurricane Gilbert caused $8 billion damage.',
        'Two days after the hurricane’s passing, Jamaica remained without electricity.',
      ),
    );
    expect(events.map((e) => e.date)).toEqual(['1988-09-14']);
  });
});

describe('extractEvents: what blind round 36 taught', () => {
  it('"in three months to February" is the period ending in February, not three months ahead', () => {
    expect(found('2021-04-20', 'The jobless rate fell to 4.9 percent in three months to February.')).toEqual([
      ['three months to February', '2021-02'],
    ]);
    expect(found('2021-04-20', 'The rate will rise in three months.')).toEqual([['in three months', '2021-07']]);
  });
});

describe('extractEvents: what the labels of blind rounds 35 and 36 taught', () => {
  it('a gerund after "before" or "after" is what happened on its date, told in the past of the sentence’s subject', () => {
    expect(
      only(
        '1988-09-15',
        'The storm also killed five people in the Dominican Republic before slamming into Mexico’s Yucatan peninsula Wednesday morning.',
      ).label,
    ).toBe('The storm slammed into Mexico’s Yucatan peninsula');
    expect(only('1998-02-06', 'The economy has been creating jobs after averaging 242,000 for the first nine months of 1997.').label).toBe(
      'The economy averaged 242,000 for the first nine months',
    );
  });
  it('a gerund of a verb whose past is its base stays so ("after hitting" -> "hit")', () => {
    expect(only('2024-05-15', 'The storm flooded the port after hitting the coast on Monday.').label).toBe('The storm hit the coast');
  });
  it('a list after "among" or "between" runs on over its commas: the subject is the phrase before it', () => {
    expect(
      only('2022-06-28', 'A meeting on Monday among the union, the Education and Finance ministries ended without results.').label,
    ).toBe('A meeting ended without results');
  });
});

describe('extractEvents: what the labels of blind round 37 taught', () => {
  it('the day a fiscal year ended is a mention of its period, not an event', () => {
    const events = extractEvents(
      doc('2023-05-11', 'The airline posted a Dh10.6 billion profit in the fiscal year that ended on March 31, Emirates said on Thursday.'),
    );
    expect(events.map((e) => [e.text, e.kind])).toEqual([
      ['March 31', 'mention'],
      ['on Thursday', 'happened'],
    ]);
  });
  it('what was announced after the sentence is its main clause, not a relative one inside its subject', () => {
    const event = extractEvents(
      doc(
        '2015-10-17',
        'A new €11.5 million wing at Mater Dei Hospital which is to be used as a medical assessment unit is to open its doors in the first week of November, the government announced today.',
      ),
    ).find((e) => e.text === 'today');
    expect(event?.label).toMatch(/^The government announced/u);
    expect(event?.label).not.toMatch(/to be used/u);
  });
});

describe('extractEvents: labels rounds 38 and 39 taught', () => {
  it('a verb after a relative clause with no comma is the sentence’s, said of what "who" stands for', () => {
    expect(only('2013-10-14', 'Residents who fled the storm returned home on Monday.').label).toBe('Residents returned home');
    expect(only('2013-10-14', 'Villagers who survived the flood rebuilt their homes in March.').label).toBe(
      'Villagers rebuilt their homes',
    );
    // ("MSNBC, which let him go": "go" is no verb of its own.)
    expect(only('2016-09-19', 'He worked for MSNBC, which let him go in 2015.').label).not.toMatch(/^MSNBC go/u);
  });
  it('"it" stands for no plural of people ("Police told PTI … when it fell")', () => {
    const event = only(
      '2022-10-05',
      'Police told reporters there were 50 people on board the bus when it fell Tuesday evening into a gorge.',
    );
    expect(event.label).not.toMatch(/^Police fell/u);
    expect(event.confidence).toBe('low');
  });
  it('a list after "except" belongs to the phrase before it; the subject is that phrase', () => {
    expect(
      only('2022-11-27', 'The results in all other districts except Bajura, Dolakha and Syangja will be available by Sunday evening.')
        .label,
    ).toBe('The results will be available');
  });
  it('a participle after the object of a verb and its phrases is said of an event noun among them ("the election of the House held")', () => {
    expect(
      only(
        '2022-11-27',
        'Nepali Congress has received the highest number of votes in the election of the House of Representatives held on November 20.',
      ).label,
    ).toBe('The election was held');
    expect(only('2016-10-07', 'The news came a day after the Labor Department said jobless claims fell.').label).toBe(
      'The Labor Department said jobless claims fell',
    );
  });
  it('"going" is a future only in "going to" and a verb ("before going missing on Saturday" is past)', () => {
    expect(found('2015-12-20', 'The ship sent a distress signal before going missing on Saturday.')).toEqual([
      ['on Saturday', '2015-12-19'],
    ]);
    expect(found('2015-12-20', 'The company is going to close the plant in March.')).toEqual([['in March', '2016-03']]);
  });
  it('a span of two years after a name is a date ("since James Blake 2006/07"); one year after a name is part of it', () => {
    expect(found('2013-01-12', 'He is the first repeat winner in Sydney since James Blake 2006/07.').map(([, d]) => d)).toEqual([
      '2006',
      '2007',
    ]);
    expect(found('2013-01-12', 'The council passed Resolution 2334 on a vote.')).toEqual([]);
  });
  it('the months in brackets after a span of years make up that span: no date ("fiscal year 2022-23 (April-March)")', () => {
    expect(found('2022-12-07', 'Inflation is projected at 6.7 per cent in fiscal year 2022-23 (April-March).').map(([, d]) => d)).toEqual([
      '2022',
      '2023',
    ]);
  });
  it('a month with "last year" is one date, labelled as what was done then', () => {
    expect(found('2023-05-14', 'The allocation was announced in December last year.')).toEqual([['in December last year', '2022-12']]);
  });
});

describe('extractEvents: labels round 40 taught', () => {
  it('"came to power in a coup 17 years ago" is the relative clause’s event, not the main clause’s', () => {
    const events = extractEvents(doc('2011-11-25', 'Mr Jammeh, who came to power in a bloodless coup 17 years ago, has a bigger mandate.'));
    expect(events.map((e) => [e.date, e.label])).toEqual([['1994', 'Mr Jammeh came to power in a bloodless coup']]);
  });
  it('a verb after a comma that closes another verb’s object shares that verb’s subject', () => {
    expect(
      only(
        '2013-06-13',
        'An explosion at a chemical factory killed two people, injured 49 others and sent flames into the air on Thursday.',
      ).label,
    ).toBe('An explosion at a chemical factory sent flames into the air');
    // (Not a participle after a noun: "the decision, announced Wednesday by …".)
    expect(only('2000-01-06', 'They said they would appeal the decision, announced Wednesday by the commissioner.').label).not.toMatch(
      /^They announced/u,
    );
  });
  it('a dateline before the sentence changes neither rule ("CHICAGO: An explosion …", "GOPALPUR, India – People who fled …")', () => {
    expect(
      only(
        '2013-06-13',
        'CHICAGO: An explosion at a factory killed two people, injured 49 others and sent flames into the air on Thursday.',
      ).label,
    ).toMatch(/^(?:An )?[Ee]xplosion .*sent flames/u);
    expect(
      only('2013-10-14', 'GOPALPUR, India – Thousands of people who fled India’s strongest cyclone in 14 years returned home Monday.')
        .label,
    ).toBe('People returned home');
  });
  it('"and" between adjectives joins them: no clause ("a small and poorly defended town"), no cut ("a remote and mountainous area")', () => {
    expect(only('2012-09-08', 'Rebels attacked a small and poorly defended town on Friday.').label).toBe(
      'Rebels attacked a small and poorly defended town',
    );
    expect(only('2012-09-08', 'Two earthquakes struck a remote and mountainous area on Friday.').label).not.toMatch(/a remote$/u);
  });
  it('a verb’s particle is no date’s preposition ("the plan will only kick in from January")', () => {
    expect(only('2023-08-15', 'But the plan will only kick in from January.').label).toBe('The plan will only kick in');
  });
  it('a word a hyphen glues to the one before stays whole ("The walk-out on Tuesday")', () => {
    expect(only('2016-07-05', 'The walk-out on Tuesday was called by the teachers’ union.').label).toMatch(/^The walk-out was called/u);
    expect(only('2016-07-05', 'The sit-in on Tuesday was organised by students.').label).toMatch(/^The sit-in was organised/u);
  });
  it('"he" in a clause fronted before its sentence’s subject stands for that subject', () => {
    const seed = doc(
      '2011-11-25',
      'Opposition candidate Ousainou Darboe took 17% of the vote.',
      'After he cast his vote on Thursday, Mr Jammeh said he was in no doubt that he would win.',
    );
    const events = extractEvents(seed, { entities: extractEntities(seed) });
    expect(events.map((e) => e.label)).toContain('Jammeh cast his vote');
  });
});

describe('labels read alone: a place left out, a pluperfect, a storm by its name', () => {
  const labels = (published: string, ...paragraphs: string[]) => {
    const seed = doc(published, ...paragraphs);
    return extractEvents(seed, { entities: extractEntities(seed) }).map((e) => e.label);
  };
  it('a label cut short keeps the place right after the cut, when the entities know it as a place', () => {
    expect(
      labels('2020-10-18', 'A missile strike on Saturday leveled a row of homes in Azerbaijan’s second-largest city of Ganja, killing 12.'),
    ).toEqual(['A missile strike leveled a row of homes in Ganja']);
  });
  it('no place that belongs to a noun further on, nor a name that modifies a common noun', () => {
    expect(
      labels('1998-11-20', 'Two men were sought last week for questioning in connection with the slaying of a doctor in Buffalo.')[0],
    ).not.toMatch(/Buffalo/u);
    expect(
      labels('2024-05-10', 'The protesters on Thursday gathered outside the embassy building in Biden’s old neighbourhood.')[0],
    ).not.toMatch(/in Biden/u);
  });
  it('a pluperfect on its own date is a plain past', () => {
    expect(labels('2022-01-08', 'Earlier on Friday, the government had freed several opposition leaders from prison.')).toEqual([
      'The government freed several opposition leaders from prison',
    ]);
  });
  it('"the storm" is the one storm the story names', () => {
    expect(
      labels(
        '2021-12-20',
        'Super Typhoon Rai killed at least 200 people.',
        'Thousands fled Siargao Island, where the storm made landfall on Thursday.',
      ),
    ).toContain('Super Typhoon Rai made landfall');
    expect(labels('2021-12-20', 'Typhoon Rai and Typhoon Odette were named.', 'The storm made landfall on Thursday.')).toContain(
      'The storm made landfall',
    );
  });
  it('a storm by its name is not the anchor of "after the hurricane’s passing": the gerund is the event', () => {
    const dates = extractEvents(
      doc(
        '1988-09-15',
        'Hurricane Gilbert slammed into the Yucatan peninsula on Wednesday morning.',
        'Two days after the hurricane’s passing, Jamaica remained without electricity.',
      ),
    ).map((e) => e.date);
    expect(dates).toEqual(['1988-09-14']);
  });
});

describe('a run of days ahead ends after it starts', () => {
  it('"beginning on Monday and ending in Wellington on Friday" is next Friday, not the day of the report', () => {
    const events = extractEvents(
      doc('2018-11-09', 'The strike will last the whole week, beginning in Auckland on Monday and ending in Wellington on Friday.'),
    );
    expect(events.map((e) => e.date)).toEqual(['2018-11-12', '2018-11-16']);
  });
});

describe('"overnight" before the days it spans', () => {
  it('"overnight Sunday-Monday" dates Sunday and Monday, not the night before the report', () => {
    expect(found('2024-06-20', 'The sailing boat sank off the coast overnight Sunday-Monday.').map(([, d]) => d)).toEqual([
      '2024-06-16',
      '2024-06-17',
    ]);
    expect(found('2024-06-20', 'The boat sank overnight, the coastguard said.').map(([, d]) => d)).toEqual(['2024-06-20']);
  });
});

describe('an infinitive of planning looks ahead', () => {
  it('"by having to prepare to play the Brumbies on Saturday" is the coming Saturday', () => {
    expect(found('2021-05-10', 'A muted response was forced on them by having to prepare to play the Brumbies on Saturday.')).toEqual([
      ['on Saturday', '2021-05-15'],
    ]);
  });
});
