import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../tests/helpers/chart-fixtures.ts';
import { figure as figureSchema, type Figure, type ParsedSeed } from '../../schema/document.ts';
import { extractFigures } from './index.ts';
import { parseSeed } from '../../ingest/parse.ts';

const docOf = (...paragraphs: string[]): ParsedSeed => parsedSeed(paragraphs, '2024-05-01');
const figuresIn = (...paragraphs: string[]): Figure[] => extractFigures(docOf(...paragraphs));
type Expected = Partial<
  Pick<
    Figure,
    'value' | 'measure' | 'qualifier' | 'unit' | 'subject' | 'attribution' | 'text' | 'place' | 'partOf' | 'status' | 'rule' | 'confidence'
  >
>;

describe('extractFigures: the sample seed', () => {
  const file = 'seeds/000_fb5ec107e9726c52.txt';
  const { document } = parseSeed(file, fs.readFileSync(file));
  const figures = extractFigures(document);

  it('finds the casualty, displacement and duration figures with their hedges and subjects', () => {
    expect(figures.map((f) => [f.value, f.measure, f.qualifier, f.subject, f.unit])).toEqual([
      [40000, 'killed', 'nearly', 'Palestinians', 'people'],
      [91700, 'injured', 'over', null, 'people'],
      [1139, 'killed', 'exact', 'Israelis', 'people'],
      [10, 'other', 'more than', null, 'months'],
      [1000000, 'displaced', 'more than', 'Palestinians', 'people'],
    ]);
  });

  it('gives verbatim text spans, positions and ids in document order', () => {
    for (const [i, f] of figures.entries()) {
      expect(f.id).toBe(`figure-${i + 1}`);
      expect(figureSchema.parse(f)).toEqual(f);
      expect(document.paragraphs[f.position.paragraph].text.slice(f.position.start, f.position.end)).toBe(f.text);
    }
    expect(figures[0].text).toBe('nearly 40,000 Palestinians have been killed');
    expect(figures[1].text).toBe('over 91,700 injured');
    expect(figures[3].text).toBe('More than 10 months');
    expect(figures[4].text).toBe('more than 1 million Palestinians had sought refuge');
  });
});

// Sentences written for these tests (wire styles, UK and US spelling, many topics).
const cases: Array<[string, string, Expected[]]> = [
  [
    'earthquake wire copy with dateline and attribution',
    'ANKARA, Feb 7 (Reuters) - The earthquake killed at least 3,400 people and injured more than 15,000, ' +
      'the disaster agency said on Tuesday.',
    [
      { value: 3400, measure: 'killed', qualifier: 'at least', attribution: 'the disaster agency' },
      { value: 15000, measure: 'injured', qualifier: 'more than' },
    ],
  ],
  [
    'AP dateline, aside with a subset, second verb',
    'KYIV (AP) — A missile strike on an apartment block killed at least 40 people, including three children, ' +
      'and wounded 75 others, officials said Sunday.',
    [
      { value: 40, measure: 'killed' },
      { value: 3, measure: 'killed', subject: 'children' },
      { value: 75, measure: 'injured', attribution: 'officials' },
    ],
  ],
  [
    'floods with missing people and a named source',
    'WASHINGTON, Aug 9 (Reuters) - Flash floods have killed 23 people and left 12 missing, Governor Jane Doe told reporters.',
    [
      { value: 23, measure: 'killed' },
      { value: 12, measure: 'missing', attribution: 'Governor Jane Doe' },
    ],
  ],
  [
    'magnitude, clock time and damage',
    'The magnitude 7.8 quake, which struck at 4:17 a.m., flattened about 6,000 buildings and left 1.2m people homeless.',
    [
      { value: 6000, measure: 'other', unit: 'buildings', qualifier: 'about' },
      { value: 1200000, measure: 'displaced' },
    ],
  ],
  [
    'non-breaking space as thousands separator',
    'Roughly 2\u00A0300 residents were evacuated from the valley.',
    [{ value: 2300, measure: 'evacuated', qualifier: 'about', subject: 'residents' }],
  ],
  [
    'epidemic cases and deaths with a running total',
    'Health officials reported 1,234 new cases of cholera and 19 deaths, bringing the total to 8,502 cases.',
    [
      { value: 1234, measure: 'affected', attribution: 'Health officials' },
      { value: 19, measure: 'killed' },
      { value: 8502, measure: 'affected' },
    ],
  ],
  [
    'people on board are "other"; flight numbers and models are not figures',
    'The plane, an Airbus A320 carrying 150 passengers and six crew members, crashed after leaving gate 12 as Flight 302.',
    [
      { value: 150, measure: 'other', subject: 'passengers' },
      { value: 6, measure: 'other', subject: 'crew members' },
    ],
  ],
  [
    'arrests and injured officers, "according to"',
    'Police arrested 57 people after the protest, and 12 officers were hurt, according to the Metropolitan Police.',
    [
      { value: 57, measure: 'detained' },
      { value: 12, measure: 'injured', subject: 'officers', attribution: 'the Metropolitan Police' },
    ],
  ],
  ['ages are not figures', 'The 45-year-old driver and a 12-year-old girl were among the dead.', []],
  [
    'heatwave: "almost" and temperatures',
    'Almost 500 people have died from the heatwave, while temperatures reached 47 degrees Celsius and 49C in places.',
    [{ value: 500, measure: 'killed', qualifier: 'nearly' }],
  ],
  [
    '"up to" with an estimate, and "ago"',
    'Up to 10,000 people may have been killed in the fighting that began 18 months ago.',
    [{ value: 10000, measure: 'killed', qualifier: 'up to' }],
  ],
  [
    '"fewer than" and a date',
    'Fewer than 100 families have fled since the ceasefire took effect on March 3.',
    [{ value: 100, measure: 'displaced', qualifier: 'fewer than', subject: 'families' }],
  ],
  [
    '"a dozen" is vague even with a measure; road numbers skipped',
    'A dozen people were injured when the bus overturned on Highway 61 near Exit 4.',
    [],
  ],
  [
    'hostages with a verb and an adjective; the year is skipped',
    'Militants abducted 276 schoolgirls from their dormitory in 2014; 98 are still held captive.',
    [
      { value: 276, measure: 'hostages', subject: 'schoolgirls' },
      { value: 98, measure: 'hostages' },
    ],
  ],
  [
    '"some" as a hedge and a decimal million',
    'Some 1.4 million Palestinians have sought refuge in Rafah, the UN agency said.',
    [{ value: 1400000, measure: 'displaced', qualifier: 'about', subject: 'Palestinians', attribution: 'the UN agency' }],
  ],
  [
    'money in several currencies',
    'The government pledged $2.5 billion in aid, €300m in loans and 1.5 million rupees to each family.',
    [
      { value: 2500000000, unit: 'USD', measure: 'other' },
      { value: 300000000, unit: 'EUR' },
      { value: 1500000, unit: 'rupees' },
    ],
  ],
  [
    'a tally with "rose to" and people unaccounted for',
    'The death toll from the blaze rose to 71 on Tuesday, with 15 people still unaccounted for.',
    [
      { value: 71, measure: 'killed', text: 'death toll from the blaze rose to 71' },
      { value: 15, measure: 'missing' },
    ],
  ],
  [
    'a historical toll: the year is not a figure',
    'The 2004 tsunami killed about 230,000 people across 14 countries.',
    [
      { value: 230000, measure: 'killed', qualifier: 'about' },
      { value: 14, measure: 'other', unit: 'countries' },
    ],
  ],
  [
    'votes and seats are counts of things, "other"',
    'Voters gave the party 52 percent of the vote and 120 seats in the 450-seat parliament.',
    [
      { value: 52, measure: 'other', unit: 'percent' },
      { value: 120, measure: 'other', unit: 'seats', rule: 'figures.thing-count' },
      { value: 450, measure: 'other', unit: 'seats' },
    ],
  ],
  ['phone numbers are not figures', 'Call the hotline on 0800 123 456 or +44 20 7946 0958 for information.', []],
  ['distances and GMT times are not figures', 'The quake struck 10 km (6 miles) deep at 0342 GMT, 35 miles south of the city.', []],
  ['an age after a name is not a figure', 'Mohammed Ali, 34, said he lost his home in the strike.', []],
  [
    'a damage percentage is kept as "other"; a ratio is not',
    'About 80% of homes in the district were destroyed, and 1 in 5 children is malnourished.',
    [{ value: 80, unit: 'percent', measure: 'other', qualifier: 'about' }],
  ],
  ['ordinals, storeys and clock times', 'The fire broke out on the 12th floor of the 24-storey tower at around 1am.', []],
  ['comparative periods are not durations', 'It was the deadliest disaster in 30 years. Two years on, survivors are still waiting.', []],
  [
    'damaged property',
    'The ministry said three hospitals had been hit and two ambulances damaged.',
    [
      { value: 3, unit: 'hospitals', measure: 'other', attribution: 'The ministry' },
      { value: 2, unit: 'ambulances' },
    ],
  ],
  [
    'an aside with its own number',
    'The UN said 1.9 million people, or 85 percent of the population, have been displaced.',
    [
      { value: 1900000, measure: 'displaced', attribution: 'The UN' },
      { value: 85, unit: 'percent', measure: 'other' },
    ],
  ],
  ['vague amounts are skipped', 'Hundreds were killed and thousands more wounded; dozens of homes burned.', []],
  [
    'a toll listing several measures',
    'The toll stood at 1,500 dead, 3,000 injured and 200 missing on Monday.',
    [
      { value: 1500, measure: 'killed' },
      { value: 3000, measure: 'injured' },
      { value: 200, measure: 'missing' },
    ],
  ],
  [
    'an aside with an age inside',
    'Eight people, among them a two-month-old baby, drowned when the boat capsized.',
    [{ value: 8, measure: 'killed', subject: 'people' }],
  ],
  [
    'deployed responders are counted (as blind annotators count them), their aircraft are not',
    'France deployed 2,000 police officers and 40 helicopters to the island.',
    [{ value: 2000, measure: 'other', subject: 'police officers' }],
  ],
  [
    'coordinated subjects share one predicate',
    'It said 64 children and 57 women were killed, and 153 children and 161 women were among the nearly 700 wounded.',
    [
      { value: 64, measure: 'killed' },
      { value: 57, measure: 'killed' },
      { value: 153, measure: 'injured' },
      { value: 161, measure: 'injured' },
      { value: 700, measure: 'injured', qualifier: 'nearly' },
    ],
  ],
  [
    'coordinated objects share one verb',
    'Gunmen set fire to at least 30 homes and 12 cars before fleeing.',
    [
      { value: 30, unit: 'homes', qualifier: 'at least' },
      { value: 12, unit: 'cars' },
    ],
  ],
  [
    'the agents of an active verb are counted, but not as its victims',
    'Three gunmen killed 12 worshippers at the mosque.',
    [
      { value: 3, measure: 'other', subject: 'gunmen' },
      { value: 12, measure: 'killed', subject: 'worshippers' },
    ],
  ],
  [
    'a source that is a number is not a figure',
    'Two aid workers said the strike killed 56 people.',
    [{ value: 56, measure: 'killed', attribution: 'Two aid workers' }],
  ],
  [
    '"one" only counts with a measure',
    'One of the buildings was empty, but one man died and one video shows the blast.',
    [{ value: 1, measure: 'killed', subject: 'man' }],
  ],
  [
    'a typhoon: evacuation centres and homes damaged (UK spelling)',
    'More than 300,000 people were evacuated and 12,500 houses were damaged, the disaster council said.',
    [
      { value: 300000, measure: 'evacuated', qualifier: 'more than' },
      { value: 12500, unit: 'houses', attribution: 'the disaster council' },
    ],
  ],
  [
    'a shooting with numbers in words',
    'Police said five people were shot dead and seven wounded at the festival.',
    [
      { value: 5, measure: 'killed', attribution: 'Police' },
      { value: 7, measure: 'injured' },
    ],
  ],
  [
    'a duration of the war',
    'The 14-month siege has left the city in ruins after nearly two years of war.',
    [
      { value: 14, unit: 'months', measure: 'other' },
      { value: 2, unit: 'years', qualifier: 'nearly' },
    ],
  ],
  [
    'durations in days and weeks',
    'Rescuers searched for 10 days; the camp had been cut off for three weeks.',
    [
      { value: 10, unit: 'days' },
      { value: 3, unit: 'weeks' },
    ],
  ],
  ['short reporting windows are not durations', 'In the past 24 hours, 18 people died of the disease.', [{ value: 18, measure: 'killed' }]],
  [
    'an increment of the previous tally',
    'The governor said the toll had reached 94 – 20 more than on Sunday.',
    [
      { value: 94, measure: 'killed' },
      { value: 20, measure: 'killed' },
    ],
  ],
  [
    'inverted attribution after a quote',
    '“We have recovered 31 bodies so far,” said Amina Yusuf, a Red Crescent official.',
    [{ value: 31, measure: 'killed', attribution: 'Amina Yusuf' }],
  ],
  [
    'a pronoun source is not an attribution',
    'Ten people were killed and eight wounded, he said.',
    [
      { value: 10, measure: 'killed', attribution: null },
      { value: 8, measure: 'injured' },
    ],
  ],
  ['negation', 'None of the 40 passengers were injured.', [{ value: 40, measure: 'other' }]],
  [
    '"more than a hundred" and "about"',
    'More than a hundred bodies were found, and about 250 people were taken hostage.',
    [
      { value: 100, measure: 'killed', qualifier: 'more than' },
      { value: 250, measure: 'hostages', qualifier: 'about' },
    ],
  ],
  [
    'curly quotes and a population count',
    '“A town of 50,000 people has lost 300 homes,” the mayor said.',
    [
      { value: 50000, measure: 'other', rule: 'figures.population' },
      { value: 300, unit: 'homes', measure: 'other' },
    ],
  ],
  // In an epidemic report the hospitalised are sick, not wounded.
  [
    'disease: infected and hospitalised (UK)',
    'At least 120 people were infected and 14 hospitalised after the outbreak, the NHS said.',
    [
      { value: 120, measure: 'affected', qualifier: 'at least', attribution: 'the NHS' },
      { value: 14, measure: 'affected' },
    ],
  ],
  ['codes are not figures', 'The M23 rebels and COVID-19 aside, F-16 jets flew over Route 9.', []],
  [
    '"an estimated" is a hedge, not a speech verb',
    'An estimated 3,000 people lost their lives, while 5,000 homes were swept away.',
    [
      { value: 3000, measure: 'killed', qualifier: 'about', attribution: null },
      { value: 5000, unit: 'homes', attribution: null },
    ],
  ],
  [
    'evacuation centres',
    'Officials confirmed 42 deaths, and said 7,800 people were staying in evacuation centres.',
    [
      { value: 42, measure: 'killed', attribution: 'Officials' },
      { value: 7800, measure: 'evacuated' },
    ],
  ],
  [
    '"X said on Saturday that"',
    'The health ministry in Gaza said on Saturday that 274 people had been killed.',
    [{ value: 274, measure: 'killed', attribution: 'The health ministry in Gaza' }],
  ],
  ['"the dead included"', 'Among the dead were 12 children, the ministry said.', [{ value: 12, measure: 'killed', subject: 'children' }]],
  // Rules added for held-out articles (tests/fixtures/articles): one sentence of our own for each.
  [
    'a flood "sweeping away" homes is damage',
    'The river burst its banks at dawn, sweeping away 58 homes in the valley.',
    [{ value: 58, unit: 'homes', measure: 'other' }],
  ],
  [
    'a revised toll keeps its old value',
    'The number of dead climbed to 61 from 48 after divers reached the hull.',
    [
      { value: 61, measure: 'killed' },
      { value: 48, measure: 'killed' },
    ],
  ],
  [
    '"up from" an earlier toll',
    'The toll stood at 112, up from 97 on Friday, officials in Sindh said.',
    [
      { value: 112, measure: 'killed' },
      { value: 97, measure: 'killed' },
    ],
  ],
  [
    'a toll with a long subject',
    'The death toll from the collapse of a garment factory on the outskirts of the old port city of Chittagong rose to 83.',
    [{ value: 83, measure: 'killed' }],
  ],
  [
    '"up from" after a long clause',
    'Some 9,870 cholera cases had been recorded across the province since March, up from 7,420 a week ago.',
    [
      { value: 9870, measure: 'affected' },
      { value: 7420, measure: 'affected' },
    ],
  ],
  [
    'counts of unlisted things',
    'Crews carried out 64 rescues overnight and donors sent 2 million doses.',
    [
      { value: 64, measure: 'other' },
      { value: 2000000, measure: 'other', subject: 'doses' },
    ],
  ],
  [
    'a capacity is a figure',
    'The hall, which has a capacity of 3,500, was packed when the roof gave way.',
    [{ value: 3500, measure: 'other' }],
  ],
  [
    'the parts of a tally named at the head of the sentence',
    'Of the 210 cholera cases, 96 were children and 31 were in one camp.',
    [
      { value: 210, measure: 'affected' },
      { value: 96, measure: 'affected' },
      { value: 31, measure: 'affected' },
    ],
  ],
  [
    'medical care after a fire is an injury',
    'Nineteen residents were in critical condition and 7 were treated at the scene for smoke inhalation.',
    [
      { value: 19, measure: 'injured' },
      { value: 7, measure: 'injured' },
    ],
  ],
  [
    'intensive care in an epidemic is a case',
    'Health officials said 88 dengue patients were hospitalised, and 12 of them required intensive care.',
    [
      { value: 88, measure: 'affected' },
      { value: 12, measure: 'affected' },
    ],
  ],
  [
    'a bare number after damaged property counts property',
    'Some 2,300 houses were damaged and about 640 were left uninhabitable by the tremor.',
    [
      { value: 2300, unit: 'houses', qualifier: 'about' },
      { value: 640, unit: 'houses', qualifier: 'about' },
    ],
  ],
  [
    'a range shares its noun',
    'The trawler had between 60 to 70 migrants on board when it sank, and 25-30 houses flooded.',
    [
      { value: 60, measure: 'other', subject: 'migrants' },
      { value: 70, measure: 'other' },
      { value: 25, unit: 'houses' },
      { value: 30, unit: 'houses' },
    ],
  ],
  [
    'shares are figures; votes and odds are not',
    'Bread prices rose by 60 percent and 18% of wells ran dry; forecasters gave a 70% chance of rain.',
    [
      { value: 60, unit: 'percent' },
      { value: 18, unit: 'percent' },
    ],
  ],
  [
    'hostages still held',
    'The kidnappers let the climbers go on Sunday, but four guides are still being held.',
    [{ value: 4, measure: 'hostages', subject: 'guides' }],
  ],
  [
    '"confirmed cases" is a noun phrase, not a source',
    'The ministry recorded 1,204 confirmed cases and 9 suspected deaths of mpox.',
    [
      { value: 1204, measure: 'affected' },
      { value: 9, measure: 'killed' },
    ],
  ],
  [
    'people rescued are evacuated',
    'Coastguards rescued 37 people from the capsized dhow off Zanzibar.',
    [{ value: 37, measure: 'evacuated', subject: 'people' }],
  ],
  [
    "a people's name without a plural ending",
    'More than 2,000 Yazidi fled the mountain, and 40,000 Rohingya live in camps near the border.',
    [
      { value: 2000, measure: 'displaced' },
      { value: 40000, measure: 'displaced' },
    ],
  ],
  ['"of the victims" counts the dead', 'Six of the victims were found in one house after the mudslide.', [{ value: 6, measure: 'killed' }]],
  // A noun that is an 'other' cue by itself ("passengers", "survivors") still takes its predicate.
  [
    'passengers with a predicate',
    'KARACHI (Reuters) - Fourteen passengers were killed when the coach overturned on the highway.',
    [{ value: 14, measure: 'killed' }],
  ],
  [
    'survivors taken to hospital after an aside',
    'Nine of the survivors, who had clung to a capsized hull overnight, were rushed to hospital in Kos.',
    [{ value: 9, measure: 'injured' }],
  ],
  ['"passengers" alone stays other', 'The ferry was carrying 212 passengers when its engine failed.', [{ value: 212, measure: 'other' }]],
  ['an adjectival cue before a place counts no one', 'Relief teams reached the four affected districts on Friday.', []],
  // "Of the dead, six were children": the part takes the group's measure.
  [
    'part of a group named first (UK)',
    'Of the dead, nine were pensioners who lived alone, the coroner’s office said.',
    [{ value: 9, measure: 'killed' }],
  ],
  ['part of the injured', 'Among those injured, 11 were firefighters.', [{ value: 11, measure: 'injured' }]],
  [
    'a "number of people who died" tally across a clause',
    'The number of people who died after the levee broke near Can Tho has risen to 31, officials said.',
    [{ value: 31, measure: 'killed' }],
  ],
  [
    'a clause stop still bounds a short tally',
    'Prices jumped after the deaths were announced and rose to 15 rupees.',
    [{ value: 15, measure: 'other', unit: 'rupees' }],
  ],
  [
    '"remain admitted" and a number inside a prepositional phrase',
    'A further 60 families from three hamlets have been shifted to a school, and 17 of them remain admitted at the district hospital.',
    [
      { value: 60, measure: 'evacuated' },
      { value: 17, measure: 'injured' },
    ],
  ],
  [
    '"moved" only after an auxiliary',
    'Around 90,000 people had been moved to higher ground before the storm.',
    [{ value: 90000, measure: 'evacuated', qualifier: 'about' }],
  ],
  ['"admitted" right after a number is not care', 'Two officials admitted negligence at the inquiry.', []],
  [
    'a relative clause before the predicate',
    'Six trekkers who set out from the lodge on Sunday despite the warnings are still missing.',
    [{ value: 6, measure: 'missing' }],
  ],
  [
    'a relative clause with its own auxiliary',
    'Three divers who were searching the reef are unaccounted for, the navy said.',
    [{ value: 3, measure: 'missing' }],
  ],
  [
    'a scare-quoted military verb',
    'The army said it had "neutralised" some 35 fighters in the raid.',
    [{ value: 35, measure: 'killed', qualifier: 'about' }],
  ],
  [
    '"from their homes" is displacement',
    'The fighting has driven nearly three million from their homes since 2019.',
    [{ value: 3000000, measure: 'displaced', qualifier: 'nearly' }],
  ],
  ['the top of an age range is not a figure', 'Vaccination is open to everyone aged 2 months to 59 years in the 12 affected counties.', []],
  [
    'East African and South Asian currency codes',
    'Each family got Sh50,000 from the county and Tk 1.5 crore went to the district, while KSh 2 million was pledged.',
    [
      { value: 50000, unit: 'shillings', measure: 'other' },
      { value: 15000000, unit: 'BDT' },
      { value: 2000000, unit: 'KES' },
    ],
  ],
  [
    'the South African rand, its "R" glued to the sum',
    'The Treasury set aside R500 million for drought relief, and R 20 million more for water tankers.',
    [
      { value: 500000000, unit: 'ZAR', measure: 'other', text: 'R500 million' },
      { value: 20000000, unit: 'ZAR', measure: 'other', text: 'R 20 million' },
    ],
  ],
  [
    'a verb of saying other than "said" names the source',
    'At least 40 people were killed in the strikes, the UN warned. Another 12 are missing, aid groups stressed.',
    [
      { value: 40, measure: 'killed', attribution: 'the UN' },
      { value: 12, measure: 'missing', attribution: 'aid groups' },
    ],
  ],
  [
    'an excess over the norm (UK heat report)',
    'Some 340 more people than usual died across Scotland during the hot spell.',
    [{ value: 340, measure: 'killed', qualifier: 'about' }],
  ],
  [
    'a number compared with a tally counts the same',
    'Measles has killed 64 children this year, compared with 19 in the whole of 2023.',
    [
      { value: 64, measure: 'killed' },
      { value: 19, measure: 'killed' },
    ],
  ],
  [
    '"N of them" is a part of the count before it',
    'Medics said 52 people were wounded in the shelling, and 8 of them were later flown to Lviv.',
    [
      { value: 52, measure: 'injured' },
      { value: 8, measure: 'injured' },
    ],
  ],
  [
    '"N of them" after the dead',
    'Twenty-two of the victims were miners and 5 of them teenagers.',
    [
      { value: 22, measure: 'killed' },
      { value: 5, measure: 'killed' },
    ],
  ],
  [
    '"N of them" after an uncounted group stays other',
    'The lorry carried 58 migrants, 14 of them minors.',
    [
      { value: 58, measure: 'other' },
      { value: 14, measure: 'other' },
    ],
  ],
  [
    'a toll that "climbed past" a number',
    'The death toll from the mudslide climbed past 200 on Sunday.',
    [{ value: 200, measure: 'killed' }],
  ],
  ['a denied predicate for the whole group', 'None of the 30 students on the bus were hurt.', [{ value: 30, measure: 'other' }]],
];

// Issue #12: counts of things, measures from verbs and states, ranges, parts and revisions, status and
// place. Sentences written for these tests, in the styles of election, jobs, court, sport, business,
// wire and disaster copy.
cases.push(
  [
    'an election: a partitive pair of seats, a share, votes',
    'The Liberal Party won 87 of the 150 seats, and turnout reached 68 percent as 2.4 million votes were cast.',
    [
      { value: 87, measure: 'other', unit: 'seats', partOf: 'figure-2', rule: 'figures.partitive' },
      { value: 150, measure: 'other', unit: 'seats', rule: 'figures.thing-count' },
      { value: 68, unit: 'percent', rule: 'figures.percent' },
      { value: 2400000, measure: 'other', unit: 'votes' },
    ],
  ],
  [
    'candidates, parties and constituencies are counts of things',
    'More than 4,000 candidates from 61 parties are contesting 245 constituencies.',
    [
      { value: 4000, qualifier: 'more than', unit: 'candidates' },
      { value: 61, unit: 'parties' },
      { value: 245, unit: 'constituencies' },
    ],
  ],
  [
    'a jobs report: the forecast number counts what the count before it counts',
    'Employers added 212,000 jobs in March, above the 190,000 economists had expected, and the jobless rate held at 3.9%.',
    [
      { value: 212000, unit: 'jobs' },
      { value: 190000, unit: 'jobs', rule: 'figures.elliptical', subject: null },
      { value: 3.9, unit: 'percent' },
    ],
  ],
  [
    'a change and a level are no range',
    'Weekly claims fell by 14,000 to 221,000, the Labor Department said.',
    [
      { value: 14000, qualifier: 'exact', rule: 'figures.bare-count', confidence: 'low' },
      { value: 221000, qualifier: 'exact', attribution: 'the Labor Department' },
    ],
  ],
  [
    'a sentence and a term of release (court copy)',
    'A federal judge sentenced Ortiz to 27 months in prison and three years of supervised release, and ordered him to repay $48,500.',
    [
      { value: 27, unit: 'months', rule: 'figures.duration' },
      { value: 3, unit: 'years' },
      { value: 48500, unit: 'USD' },
    ],
  ],
  ['a maximum term', 'He faces up to 20 years in jail if convicted.', [{ value: 20, unit: 'years', qualifier: 'up to' }]],
  ['one year of a term', 'She was given one year of probation.', [{ value: 1, unit: 'years' }]],
  [
    'trophies and medals (sport)',
    'She has won 22 Grand Slam titles and four Olympic medals.',
    [
      { value: 22, unit: 'titles', subject: 'Grand Slam titles' },
      { value: 4, unit: 'medals' },
    ],
  ],
  [
    'units sold and jobs cut; "and will" opens a new predicate (business)',
    'The carmaker sold 1.2 million vehicles last year and will cut 3,000 jobs, a 4.5% reduction in its workforce.',
    [
      { value: 1200000, unit: 'vehicles', text: '1.2 million vehicles', status: 'current' },
      { value: 3000, unit: 'jobs' },
      { value: 4.5, unit: 'percent' },
    ],
  ],
  ['a singular noun right after the number', 'The bank announced a 20,000 job cut on Tuesday.', [{ value: 20000, unit: 'jobs' }]],
  [
    'a range of rates: two figures, one text',
    'The central bank raised its key rate to between 4.25% and 4.5%.',
    [
      { value: 4.25, qualifier: 'at least', text: 'between 4.25% and 4.5%', rule: 'figures.percent' },
      { value: 4.5, qualifier: 'up to', text: 'between 4.25% and 4.5%' },
    ],
  ],
  [
    'a range of bodies',
    'Police said 200-300 bodies had been found on the coast.',
    [
      { value: 200, measure: 'killed', qualifier: 'at least', rule: 'figures.range-end' },
      { value: 300, measure: 'killed', qualifier: 'up to' },
    ],
  ],
  [
    'a crowd with no noun is kept for an editor',
    'The 75,784 at the stadium saw the hosts win.',
    [{ value: 75784, measure: 'other', rule: 'figures.bare-count', confidence: 'low' }],
  ],
  [
    'weights, and the old value of a comparison',
    'Farmers harvested 2.3 million tonnes of wheat, down from 2.9 million.',
    [
      { value: 2300000, unit: 'tonnes', subject: 'wheat' },
      { value: 2900000, unit: 'tonnes', status: 'superseded' },
    ],
  ],
  [
    'storeys, ranks and a top ten are not figures',
    'Fire gutted a five-storey block near the ten best restaurants in the city, and the top 10 donors gave more.',
    [],
  ],
  [
    'counts of places and meetings are no people',
    'Rescuers searched six different areas over four days and held four meetings with families.',
    [
      { value: 6, measure: 'other', unit: 'areas' },
      { value: 4, unit: 'days' },
      { value: 4, measure: 'other', unit: 'meetings' },
    ],
  ],
  [
    'attackers are counted, not as victims; a second object of "killing" keeps its measure',
    'Gunmen numbering about 30 attacked the convoy, killing the driver and 12 other passengers.',
    [
      { value: 30, measure: 'other', subject: 'Gunmen', qualifier: 'about' },
      { value: 12, measure: 'killed', rule: 'figures.second-object' },
    ],
  ],
  [
    'a rate is no count of deaths',
    'Two children out of every 1,000 die before their fifth birthday.',
    [
      { value: 2, measure: 'other', partOf: 'figure-2' },
      { value: 1000, measure: 'other' },
    ],
  ],
  [
    'a revision chain: every value but the last is superseded',
    'The death toll was initially put at 25, then raised to 31 and finally revised down to 28.',
    [
      { value: 25, measure: 'killed', status: 'superseded' },
      { value: 31, measure: 'killed', status: 'superseded', rule: 'figures.revised-to' },
      { value: 28, measure: 'killed', status: 'current' },
    ],
  ],
  [
    'a correction',
    'Officials counted 84 passengers on the ferry — not 91 as listed on the manifest.',
    [
      { value: 84, measure: 'other' },
      { value: 91, measure: 'other', status: 'superseded', rule: 'figures.corrected' },
    ],
  ],
  [
    'a count inside a quote, vouched for by a verb of saying',
    '“10 people were confirmed dead on scene,” the fire chief said.',
    [{ value: 10, measure: 'killed', attribution: 'the fire chief' }],
  ],
  [
    'a projection',
    'The UN warned the number of displaced could reach 1 million by the end of the year.',
    [{ value: 1000000, measure: 'displaced', status: 'projected', rule: 'figures.tally' }],
  ],
  [
    'forecast deaths are projected',
    'At least 18,000 people are forecast to die in the first half of the year.',
    [{ value: 18000, measure: 'killed', status: 'projected' }],
  ],
  ['a past estimate is current', 'Up to 10,000 people may have been killed.', [{ value: 10000, measure: 'killed', status: 'current' }]],
  [
    'care: remain in hospital, underwent surgery, discharged',
    'Eleven patients remain in hospital, four underwent surgery and 20 have been discharged.',
    [
      { value: 11, measure: 'injured' },
      { value: 4, measure: 'injured' },
      { value: 20, measure: 'injured' },
    ],
  ],
  ['"lost" people are dead', 'The camp lost 27 campers in the flash flood.', [{ value: 27, measure: 'killed', confidence: 'medium' }]],
  ['"lost" homes are damage', 'The village lost 300 homes in the flash flood.', [{ value: 300, measure: 'other', unit: 'homes' }]],
  [
    'drowned and rescued, by lemma',
    'Two fishermen drowned and 61 were rescued by the navy.',
    [
      { value: 2, measure: 'killed' },
      { value: 61, measure: 'evacuated', rule: 'figures.predicate', confidence: 'high' },
    ],
  ],
  [
    'advised to evacuate; rendered homeless',
    'Some 1,200 residents were advised to evacuate and the floods rendered 3,400 people homeless.',
    [
      { value: 1200, measure: 'evacuated' },
      { value: 3400, measure: 'displaced' },
    ],
  ],
  [
    'buried, not found, feared trapped: missing',
    'Seven workers remain buried under the rubble and 12 have not been found; three miners were feared trapped.',
    [
      { value: 7, measure: 'missing' },
      { value: 12, measure: 'missing' },
      { value: 3, measure: 'missing' },
    ],
  ],
  [
    'in danger and hungry: affected',
    'More than 2 million people are in danger and 600,000 are hungry, the WFP said.',
    [
      { value: 2000000, measure: 'affected' },
      { value: 600000, measure: 'affected', attribution: 'the WFP' },
    ],
  ],
  [
    'without a place to call home',
    'The fire left 40 families without a place to call home.',
    [{ value: 40, measure: 'displaced', subject: 'families' }],
  ],
  [
    'a place in the clause, and another clause’s place',
    'Two people were injured in Kharkiv and five were killed in Odesa on Sunday, the regional governors said.',
    [
      { value: 2, measure: 'injured', place: 'Kharkiv' },
      { value: 5, measure: 'killed', place: 'Odesa' },
    ],
  ],
  [
    'an elliptical part with its place',
    'The toll in Darfur rose to 57, with 32 in Tawila.',
    [
      { value: 57, measure: 'killed' },
      { value: 32, measure: 'killed', partOf: 'figure-1', place: 'Tawila', rule: 'figures.elliptical' },
    ],
  ],
  [
    'parts of a toll: including, and among the dead',
    'At least 104 people have died, including 84 in Kerr County, where 28 children were among the dead.',
    [
      { value: 104, measure: 'killed' },
      { value: 84, measure: 'killed', partOf: 'figure-1', place: 'Kerr County' },
      { value: 28, measure: 'killed', partOf: 'figure-2' },
    ],
  ],
  [
    'gapping: a list of names and numbers shares its noun',
    'Jordan hosts 650,000 refugees, Lebanon about 800,000 and Turkey more than 3.5 million.',
    [
      { value: 650000, measure: 'displaced' },
      { value: 800000, measure: 'displaced', qualifier: 'about' },
      { value: 3500000, measure: 'displaced', qualifier: 'more than' },
    ],
  ],
  ['a number in a name', 'Earlier, Rescue 1122 spokesman Bilal Khan said the gang known as 400 Mawozo was behind it.', []],
  ['"he was 15" is an age', 'I lost my nephew. He was 15 and it was his first match.', []],
  ['a partitive "one of" a group is no count', 'One of the rescued survivors told reporters the water rose fast.', []],
  [
    'a decimal counts things in their unit, and a conjunction ends a partitive',
    'The convoy delivered 2.5 tonnes of flour and 1.5 million doses of vaccine.',
    [
      { value: 2.5, measure: 'other', unit: 'tonnes', partOf: null },
      { value: 1500000, measure: 'other', unit: 'doses', partOf: null },
    ],
  ],
  ['a decimal counts no one', 'The average household has 6.3 people.', []],
  [
    'a tally governs the objects coordinated after it',
    'Killed in the ambush were 12 soldiers and three civilians, the army said.',
    [
      { value: 12, measure: 'killed', rule: 'figures.tally' },
      { value: 3, measure: 'killed', rule: 'figures.coordinated-objects' },
    ],
  ],
  [
    '"those killed" is a tally',
    'Those killed numbered 14, the provincial police chief said.',
    [{ value: 14, measure: 'killed', rule: 'figures.tally' }],
  ],
  [
    'a tally said after "the number of", and its old value',
    'The number of people believed to be trapped in the building was raised from 10 to 12 on Monday, firefighters said.',
    [
      { value: 10, measure: 'missing', status: 'superseded', rule: 'figures.changed-from' },
      { value: 12, measure: 'missing', status: 'current', rule: 'figures.number-of', confidence: 'medium' },
    ],
  ],
  [
    '"the number of" with a relative clause',
    'The number of families who have fled the fighting has risen to 40,000, the agency said.',
    [{ value: 40000, measure: 'displaced', rule: 'figures.number-of' }],
  ],
  ['"the number of" with nothing said of them', 'The number of seats in the chamber stood at 400.', [{ value: 400, measure: 'other' }]],
  [
    'a toll\'s old value after "from"',
    'The death toll rose from 23 to 31 overnight.',
    [
      { value: 23, measure: 'killed', status: 'superseded' },
      { value: 31, measure: 'killed', status: 'current' },
    ],
  ],
  [
    'a change may go down',
    'Weekly jobless claims fell from 240,000 to 221,000.',
    [
      { value: 240000, status: 'superseded' },
      { value: 221000, status: 'current' },
    ],
  ],
  [
    'a subject with a verb of its own shares no predicate',
    'Some 40 people were stranded and three others were unaccounted for, the coastguard said.',
    [
      { value: 40, measure: 'affected' },
      { value: 3, measure: 'missing' },
    ],
  ],
  [
    'both ends of a range "of whom" are parts of the count before',
    'The march drew 2,000 people, between 200 and 300 of whom stayed outside the court.',
    [
      { value: 2000, partOf: null },
      { value: 200, partOf: 'figure-1' },
      { value: 300, partOf: 'figure-1' },
    ],
  ],
  [
    'the pieces a thing breaks into are no count',
    'The ferry was carrying 150 people when it hit a rock and split into two, the captain said.',
    [{ value: 150, measure: 'other' }],
  ],
  ['a thing divided into counted parts', 'The district was split into 40 wards.', [{ value: 40, unit: 'wards' }]],
  [
    'an elliptical count with a verb of its own takes no measure of harm',
    'Two crew members are still missing, while 14 were winched aboard a helicopter.',
    [
      { value: 2, measure: 'missing' },
      { value: 14, measure: 'other', confidence: 'low' },
    ],
  ],
  [
    'plucked from the sea; facing hunger',
    'The coastguard plucked 23 migrants from the water; some 3 million people face hunger.',
    [
      { value: 23, measure: 'evacuated' },
      { value: 3000000, measure: 'affected' },
    ],
  ],
  [
    'a tally of the kidnapped, superseded',
    'The kidnapped workers originally numbered 12, but two escaped on Sunday.',
    [{ value: 12, measure: 'hostages', rule: 'figures.tally', status: 'superseded' }],
  ],
  ['a verb with its own object is no tally', 'The gunmen who injured the guard numbered about 20.', [{ value: 20, measure: 'other' }]],
  [
    'a part of a group named first keeps its own measure',
    'Of the 120 passengers, 98 survived the crossing.',
    [
      { value: 120, partOf: null },
      { value: 98, measure: 'evacuated', partOf: 'figure-1' },
    ],
  ],
  [
    'a score is no range',
    'The Senate passed the bill 52-48 on Thursday.',
    [
      { value: 52, confidence: 'low' },
      { value: 48, confidence: 'low' },
    ],
  ],
);

describe('extractFigures: varied sentences', () => {
  it.each(cases)('%s', (_name, sentence, expected) => {
    const figures = figuresIn(sentence);
    expect(
      figures.map((f) => Object.fromEntries(Object.keys(expected[figures.indexOf(f)] ?? {}).map((k) => [k, f[k as keyof Figure]]))),
    ).toEqual(expected);
    for (const f of figures) expect(sentence.slice(f.position.start, f.position.end)).toBe(f.text);
  });
});

describe('extractFigures: documents', () => {
  it('counts bodies recovered among the toll already given, as a part of it', () => {
    const [toll, bodies] = figuresIn('The toll had reached 15, after the bodies of three missing workers were recovered from the water.');
    expect([toll.value, toll.measure, bodies.value, bodies.measure, bodies.partOf]).toEqual([15, 'killed', 3, 'killed', toll.id]);
  });

  it('reads what is feared or not yet known of people as its measure: swept away, buried, yet to be traced, living with a disease', () => {
    const figures = figuresIn(
      'Up to 20 labourers were feared swept away by the torrent, and four more people are yet to be traced.',
      'More than 60 villagers were feared buried when the slope gave way.',
      'The storm caused two fatal injuries. Some 1.2 million people are living with HIV, and 90,000 became infected last year.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [20, 'missing'],
      [4, 'missing'],
      [60, 'missing'],
      [2, 'killed'],
      [1_200_000, 'affected'],
      [90_000, 'affected'],
    ]);
  });

  it('reads a sum after a currency written with a point: "Rs.50 lakh"', () => {
    const [fine] = figuresIn('The court imposed a fine of Rs.50 lakh on each of the accused.');
    expect([fine.value, fine.text, fine.rule]).toEqual([5_000_000, 'Rs.50 lakh', 'figures.money']);
  });

  it('counts no people when harm is said of things: "12 houses were swept away" is damage', () => {
    const figures = figuresIn('Twelve houses were buried under the mud, three cars were washed away and 40 homes were destroyed.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [12, 'other'],
      [3, 'other'],
      [40, 'other'],
    ]);
  });

  it('takes whom a tally counts from "the number of": "the number of workers killed … rose to 14"', () => {
    const [toll] = figuresIn('The number of workers killed in the fire at the depot rose to 14 on Saturday, the authority said.');
    expect([toll.value, toll.measure, toll.subject]).toEqual([14, 'killed', 'workers']);
  });

  it('reads no place from a possessive: "injured in Israel’s response" says whose act, not where', () => {
    const figures = figuresIn('Over 2,000 were injured in Ruritania’s response to the raid, and 40 in Strelsau itself.');
    expect(figures.map((f) => [f.value, f.place])).toEqual([
      [2000, null],
      [40, 'Strelsau'],
    ]);
  });

  it('reads "m" after a race or a height as metres, never millions; money and counts keep their millions', () => {
    const figures = figuresIn(
      'She won the 100m butterfly and the 400m individual medley, then swam the 200m freestyle relays.',
      'He took the 100m and 200m butterfly, and the 50m or 100m backstroke is next.',
      'Rescuers reached the climber after a 30m drop. The club raised £3m, and about 2.5m people watched.',
    );
    expect(figures.map((f) => [f.value, f.text])).toEqual([
      [3_000_000, '£3m'],
      [2_500_000, 'about 2.5m people'],
    ]);
  });

  it('reads the lines of a list as counts of what the list counts', () => {
    const figures = figuresIn(
      'Heat deaths recorded by the county, by day:',
      '- 12 = June 28',
      '- 16 = June 29',
      'The county said 28 people had died.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.rule])).toEqual([
      [12, 'killed', 'figures.list-item'],
      [16, 'killed', 'figures.list-item'],
      [28, 'killed', 'figures.predicate'],
    ]);
  });

  it('takes "Of them" as a part of the count before it, across sentences', () => {
    const figures = figuresIn(
      'Currently, 4,955 patients with dengue are in hospital. Of them, 3,154 are in Dhaka and 1,801 are outside the capital.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.partOf, f.place])).toEqual([
      // A dengue report: those in hospital are cases of the disease.
      [4955, 'affected', null, null],
      [3154, 'affected', 'figure-1', 'Dhaka'],
      [1801, 'affected', 'figure-1', null],
    ]);
  });

  it('gives a figure the place fronted at the head of its paragraph', () => {
    const figures = figuresIn('In Kharkiv, a missile hit a school on Monday. Two people were injured, the governor said.');
    expect(figures.map((f) => [f.value, f.place])).toEqual([[2, 'Kharkiv']]);
  });

  it('names a rule and a confidence for every figure', () => {
    const figures = figuresIn('Floods killed 12 people, officials said, and $3 million was pledged.', 'Claims rose to 240,000.');
    for (const f of figures) {
      expect(f.rule).toMatch(/^figures\.[a-z-]+$/);
      expect(['high', 'medium', 'low']).toContain(f.confidence);
    }
  });

  it('numbers figures across paragraphs and keeps paragraph positions', () => {
    const figures = figuresIn('Floods killed 12 people.', 'No figures here.', 'Another 30 were injured and 4,000 displaced.');
    expect(figures.map((f) => [f.id, f.value, f.measure, f.position.paragraph])).toEqual([
      ['figure-1', 12, 'killed', 0],
      ['figure-2', 30, 'injured', 2],
      ['figure-3', 4000, 'displaced', 2],
    ]);
  });

  it('stays fast on ~200 KB of pathological input', () => {
    // Sentences are split before the clock starts: only the extractor is timed.
    const doc = docOf(
      '“'.repeat(30_000) + ' 1,'.repeat(20_000),
      'killed '.repeat(5_000) + '12 people',
      'nearly '.repeat(5_000) + '40,000 dead',
      'killed 12 people, '.repeat(2_000),
    );
    const started = Date.now();
    const figures = extractFigures(doc);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(figures.slice(0, 2).map((f) => [f.value, f.measure])).toEqual([
      [12, 'killed'],
      [40000, 'killed'],
    ]);
    expect(figures.length).toBe(2 + 2_000);
    expect(figures.every((f, i) => f.id === `figure-${i + 1}`)).toBe(true);
  });

  it('stays linear on long runs of counted nouns and relative pronouns', () => {
    const doc = docOf(
      '12 ' + 'passengers who '.repeat(15_000) + 'were killed',
      '5 ' + 'who '.repeat(40_000) + 'are missing',
      'Sh1'.repeat(30_000),
    );
    const started = Date.now();
    const figures = extractFigures(doc);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(figures.filter((f) => f.measure !== 'other')).toEqual([]);
  });
});

describe('extractFigures: what round 4 of the blind articles taught', () => {
  it('a verb of saying vouches for a cue four words on: "were reported to have been injured", and an elliptical count follows it', () => {
    const figures = figuresIn(
      'A bus ploughed into a market in Lyon. At least 60 others were reported to have been injured, about 15 seriously.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [60, 'injured'],
      [15, 'injured'],
    ]);
  });

  it('people laid in a grave are the dead', () => {
    const figures = figuresIn(
      'Volunteers laid over 120 people in a mass grave near the stadium.',
      'By Tuesday 64 people had been buried in common graves.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [120, 'killed'],
      [64, 'killed'],
    ]);
  });

  it('people searched for are missing, unless their noun says more', () => {
    const figures = figuresIn(
      'A search is underway for the remaining 88 passengers and crew who were aboard the ferry.',
      'Divers are searching for 12 bodies near the pier.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [88, 'missing'],
      [12, 'killed'],
    ]);
  });

  it('the responders’ means are no figures; a count of aid trucks is', () => {
    const figures = figuresIn(
      'Twelve boats and two planes are involved in the search.',
      'Some 40 ambulances were deployed to the scene.',
      'A total of 38 aid trucks crossed the border on Monday.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[38, 'other']]);
  });

  it('means sent to help or counted for the relief work are no figures', () => {
    const figures = figuresIn(
      'The state government rushed five units of its disaster response force, two units of the army and 45 ambulances to the crash site.',
      'Officials said 25 excavators were brought in for the rescue operation.',
      'Authorities dispatched 12 boats, a day after the floods destroyed 300 houses.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[300, 'other']]);
  });

  it('"news stories" are counted articles, "30 stories" of a tower are not', () => {
    const figures = figuresIn('The study read 541 regional news stories.', 'The new tower has 30 stories.');
    expect(figures.map((f) => [f.value, f.measure, f.unit])).toEqual([[541, 'other', 'stories']]);
  });
});

describe('extractFigures: names, populations, groups and parts', () => {
  const read = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => [f.value, f.measure]);

  it('the short end of a span of years is no count', () => {
    expect(read('The bank cut its growth forecast for fiscal 2024-25 to 6.4 percent.')).toEqual([[6.4, 'other']]);
    expect(read('In the 1998–99 season, 40 players were injured.')).toEqual([[40, 'injured']]);
  });

  it('a multiple is a figure of its own, measure other; a count of occasions is none', () => {
    expect(read('Net profit jumped nearly 12 times from a year earlier.')).toEqual([[12, 'other']]);
    expect(read('The penalty is three times the amount that was stolen.')).toEqual([[3, 'other']]);
    expect(read('Smokers are four times more likely to fall ill.')).toEqual([[4, 'other']]);
    expect(read('The victim was stabbed 12 times.')).toEqual([]);
  });

  it('"in addition to" sets a second group beside a tally, with its own predicate', () => {
    expect(read('The clinic treated 45 injured people, in addition to 8 who were dead on arrival.')).toEqual([
      [45, 'injured'],
      [8, 'killed'],
    ]);
    expect(read('Doctors received some 30 people wounded by the blast, in addition to 6 who were already dead when they came in.')).toEqual(
      [
        [30, 'injured'],
        [6, 'killed'],
      ],
    );
  });

  it('one person in a list of counts that share a measure is a count like the others', () => {
    expect(read('The dead include nine soldiers and one police officer, the army said.')).toEqual([
      [9, 'killed'],
      [1, 'killed'],
    ]);
    expect(read('One firefighter and 14 residents were hurt in the blaze.')).toEqual([
      [1, 'injured'],
      [14, 'injured'],
    ]);
    // "one of" a group stays no count of its own.
    expect(read('The dead include nine soldiers and one of their commanders.')).toEqual([[9, 'killed']]);
  });

  it('people whose fate or whereabouts nobody knows are missing', () => {
    expect(read('The fate of another 40 villagers remains unknown, officials said.')).toEqual([[40, 'missing']]);
    expect(read('Rescuers were still looking for 12 miners whose fate is unknown.')).toEqual([[12, 'missing']]);
    expect(read('The whereabouts of the 17 crew members are still unknown.')).toEqual([[17, 'missing']]);
    expect(read('The board will decide the fate of 300 jobs next week.')).toEqual([[300, 'other']]);
  });

  it('a part named in the sentence after its whole shares what befell the whole', () => {
    expect(read('A shell hit the market and killed 18 shoppers. Among them were three children.')).toEqual([
      [18, 'killed'],
      [3, 'killed'],
    ]);
    expect(read('"The blast took the lives of 20 residents. Among them are four children," the governor wrote.')).toEqual([
      [20, 'killed'],
      [4, 'killed'],
    ]);
    expect(read('Floods have left more than 50,000 people homeless. Of those, 18,000 are children.')).toEqual([
      [50000, 'displaced'],
      [18000, 'displaced'],
    ]);
    // A whole that is no harm passes on no harm.
    expect(read('The ferry carried 90 passengers. Among them were 20 students.')).toEqual([
      [90, 'other'],
      [20, 'other'],
    ]);
  });

  it('a number after a flight or route label and a carrier code is part of a name', () => {
    expect(read('Flight 4U 9525 left Barcelona with 150 people on board.')).toEqual([[150, 'other']]);
    expect(read('AirAsia flight QZ 8501 vanished over the Java Sea.', 'Crews closed Route US 40 after the storm.')).toEqual([]);
  });

  it('the people living in a place are a population, measure other, whatever befell some of them', () => {
    const figures = figuresIn('Only 3,500 were pulled out alive in the valley town of 20,000 after the mudslide.');
    expect(figures.map((f) => [f.value, f.measure, f.rule])).toEqual([
      [3500, 'evacuated', 'figures.predicate'],
      [20000, 'other', 'figures.population'],
    ]);
    expect(read('The island, home to 45,000 people, lost power.', 'The district has a population of 80,000.')).toEqual([
      [45000, 'other'],
      [80000, 'other'],
    ]);
  });

  it('a population noun that says what befell its own people keeps that measure', () => {
    expect(read('Floods reached a camp of 40,000 displaced people near the border.')).toEqual([[40000, 'displaced']]);
  });

  it('a relative clause of harm after a long or coordinated group gives its measure', () => {
    expect(read('Mourners read out the names of the 21 young miners and rescuers who died underground.')).toEqual([[21, 'killed']]);
    expect(read('The minister visited the 35 nurses and porters who were injured in the fire.')).toEqual([[35, 'injured']]);
    expect(read('Divers searched for the nine crew members and two guides that were missing.')).toEqual([
      [9, 'missing'],
      [2, 'missing'],
    ]);
    // Inside a prepositional phrase the clause still belongs to its noun.
    expect(read('Deaths fell sharply from the 2.1 million people who died during the worst year.')).toEqual([[2100000, 'killed']]);
  });

  it('not when the group is the agent of the clause', () => {
    expect(read('The 300 workers and managers who built the dam were honoured.')).toEqual([[300, 'other']]);
  });

  it('a count "among" a whole after an adjective or hedge takes its measure and is its part', () => {
    const figures = figuresIn('At least 27 pupils were among a shocking 95 people killed when the dormitory collapsed.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [27, 'killed'],
      [95, 'killed'],
    ]);
    expect(figures[0].partOf).toBe(figures[1].id);
    expect(read('Eight firefighters were also among the nearly 60 injured.')).toEqual([
      [8, 'injured'],
      [60, 'injured'],
    ]);
  });

  it('conditions of health count people affected', () => {
    expect(read('More than a third of adults, about 1.9 billion people, are considered to be overweight or obese.')).toEqual([
      [1900000000, 'affected'],
    ]);
    expect(read('Some 35 million children are obese.', 'About 120,000 people are suffering from cholera.')).toEqual([
      [35000000, 'affected'],
      [120000, 'affected'],
    ]);
    expect(read('More than 4,000 were diagnosed with the disease last year.')).toEqual([[4000, 'affected']]);
  });

  it('"N of them" counts people named before, even when they then speak', () => {
    const figures = figuresIn('His former clients filled the courtroom. Eleven of them testified against him.');
    expect(figures.map((f) => [f.value, f.measure, f.text])).toEqual([[11, 'other', 'Eleven of them']]);
    expect(read('Many families waited outside. Six of those spoke to reporters.')).toEqual([[6, 'other']]);
    // With a harm said of the group before, the part still takes it.
    expect(read('Forty people were killed in the raid. Nine of them were children.')).toEqual([
      [40, 'killed'],
      [9, 'killed'],
    ]);
  });
});

describe('extractFigures: what blind round 8 taught', () => {
  it('reads "pc" as per cent and "bln" as billions, and keeps a billion a whole number', () => {
    const figures = figuresIn(
      'The central bank said inflation would ease from 29pc, after peaking at 38 pc in May.',
      'Reserves rose by $8.3 bln and the forward book improved to $3.5 billion, against a deficit of $800 mln.',
    );
    expect(figures.map((f) => [f.value, f.unit, f.text])).toEqual([
      [29, 'percent', '29pc'],
      [38, 'percent', '38 pc'],
      [8300000000, 'USD', '$8.3 bln'],
      [3500000000, 'USD', '$3.5 billion'],
      [800000000, 'USD', '$800 mln'],
    ]);
  });

  it('reads any ISO currency code before a sum, glued or spaced, but not a word in capitals', () => {
    const figures = figuresIn(
      'The carrier reported FJD84.5 million in operating profit, up from FJD70.2 million, on revenue of NZD 825.3 million.',
      'The TOP 10 list and the SDG 16 target were discussed.',
    );
    expect(figures.map((f) => [f.value, f.unit, f.text])).toEqual([
      [84500000, 'FJD', 'FJD84.5 million'],
      [70200000, 'FJD', 'FJD70.2 million'],
      [825300000, 'NZD', 'NZD 825.3 million'],
    ]);
  });

  it('a telephone number in hyphened groups and a broken character reference count nothing', () => {
    const figures = figuresIn('Families of the 14 dead can call 306-752-8700.', 'The Supreme Court&39;s ruling came as 3 more died.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [14, 'killed'],
      [3, 'killed'],
    ]);
  });

  it('a group fronted before its copula: "Among those missing after the concert were two teenagers"', () => {
    const figures = figuresIn(
      'Among those missing after the concert were two teenagers from the island.',
      'Among those hurt in the crush on Monday were four stewards.',
      'Among the guests were 300 diplomats.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.subject])).toEqual([
      [2, 'missing', 'teenagers'],
      [4, 'injured', 'stewards'],
      [300, 'other', 'diplomats'],
    ]);
  });

  it('"confirmed as injured" and "attended hospitals" are the injured', () => {
    const figures = figuresIn(
      'At least 147 students were killed, while 79 were confirmed as injured.',
      'A further four people have attended hospitals in Scotland, officials said.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [147, 'killed'],
      [79, 'injured'],
      [4, 'injured'],
    ]);
  });
});

describe('extractFigures: what blind round 9 taught', () => {
  it('a toll is found past a number inside its own phrase: "The death toll from two car bombs … has risen to 100"', () => {
    const figures = figuresIn(
      'The death toll from two car bombs at a busy junction in the capital a day earlier has risen to 100, the president said.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[100, 'killed']]);
  });

  it('an age after "aged just" and a maker’s model number count nothing', () => {
    const figures = figuresIn('The youngest of the 12 dead was aged just eight months.', 'The BAe 146 slammed into a mountainside.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[12, 'killed']]);
  });
});

describe('extractFigures: what blind round 10 taught', () => {
  it('a rate with a minus sign glued to it is negative; a hyphen elsewhere is no sign', () => {
    const figures = figuresIn(
      'Prices of corn (-4.3 percent) fell, while meat slowed from -3.5 percent to 2 percent.',
      'Scores rose 10-12 percent.',
    );
    expect(figures.map((f) => [f.value, f.text])).toEqual([
      [-4.3, '-4.3 percent'],
      [-3.5, '-3.5 percent'],
      [2, '2 percent'],
      // (A range of shares, both ends one text: round 23.)
      [10, '10-12 percent'],
      [12, '10-12 percent'],
    ]);
  });

  it('reads the dirham written "Dh" or "Dhs" glued to its sum', () => {
    const figures = figuresIn('Revenue rose to Dh137.3 billion and profit to Dhs 18.7 billion.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [137300000000, 'AED'],
      [18700000000, 'AED'],
    ]);
  });

  it('a count whose phrase runs on past "and" ends no range at the "to" after it', () => {
    const figures = figuresIn('It resulted in the martyrdom of at least 26 civilians and injuries to 46 others, he added.');
    expect(figures.map((f) => [f.value, f.measure, f.qualifier])).toEqual([
      [26, 'killed', 'at least'],
      [46, 'injured', 'exact'],
    ]);
  });

  it('"were martyred", "the burial of", "sent to hospital"', () => {
    const figures = figuresIn(
      'Five more civilians, including a child, were martyred in the firing.',
      'Mourners gathered for the burial of 30 victims.',
      'Twelve people were sent to hospital.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [5, 'killed'],
      [30, 'killed'],
      [12, 'injured'],
    ]);
  });
});

describe('extractFigures: what blind round 11 taught', () => {
  it('reads the shilling written "Ksh" or "Kshs" glued to its sum', () => {
    const figures = figuresIn('The operator announced a Ksh35.6 billion net profit and Kshs18.11 billion in mobile-money revenue.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [35600000000, 'KES'],
      [18110000000, 'KES'],
    ]);
  });
});

describe('extractFigures: what blind round 12 taught', () => {
  it('a toll reached by a verb of rising after a long subject with a date in it', () => {
    const figures = figuresIn(
      'The death toll due to the collapse of a footbridge over the Varna river in Ostrov district of Kessel on Sunday evening has increased to 141, police said.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[141, 'killed']]);
  });
});

describe('extractFigures: what blind round 13 taught', () => {
  it('casualties told apart from a death toll in the same sentence are the wounded; alone they stay the dead', () => {
    const both = figuresIn(
      'The death toll from the attack on the hall has risen to 143 people, and the number of casualties has increased to 360.',
    );
    expect(both.map((f) => [f.value, f.measure])).toEqual([
      [143, 'killed'],
      [360, 'injured'],
    ]);
    expect(figuresIn('The number of casualties has risen to 50.').map((f) => f.measure)).toEqual(['killed']);
  });
});

describe('extractFigures: what blind round 14 taught', () => {
  const read = (text: string) => figuresIn(text).map((f) => [f.value, f.measure]);
  it('an aside in brackets or dashes between a count and its predicate is passed over', () => {
    expect(read('Seven civilians — three women and four men — died as a result of the shelling.')).toEqual([
      [7, 'killed'],
      [3, 'killed'],
      [4, 'killed'],
    ]);
    expect(read('Twelve people (including a child) were injured.')).toEqual([[12, 'injured']]);
    expect(read('Forty people — most of them children — were wounded.')).toEqual([[40, 'injured']]);
  });
  it('every age of a list after "aged" is an age', () => {
    expect(figuresIn('The dead are women aged 68, 65 and 33, and a man aged 70.')).toEqual([]);
  });
  it('a year before a name is the name’s year, not a count', () => {
    expect(read('Fiji won 20 gold medals at the 2023 Games and will host the 2027 Pacific Games.')).toEqual([[20, 'other']]);
    expect(read('Officials said 1950 Israelis were killed.')).toEqual([[1950, 'killed']]);
  });
  it('a river’s flow in cusecs is a measurement', () => {
    expect(figuresIn('The Indus carried more than 300,000 cusecs of water past the barrage.')).toEqual([]);
  });
});

describe('extractFigures: pence and cents', () => {
  const sums = (text: string) => figuresIn(text).map((f) => [f.value, f.unit, f.text]);
  it('a sum in pence or cents, written out or glued as British copy writes it', () => {
    expect(sums('Earnings per share rose to 38.7p, and the dividend was 19.3p.')).toEqual([
      [38.7, 'pence', '38.7p'],
      [19.3, 'pence', '19.3p'],
    ]);
    expect(sums('The dividend was 17.5 cents a share, up from 15 pence.')).toEqual([
      [17.5, 'cents', '17.5 cents'],
      [15, 'pence', '15 pence'],
    ]);
  });
  it('not a screen’s lines ("720p")', () => {
    expect(figuresIn('The match was streamed in 720p and 1080p.')).toEqual([]);
  });
});

describe('extractFigures: survivors, and a part counted out of a whole', () => {
  const read = (text: string) => figuresIn(text).map((f) => [f.value, f.measure]);
  it('survivors came out alive (evacuated), unless a harm is said of them', () => {
    expect(read('The governor said 15 survivors have been recorded so far.')).toEqual([[15, 'evacuated']]);
    expect(read('Six survived the crash.')).toEqual([[6, 'evacuated']]);
    expect(read('Nine survivors were rushed to hospital.')).toEqual([[9, 'injured']]);
  });
  it('what happens to the part is not said of the whole it is counted out of', () => {
    expect(read('Two out of 181 were killed.')).toEqual([
      [2, 'killed'],
      [181, 'other'],
    ]);
    expect(read('Two people out of 10,000 are dying.')).toEqual([
      [2, 'other'],
      [10000, 'other'],
    ]);
  });
});

describe('extractFigures: a body’s initials before a count', () => {
  it('"giving the PA 21 seats" counts seats; "Channel 8" stays a name', () => {
    expect(figuresIn('The alliance won 168,581 votes, giving the PA 21 seats.').map((f) => [f.value, f.text])).toEqual([
      [168581, '168,581 votes'],
      [21, '21 seats'],
    ]);
    expect(figuresIn('He watched the Channel 8 news and the ABC 7 bulletin.')).toEqual([]);
  });
});

describe('extractFigures: tallies read further', () => {
  const read = (text: string) => figuresIn(text).map((f) => [f.value, f.measure]);
  it('a day of a date inside the toll’s phrase does not end it', () => {
    expect(read('The death toll in Israel from Iranian missile strikes since June 13 is 25 people, according to authorities.')).toEqual([
      [25, 'killed'],
    ]);
  });
  it('"as" links a tally only after its noun or a participle, not as a clause of its own', () => {
    expect(read('The death toll could rise further, as 33 others remain in serious condition.')).toEqual([[33, 'injured']]);
    expect(read('The toll was recorded as 179.')).toEqual([[179, 'killed']]);
  });
  it('a tally named before a relative clause that gives its value', () => {
    expect(read('The attack is not in the official figure on civilians killed, which currently stands at 27.')).toEqual([[27, 'killed']]);
    expect(read('The budget, which stands at 27 million, was cut.').map(([, m]) => m)).toEqual(['other']);
  });
});

describe('extractFigures: what blind round 15 taught', () => {
  const read = (text: string) => figuresIn(text).map((f) => [f.value, f.measure, f.qualifier]);
  it('those buried by a collapse or trapped are missing; the dead buried by mourners stay the dead', () => {
    expect(read('The mound caved in, burying at least 23 miners.')).toEqual([[23, 'missing', 'at least']]);
    expect(read('Mourners buried 40 bodies on Sunday.')).toEqual([[40, 'killed', 'exact']]);
    expect(read('Media reports put the number trapped at 50.')).toEqual([[50, 'missing', 'exact']]);
  });
  it('a range of number words; a denied lower bound is an upper one', () => {
    expect(read('There may be two-three more dead bodies inside.')).toEqual([
      [2, 'killed', 'at least'],
      [3, 'killed', 'up to'],
    ]);
    expect(read('The total dead should not be more than 13 or 14.')).toEqual([
      [13, 'killed', 'up to'],
      [14, 'killed', 'up to'],
    ]);
  });
  it('every part listed after "including" is of the whole', () => {
    expect(read('He said 210 bodies, including 83 women and 29 children, have been recovered.').map(([v, m]) => [v, m])).toEqual([
      [210, 'killed'],
      [83, 'killed'],
      [29, 'killed'],
    ]);
  });
  it('a day word after a number is when, not what it counts; a margin in points; seats after a party’s initials', () => {
    expect(figuresIn('The number has jumped from 20,000 yesterday.').map((f) => [f.value, f.subject])).toEqual([[20000, null]]);
    expect(figuresIn('Adelaide beat Carlton by 45 points.').map((f) => [f.value, f.unit])).toEqual([[45, 'points']]);
    expect(figuresIn('In Pahang, PN won 17 seats, BN 16 seats and PH 24 seats.').map((f) => f.value)).toEqual([17, 16, 24]);
  });
});

describe('extractFigures: a slash inside a name', () => {
  it('does not end the phrase before the predicate', () => {
    expect(
      figuresIn('At least 134 people from the M/B Kim Nirvana were rescued by nearby fishing boats.').map((f) => [f.value, f.measure]),
    ).toEqual([[134, 'evacuated']]);
  });
});

describe('extractFigures: a death told in a relative clause', () => {
  const read = (text: string) => figuresIn(text).map((f) => [f.value, f.measure]);
  it('outlasts what the verb before did to them, over an adverb and a place', () => {
    expect(read('He and others tried to rescue three people in Port Vila who later died in hospital.')).toEqual([[3, 'killed']]);
  });
  it('but a relative clause with an object of its own is their deed, and other fates leave the verb its own', () => {
    expect(read('Police arrested 12 men who had injured a guard.')).toEqual([[12, 'detained']]);
    expect(read('Police arrested 12 men who were injured in the clash.')).toEqual([[12, 'detained']]);
  });
});

describe('extractFigures: the naira written with a bare N', () => {
  it('is money before a sum written as one, not in a name', () => {
    expect(figuresIn('Revenue rose to N950.832bn from N808.037bn, and a ticket cost N5,000.').map((f) => [f.value, f.unit])).toEqual([
      [950832000000, 'NGN'],
      [808037000000, 'NGN'],
      [5000, 'NGN'],
    ]);
    expect(figuresIn('The N95 masks were handed out on the N1 road.')).toEqual([]);
  });
});

describe('extractFigures: what blind round 17 taught', () => {
  it('a one-letter currency sign before a sum written as one (peso, naira, kwacha)', () => {
    expect(
      figuresIn('Net income rose to P820 million from P707 million, or P0.041 a share; Zambia owes K500 million.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [820000000, 'PHP'],
      [707000000, 'PHP'],
      [0.041, 'PHP'],
      [500000000, 'kwacha'],
    ]);
    expect(figuresIn('He filled in a P45 form and drove on the N1 with the K9 unit.')).toEqual([]);
  });
  it('a group named first with its modifiers: "Of the bodies recovered so far, 17 were of children"', () => {
    expect(figuresIn('Of the bodies recovered so far, 17 were of children.').map((f) => [f.value, f.measure])).toEqual([[17, 'killed']]);
  });
});

describe('extractFigures: reduced relatives, lists of one, "-plus" and things a weak verb does not harm', () => {
  const read = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => [f.value, f.measure, f.qualifier]);
  it('a reduced relative clause of belief between the count and its verb ("people believed to have been …")', () => {
    expect(read('Fifty people believed to have been in the hotel when it collapsed remained unaccounted for, officials said.')).toEqual([
      [50, 'missing', 'exact'],
    ]);
    expect(read('Some 20 villagers said to be in the house were killed.')).toEqual([[20, 'killed', 'about']]);
    // The vouching reading stays: "feared to have drowned".
    expect(read('Six fishermen feared to have drowned off the cape.')).toEqual([[6, 'killed', 'exact']]);
  });
  it('"one" before the singular of a noun another count of the list counts is a count, not an article', () => {
    expect(read('Labour won 12 seats, the Greens one seat and independents three.')).toEqual([
      [12, 'other', 'exact'],
      [1, 'other', 'exact'],
      [3, 'other', 'exact'],
    ]);
    expect(read('The Greens won one seat.')).toEqual([]);
    expect(read('They found 12 bodies in one house.')).toEqual([[12, 'killed', 'exact']]);
  });
  it('"30,000-plus" is at least 30,000 of what follows, and "15-plus years" a duration', () => {
    expect(figuresIn('The 500-plus workers went on strike.').map((f) => [f.value, f.qualifier, f.subject])).toEqual([
      [500, 'at least', 'workers'],
    ]);
    expect(figuresIn('He paid no tax for 15-plus years.').map((f) => [f.value, f.unit, f.qualifier])).toEqual([[15, 'years', 'at least']]);
  });
  it('a weak verb of harm counts only people: "seized 40 rifles" holds no hostages, "lost 27 campers" are dead', () => {
    expect(read('Police seized 40 rifles and 2,000 cartons of cigarettes.')).toEqual([
      [40, 'other', 'exact'],
      [2000, 'other', 'exact'],
    ]);
    expect(read('Gunmen seized 12 worshippers.')).toEqual([[12, 'hostages', 'exact']]);
    expect(read('The camp lost 27 campers in the flood.')).toEqual([[27, 'killed', 'exact']]);
  });
});

describe('extractFigures: what blind round 18 taught', () => {
  const read = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => [f.value, f.measure]);
  it('"N of whom" takes the clause after it; "the corpse of one soldier" is a death', () => {
    expect(read('Witnesses said the gunmen exchanged fire with soldiers, one of whom was killed.')).toEqual([[1, 'killed']]);
    expect(read('Twelve miners were trapped, three of whom have since been rescued.')).toEqual([
      [12, 'missing'],
      [3, 'evacuated'],
    ]);
    expect(read('He said he saw the corpse of one soldier.')).toEqual([[1, 'killed']]);
  });
  it('people staying in counted relief camps are displaced; the camps are things', () => {
    expect(read('About 55,000 people are staying in 53 makeshift relief camps.')).toEqual([
      [55000, 'displaced'],
      [53, 'other'],
    ]);
    expect(read('Some 12 evacuation centres were opened.')).toEqual([[12, 'other']]);
  });
  it('what befell a share of a group is not said of the whole ("the vast majority of the nearly 640 passengers still missing")', () => {
    expect(read('The ferry sank, leaving the vast majority of the nearly 640 passengers still missing.')).toEqual([[640, 'other']]);
    expect(read('All of the 12 miners were killed.')).toEqual([[12, 'killed']]);
  });
  it('ages after "at" and differences of age are no figures', () => {
    expect(read('Williams, who at 34 is 12 years older than her opponent, lost.')).toEqual([]);
    expect(read('At 34, she is the oldest champion.')).toEqual([]);
    expect(figuresIn('He was jailed for 12 years.').map((f) => [f.value, f.unit])).toEqual([[12, 'years']]);
  });
});

describe('extractFigures: a place after a number inside the figure’s own span', () => {
  it('"About 55,000 people are staying in 53 camps in Goalpara": Goalpara is where the 55,000 are', () => {
    const figures = figuresIn(
      'Floods hit Goalpara and Assam.',
      'About 55,000 people are staying in 53 makeshift relief camps in Goalpara, while another 30,000 displaced are living in camps in other parts of Assam.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.place])).toEqual([
      [55000, 'displaced', 'Goalpara'],
      [53, 'other', 'Goalpara'],
      [30000, 'displaced', null],
    ]);
  });
});

describe('extractFigures: what blind round 19 taught', () => {
  it('a scale after a hyphen ("the $3-billion deficit", "a 10-million-dollar fund")', () => {
    expect(
      figuresIn('Ottawa projects an $18.4-billion deficit, up from the $3-billion deficit forecast in November.').map((f) => f.value),
    ).toEqual([18_400_000_000, 3_000_000_000]);
    expect(figuresIn('The 30-year-old miner and 20-30 people were hurt.').map((f) => f.value)).toEqual([20, 30]);
  });
  it('those who "managed to come out" or "managed to escape" are out alive', () => {
    expect(figuresIn('Fifty miners were trapped. Four of them managed to come out.').map((f) => [f.value, f.measure])).toEqual([
      [50, 'missing'],
      [4, 'evacuated'],
    ]);
  });
});

describe('extractFigures: what blind round 20 taught', () => {
  const read = (...paragraphs: string[]) => figuresIn(...paragraphs).map((f) => [f.value, f.measure, f.qualifier]);
  it('a scale word glued to the digits ("$54.8billion", "$1trillion")', () => {
    expect(figuresIn('Debt will be a shade under $1trillion after a deficit of $54.8billion.').map((f) => f.value)).toEqual([
      1_000_000_000_000, 54_800_000_000,
    ]);
  });
  it('"took hostage 30 police" holds 30 hostages', () => {
    expect(read('Militants also took hostage 30 police and paramilitary soldiers in a raid.')).toEqual([[30, 'hostages', 'exact']]);
  });
  it('"ranged from 6,200 to as many as 16,000" is a range of the tally, not a change', () => {
    expect(read('Estimates of the number of dead ranged from 6,200 to as many as 16,000.')).toEqual([
      [6200, 'killed', 'at least'],
      [16000, 'killed', 'up to'],
    ]);
    expect(read('The toll rose from 23 to 24.')).toEqual([
      [23, 'killed', 'exact'],
      [24, 'killed', 'exact'],
    ]);
  });
  it('"was below 6 per cent" is a rate, not an age', () => {
    expect(read('The last time inflation was below 6 per cent was in March.')).toEqual([[6, 'other', 'fewer than']]);
    expect(read('Half of the victims were under 5.')).toEqual([]);
  });
});

describe('extractFigures: what blind round 22 taught', () => {
  it('a participle in "-ing" after the noun, then the main verb ("68,000 people living in the affected region had been evacuated")', () => {
    expect(
      figuresIn('More than 68,000 people living in the affected region had been evacuated from their homes.').map((f) => [
        f.value,
        f.measure,
      ]),
    ).toEqual([[68000, 'evacuated']]);
    expect(figuresIn('Twelve people including three children were killed.').map((f) => [f.value, f.measure])).toEqual([
      [12, 'killed'],
      [3, 'killed'],
    ]);
  });
});

describe('extractFigures: what blind round 23 taught', () => {
  it('"Five of the 25 previously missing were found dead": the predicate after "N of the M" is the N’s', () => {
    expect(figuresIn('Five of the 25 previously missing were found dead.').map((f) => [f.value, f.measure])).toEqual([
      [5, 'killed'],
      [25, 'missing'],
    ]);
    expect(figuresIn('One of the things that surprised us was the cost.')).toEqual([]);
    // The whole keeps no measure the part's predicate gives: only two of the 12 were rescued.
    expect(figuresIn('Two of the 12 miners were rescued.').map((f) => [f.value, f.measure])).toEqual([
      [2, 'evacuated'],
      [12, 'other'],
    ]);
  });
  it('a bare number before a share’s range ("a target range of 2 to 3 percent")', () => {
    expect(figuresIn('Inflation should return to the target range of 2 to 3 percent.').map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [2, 'at least', 'percent'],
      [3, 'up to', 'percent'],
    ]);
  });
});

describe('extractFigures: what blind round 24 taught', () => {
  it('"who turns 70 next week" is an age; "(-) 12.91 per cent" is negative, its sign in the text', () => {
    expect(figuresIn('Pugh, who turns 70 next week, pleaded guilty.')).toEqual([]);
    expect(figuresIn('Sugar prices remained in negative at (-) 12.91 per cent.').map((f) => [f.value, f.text])).toEqual([
      [-12.91, '(-) 12.91 per cent'],
    ]);
  });
});

describe('extractFigures: what blind round 26 taught', () => {
  it('"The evacuations include all 5,000 residents": a tally of evacuations counts the evacuated', () => {
    expect(figuresIn('The evacuations include all 5,000 residents of the city.').map((f) => [f.value, f.measure])).toEqual([
      [5000, 'evacuated'],
    ]);
  });
  it('people who lost power, and those power is restored to, are affected', () => {
    const figures = figuresIn(
      'Nearly 300,000 residents statewide lost power at the height of the storm.',
      'Crews are restoring power to about 97,000 New Yorkers.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.qualifier])).toEqual([
      [300000, 'affected', 'nearly'],
      [97000, 'affected', 'about'],
    ]);
  });
  it('"Two officers had minor injuries", "sustained life-threatening injuries": the harm borne is the measure, and the subject stays a noun', () => {
    const figures = figuresIn(
      'Two officers had minor injuries.',
      'One firefighter suffered minor injuries.',
      'Three passengers sustained life-threatening injuries, police said.',
      'Some 300 people suffered losses.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.subject])).toEqual([
      [2, 'injured', 'officers'],
      [1, 'injured', 'firefighter'],
      [3, 'injured', 'passengers'],
      [300, 'other', 'people'],
    ]);
  });
});

describe('extractFigures: what blind round 27 taught', () => {
  it('points that group thousands: two of them always, one where its paragraph groups so, never a sum or a rate', () => {
    const figures = figuresIn(
      'Turnout is 65.35%. 1.119.889 citizens voted and the number of valid ballots is 1.088.843.',
      'DUI won 108.371 votes (9.99%), DPA - 59.693 (5.51%), Dignity – 8.607 (0.79%).',
      'Each note converts at 13.851 shares per note. Shares closed at $18.75, down $1.125.',
    );
    expect(figures.map((f) => f.value)).toEqual([65.35, 1119889, 1088843, 108371, 9.99, 59693, 5.51, 8607, 0.79, 13.851, 18.75, 1.125]);
  });
  it('the butchered and the slaughtered are killed; "18 lakh crore" is 18 × 10^12', () => {
    const figures = figuresIn(
      'Thirty-one Fulani civilians were butchered in the village.',
      'In March, 160 members of the community were slaughtered.',
      'The government will borrow over 18 lakh crore rupees.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [31, 'killed'],
      [160, 'killed'],
      [18e12, 'other'],
    ]);
  });
});

describe('extractFigures: a count the next sentence says the last one included', () => {
  it('"This included 100,000 customers": a part of the count before, counting what it counts', () => {
    const figures = figuresIn(
      'Nearly 300,000 residents statewide lost power. This included 100,000 customers from Buffalo to Rochester.',
      'The firm sold 300 cars. This included 40 trucks.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.partOf, f.rule])).toEqual([
      [300000, 'affected', null, 'figures.noun-cue'],
      [100000, 'affected', 'figure-1', 'figures.included'],
      [300, 'other', null, 'figures.thing-count'],
      [40, 'other', null, 'figures.thing-count'],
    ]);
  });
});

describe('extractFigures: a tally list of names and counts', () => {
  it('"Accord, 250; ACD, 1149; AD, 216": four digits in a list of tallies are a count, but citations stay years', () => {
    expect(
      figuresIn('Other results include Accord, 250; Action Alliance, 41; ACD, 1149; AD, 216; and APDA, 464.').map((f) => f.value),
    ).toEqual([250, 41, 1149, 216, 464]);
    expect(figuresIn('The effect was shown before (Smith, 2004; Jones, 2010).')).toEqual([]);
  });
});

describe('extractFigures: fractions of a point in words', () => {
  it('"half a percentage point", "three-quarter-point hikes", "a quarter-point increase" are rate moves; "half the people" is none', () => {
    const figures = figuresIn(
      'The Fed raised rates by half a percentage point in December, after three-quarter-point hikes.',
      'It may opt for a quarter-point increase, not a larger half-point gain.',
      'Half the people left, and a quarter of the town was flooded.',
    );
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [0.5, 'percent'],
      [0.75, 'percent'],
      [0.25, 'percent'],
      [0.5, 'percent'],
    ]);
  });
});

describe('extractFigures: the two sides of a vote', () => {
  it('"the final vote was six to one", "voted 89-52", "split 4 to 1" count votes; "two to three hours" does not', () => {
    const figures = figuresIn(
      'After a long debate, the final vote was six to one.',
      'Convention delegates voted 89-52 for a republic.',
      'Voters waited two to three hours.',
    );
    expect(figures.map((f) => [f.value, f.subject])).toEqual([
      [6, 'votes'],
      [1, 'votes'],
      [89, 'votes'],
      [52, 'votes'],
    ]);
  });
});

describe('extractFigures: counts of an earlier event the story recalls', () => {
  const docWith = (...paragraphs: string[]) => parsedSeed(paragraphs, '2016-11-21');
  it('"killing an estimated 500 to 800 people" in 1981, beside the story\'s own toll, is background', () => {
    const figures = extractFigures(
      docWith(
        'At least 119 people were killed when a train derailed near Kanpur on Sunday.',
        'In what was probably the worst rail disaster, a train plunged into a river in 1981, killing an estimated 500 to 800 people.',
        'It was the deadliest rail tragedy since more than 140 died in a 2010 collision.',
      ),
    );
    expect(figures.map((f) => [f.value, f.measure, f.status])).toEqual([
      [119, 'killed', 'current'],
      [500, 'killed', 'background'],
      [800, 'killed', 'background'],
      [140, 'killed', 'background'],
    ]);
  });
  it('a story about the earlier event keeps its toll, and a comparison base ("since 2015") dates no event', () => {
    const alone = extractFigures(docWith('The trial opened.', 'The 2013 crash killed 42 people, prosecutors said.'));
    expect(alone.map((f) => f.status)).toEqual(['current']);
    const since = extractFigures(
      docWith(
        'At least 30 people were killed on Sunday.',
        'It was the deadliest attack since 2015, officials said, when 12 people were killed.',
      ),
    );
    expect(since.map((f) => f.status)).toEqual(['current', 'current']);
  });
});

describe('extractFigures: a count of "the injured" is a part of the text’s count of them', () => {
  it('"78 of the injured remained in hospital" is part of "more than 150 injured", a paragraph before', () => {
    const figures = figuresIn(
      'At least 119 people were killed and more than 150 injured when the train derailed.',
      'The magistrate said 78 of the injured remained in hospital.',
    );
    expect(figures.map((f) => [f.id, f.value, f.measure, f.partOf])).toEqual([
      ['figure-1', 119, 'killed', null],
      ['figure-2', 150, 'injured', null],
      ['figure-3', 78, 'injured', 'figure-2'],
    ]);
  });
  it('"Five of the hostages" is linked to no count of hostages: such counts change as people are freed', () => {
    const figures = figuresIn('Gunmen kidnapped 12 missionaries.', 'Five of the hostages had already been freed.');
    expect(figures.map((f) => f.partOf)).toEqual([null, null]);
  });
});

describe('extractFigures: a part after "including" that its own cue measured', () => {
  it('"31 people had been killed, including 22 Shiite Muslims" keeps the 22 as a part of the 31', () => {
    const figures = figuresIn(
      'Ullah said 31 people had been killed, including 22 Shiite Muslims.',
      'More than 1,000 people, including 745 mostly Alawite civilians, were killed.',
    );
    expect(figures.map((f) => [f.id, f.value, f.measure, f.partOf])).toEqual([
      ['figure-1', 31, 'killed', null],
      ['figure-2', 22, 'killed', 'figure-1'],
      ['figure-3', 1000, 'killed', null],
      ['figure-4', 745, 'killed', 'figure-3'],
    ]);
  });
});

describe('extractFigures: what one hospital received is a part of the toll', () => {
  it('"We have received one dead body and 28 injured" are parts of the 31 dead and the 50 wounded', () => {
    const figures = figuresIn(
      'At least 31 people were killed and more than 50 wounded in the blast.',
      '“We have received one dead body and 28 injured,” the hospital’s superintendent said.',
    );
    expect(figures.map((f) => [f.id, f.value, f.measure, f.partOf])).toEqual([
      ['figure-1', 31, 'killed', null],
      ['figure-2', 50, 'injured', null],
      ['figure-3', 1, 'killed', 'figure-1'],
      ['figure-4', 28, 'injured', 'figure-2'],
    ]);
  });
});

describe('extractFigures: what blind round 33 taught', () => {
  it('"receiving hospital treatment", "required medical attention" count the injured', () => {
    const figures = figuresIn(
      'Two people were killed, and 39 are receiving hospital treatment for injuries, police said. Four others required medical attention.',
    );
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      [2, 'killed'],
      [39, 'injured'],
      [4, 'injured'],
    ]);
  });
  it('a sum followed by another number is no telephone number ("the N6.6 billion 24km road")', () => {
    expect(figuresIn('President Buhari inaugurated the N6.6 billion 24km road.').map((f) => [f.value, f.text])).toEqual([
      [6_600_000_000, 'N6.6 billion'],
    ]);
    expect(figuresIn('Call the helpline on 555 0142 for help.')).toEqual([]);
  });
  it('numbers joined by a slash are a date, a fraction or "24/7", never a count; a mixed fraction is one number', () => {
    expect(
      figuresIn('The 9/11 attacks killed 2,977 people. The 24/7 hotline took calls on 12/03/2024, and 3/10 of voters came.').map(
        (f) => f.value,
      ),
    ).toEqual([2977]);
    expect(figuresIn('The notes pay 12 3/4%, and the refugees lived in camps for 2 1/2 years.').map((f) => [f.value, f.text])).toEqual([
      [12.75, '12 3/4%'],
      [2.5, '2 1/2 years'],
    ]);
  });
  it('numbers listed after a plural label ("Phases 1 and 2", "Articles 3, 5 and 9") name things, and count none', () => {
    expect(figuresIn('He opened Phases 1 and 2 of the road. Articles 3, 5 and 9 were suspended.')).toEqual([]);
    expect(figuresIn('The floods hit 12 districts and 5 villages.').map((f) => f.value)).toEqual([12, 5]);
  });
});

describe('extractFigures: what blind round 34 taught', () => {
  it('"the 100m" raced is a distance, never 100 million; a time to hundredths is a figure, whole seconds are not', () => {
    const figures = figuresIn(
      'Coleman clocked a world-best 9.82 seconds in the 100m at the championships. Within 30 seconds, the crowd was on its feet.',
    );
    expect(figures.map((f) => [f.value, f.unit, f.text])).toEqual([[9.82, 'seconds', '9.82 seconds']]);
  });
  it('a hedged four-digit count of a plural noun is a count, not a year ("over 1000 polling stations"); "below 2005 levels" stays a year', () => {
    expect(figuresIn('The commission excluded over 1000 polling stations’ results.').map((f) => [f.value, f.qualifier])).toEqual([
      [1000, 'over'],
    ]);
    expect(figuresIn('Emissions must fall below 2005 levels. The church was built around 1900 by settlers.')).toEqual([]);
  });
});

describe('extractFigures: what blind round 35 taught', () => {
  it('new deaths in the sentence of a toll that rose are a part of it, and no source ("with three more fatalities reported")', () => {
    const figures = figuresIn(
      'The death toll rose to at least 23 on Monday, with three more fatalities reported in Noakhali. The toll in Feni rose to 40 after another five people died.',
    );
    expect(figures.map((f) => [f.id, f.value, f.partOf, f.attribution])).toEqual([
      ['figure-1', 23, null, null],
      ['figure-2', 3, 'figure-1', null],
      ['figure-3', 40, null, null],
      ['figure-4', 5, 'figure-3', null],
    ]);
  });
  it('South Asian grouping ("12,38,048"), "stranded" as affected, and "under the 545" as no hedge', () => {
    const figures = figuresIn(
      'The flooding has stranded over 1.2 million families. The number of families affected stands at 12,38,048 under the 545 municipalities.',
    );
    expect(figures.map((f) => [f.value, f.measure, f.qualifier])).toEqual([
      [1_200_000, 'affected', 'over'],
      [1_238_048, 'affected', 'exact'],
      [545, 'other', 'exact'],
    ]);
  });
  it('a reporting window ("in the last 10 days") and a number word inside a name ("a Seven Sisters facility") are no figures', () => {
    expect(
      figuresIn('Over 1 million doses were given in the last 10 days. A new Seven Sisters facility will open.').map((f) => f.value),
    ).toEqual([1_000_000]);
    expect(figuresIn('The siege lasted 10 days. Seven people died.').map((f) => f.value)).toEqual([10, 7]);
  });
});

describe('extractFigures: what blind round 36 taught', () => {
  it('in a kidnapping, those rescued or freed are hostages set free; elsewhere rescued people are evacuated', () => {
    expect(
      figuresIn('Police rescued 24 kidnap victims in Zamfara.', '“Fourteen victims were rescued at the scene,” he said.').map(
        (f) => f.measure,
      ),
    ).toEqual(['hostages', 'hostages']);
    expect(figuresIn('Floods hit the town and 40 people were rescued.').map((f) => f.measure)).toEqual(['evacuated']);
  });
  it('a statistic’s period ("in the three months to February"), an age ("at 18 months", "aged between nine months and 14 years"), the ends of a scale and a bomb’s weight are no figures', () => {
    expect(
      figuresIn(
        'Unemployment fell to 4.9 percent in the three months to February. The campaign targets children aged between nine months and 14 years. The second dose is given at 18 months.',
        'Fani was a Category Four storm on a scale of one to five. The bomb contained 7 to 8 kg explosive. We could barely see 5m in front of us.',
      ).map((f) => f.text),
    ).toEqual(['4.9 percent']);
  });
});

describe('extractFigures: what blind round 38 taught', () => {
  it('a number glued to an equals sign or an underscore is code, no count ("__pwned=9")', () => {
    expect(
      figuresIn('Rescuers reached 3,000 stranded residents on Sunday. <iframe src="javascript:window.top.__pwned=9"></iframe>').map(
        (f) => f.value,
      ),
    ).toEqual([3000]);
  });
  it('"forcing more than 3 million to relocate" are evacuated, never the killed counted before them', () => {
    expect(
      figuresIn('The storm lashed the coast on Wednesday, killing at least five people, and forcing more than 3 million to relocate.').map(
        (f) => [f.value, f.measure],
      ),
    ).toEqual([
      [5, 'killed'],
      [3_000_000, 'evacuated'],
    ]);
  });
  it('homes whose power was cut or restored are affected; a hospital’s beds are counted ("a 26-bed ward")', () => {
    expect(
      figuresIn('Power connection to more than 5 million households have been snapped. Power was restored to about 5,828 homes.').map(
        (f) => f.measure,
      ),
    ).toEqual(['affected', 'affected']);
    expect(figuresIn('The new 26-bed surgical ward opened today.').map((f) => [f.value, f.unit])).toEqual([[26, 'beds']]);
  });
});

describe('extractFigures: what blind round 39 taught', () => {
  it('"25 domestic and international flights" counts flights, never the deaths counted before them', () => {
    expect(
      figuresIn(
        'A cold wave has claimed nearly 350 lives so far. Due to poor visibility, at least 25 domestic and international flights were delayed.',
      ).map((f) => [f.value, f.measure, f.subject]),
    ).toEqual([
      [350, 'killed', null],
      [25, 'other', 'domestic and international flights'],
    ]);
  });
  it('people "yet to be accounted for" are missing; "accounted for" are not', () => {
    expect(figuresIn('Nearly 290 people had yet to be accounted for.').map((f) => [f.value, f.measure])).toEqual([[290, 'missing']]);
    expect(figuresIn('Some 12 crew members have not been accounted for.').map((f) => f.measure)).toEqual(['missing']);
    expect(figuresIn('All 30 passengers have been accounted for.').map((f) => f.measure)).toEqual(['other']);
  });
  it('a toll whose phrase holds a hyphenated number ("a five-story building") still rises to its count', () => {
    expect(
      figuresIn('The death toll from a five-story apartment building collapsed in the state of Maharashtra has risen to 13.').map((f) => [
        f.value,
        f.measure,
        f.rule,
      ]),
    ).toEqual([[13, 'killed', 'figures.tally']]);
  });
  it('the predicate after "N of the M residents" is said of the part; the whole keeps its own phrase', () => {
    const read = (s: string) => figuresIn(s).map((f) => [f.value, f.measure]);
    expect(read('Some 70 of the 97 residents managed to escape.')).toEqual([
      [70, 'evacuated'],
      [97, 'other'],
    ]);
    expect(read('Three of the 12 people killed were children.')).toEqual([
      [3, 'killed'],
      [12, 'killed'],
    ]);
    expect(read('One of the 32 people who were critically injured died in hospital.')).toContainEqual([32, 'injured']);
  });
  it('people in shelters from a storm the story tells an evacuation of are evacuated; in a war, displaced', () => {
    const storm = figuresIn(
      'One million people were forced to seek refuge in shelters after the cyclone struck on Saturday.',
      'Officials called it the largest evacuation in the state’s history.',
    );
    expect(storm.map((f) => [f.value, f.measure])).toEqual([[1_000_000, 'evacuated']]);
    const war = figuresIn(
      'Some 20,000 people sought refuge in shelters after the shelling of the city.',
      'Residents were told to evacuate the northern districts.',
    );
    expect(war.map((f) => [f.value, f.measure])).toEqual([[20_000, 'displaced']]);
  });
  it('"were forced to flee their homes" are displaced; "fled their villages" too', () => {
    expect(figuresIn('About 5,000 people were forced to flee their homes.').map((f) => f.measure)).toEqual(['displaced']);
    expect(figuresIn('About 200 people fled their villages.').map((f) => f.measure)).toEqual(['displaced']);
  });
  it('a party named with a bracketed aside is an item of a seat list ("CPN (Unified Socialist) 10")', () => {
    expect(figuresIn('The UML has won 41 seats, CPN (Maoist Center) 17, CPN (Unified Socialist) 10.').map((f) => f.value)).toEqual([
      41, 17, 10,
    ]);
  });
});

describe('extractFigures: what blind round 40 taught', () => {
  const read = (...p: string[]) => figuresIn(...p).map((f) => [f.value, f.measure, f.status]);
  it('how badly belongs to the cue: "Three seriously injured victims" are injured now, whatever will be done to them', () => {
    expect(read('Three seriously injured victims will be evacuated by helicopter.')).toEqual([[3, 'injured', 'current']]);
    expect(read('Two critically wounded soldiers died later.')).toEqual([[2, 'injured', 'current']]);
    expect(read('About 5,000 people will be evacuated.')).toEqual([[5000, 'evacuated', 'projected']]);
  });
  it('the rescued who were injured are injured; the arrested who were injured stay detained', () => {
    expect(read('Troops rescued 31 villagers who were injured when the landslide hit.')).toEqual([[31, 'injured', 'current']]);
    expect(read('Police arrested 12 men who were injured in the clash.')).toEqual([[12, 'detained', 'current']]);
  });
  it('admitted to a university is no patient; admitted to a hospital is', () => {
    expect(read('Students must pass two major subjects to be admitted to universities.')).not.toContainEqual([2, 'injured', 'current']);
    expect(read('Twelve people were admitted to the local district hospital.')).toEqual([[12, 'injured', 'current']]);
  });
  it('"listed as missing" is missing', () => {
    expect(read('One man was listed as missing.')).toEqual([[1, 'missing', 'current']]);
  });
});

describe('extractFigures: what blind round 41 taught', () => {
  it('responders are counted ("6,000 doctors and 15,000 nurses"); sources who only speak are not', () => {
    expect(figuresIn('The NHS has hired 6,000 doctors and 15,000 nurses.').map((f) => [f.value, f.measure])).toEqual([
      [6000, 'other'],
      [15000, 'other'],
    ]);
    expect(figuresIn('Two officials said the talks had stalled.')).toEqual([]);
  });
});

describe('extractFigures: what blind round 42 taught', () => {
  it('"six and a half years" is a span of 6.5 years; "fired 9 aces" counts aces', () => {
    expect(figuresIn('He was jailed for six and a half years.').map((f) => [f.value, f.unit])).toEqual([[6.5, 'years']]);
    expect(figuresIn('Ryan is serving his own six and a half year sentence.').map((f) => f.value)).toEqual([6.5]);
    expect(figuresIn('The third seed, who fired 9 aces, won.').map((f) => [f.value, f.subject])).toEqual([[9, 'aces']]);
  });
});

describe('extractFigures: what blind round 44 taught', () => {
  it('"taken by bus to local hospitals" are injured', () => {
    expect(figuresIn('Police said more than 200 were taken by bus to local hospitals.').map((f) => [f.value, f.measure])).toEqual([
      [200, 'injured'],
    ]);
    expect(figuresIn('Some 300 people were taken by bus to a shelter.').map((f) => f.measure)).toEqual(['other']);
  });
});

describe('extractFigures: what blind round 45 taught', () => {
  it('the other end of a range of days, or of a distance whose unit follows the range, is no count', () => {
    expect(figuresIn('Teams vaccinated children from October 10 to 13, 2023.')).toEqual([]);
    expect(figuresIn('The festival runs from 10 to 13 October.')).toEqual([]);
    expect(figuresIn('Cuttack is around 10-12 km away.')).toEqual([]);
    expect(figuresIn('Between 300 and 400 people were killed.').map((f) => f.value)).toEqual([300, 400]);
  });
  it('"suffered major injuries" are injured', () => {
    expect(figuresIn('Four passengers suffered major injuries.').map((f) => [f.value, f.measure])).toEqual([[4, 'injured']]);
  });
});

describe('extractFigures: what blind round 46 taught', () => {
  const read = (s: string) => figuresIn(s).map((f) => [f.value, f.measure]);
  it('"12 confirmed heat-related deaths": a hyphenated adjective between the vouching word and its cue', () => {
    expect(read('There have been 12 confirmed heat-related deaths in Arizona this year.')).toEqual([[12, 'killed']]);
  });
  it('people under heat advisories are affected', () => {
    expect(read('More than 90 million people in the US are under heat advisories.')).toEqual([[90_000_000, 'affected']]);
  });
  it('one who was injured and later died is dead; the injured of a blast that killed 12 stay injured', () => {
    expect(read('One man who was injured by falling debris later died of a heart attack.')).toEqual([[1, 'killed']]);
    expect(read('Two men who were injured in the blast that killed 12 were treated.')).toEqual([
      [2, 'injured'],
      [12, 'killed'],
    ]);
  });
});

describe('extractFigures: what blind rounds 45 and 46 left', () => {
  const read = (s: string) => figuresIn(s).map((f) => [f.value, f.measure]);
  it('the harm a noun says wins over a verb that counts none ("save 19 people still trapped")', () => {
    expect(read('Rescuers hope they can save 19 people still trapped under the rubble.')).toEqual([[19, 'missing']]);
    expect(read('Lifeguards saved 12 swimmers.')).toEqual([[12, 'other']]);
  });
  it('survivors hurt are the injured; survivors alone are those who came out alive', () => {
    expect(read('At least three passengers survived with minor injuries.')).toEqual([[3, 'injured']]);
    expect(read('Ten passengers survived.')).toEqual([[10, 'evacuated']]);
  });
  it('the people a boat was carrying are not what befell the boat', () => {
    expect(read('A boat carrying 53 people was swept away.')).toEqual([[53, 'other']]);
    expect(read('Fifty-three people were swept away.')).toEqual([[53, 'missing']]);
  });
});

describe('extractFigures: what blind rounds 47 and 48 taught', () => {
  const read = (s: string) => figuresIn(s).map((f) => [f.value, f.measure, f.unit]);
  it('a sum joined to its currency by hyphens ("a 1.6-billion-U.S.-dollar deal") is money', () => {
    expect(read('SpaceX has a 1.6-billion-U.S.-dollar deal with NASA.')).toEqual([[1_600_000_000, 'other', 'USD']]);
  });
  it('both ends of "£22-25m" are sums in pounds', () => {
    expect(read('Sales could bring in £22-25m in good years.')).toEqual([
      [22_000_000, 'other', 'GBP'],
      [25_000_000, 'other', 'GBP'],
    ]);
  });
  it('a year after "since" is no count, whatever cue follows it', () => {
    expect(read('Despite plans since 2016 to relocate the dump, nothing has been done.')).toEqual([]);
  });
});

describe('extractFigures: what blind rounds 49 and 50 taught', () => {
  const read = (s: string) => figuresIn(s).map((f) => [f.value, f.measure]);
  it('"the previous week 50 were killed" is a time and a count; "Day 5" is still a label', () => {
    expect(read('About 40 people died this week while the previous week 50 were killed in raids.')).toEqual([
      [40, 'killed'],
      [50, 'killed'],
    ]);
    expect(read('On Day 5 of the siege, rescuers arrived.')).toEqual([]);
  });
  it('"Rs 3500 cr" is 35 billion rupees', () => {
    expect(figuresIn('The Rs 3500 cr line passes through 21 tunnels.').map((f) => [f.value, f.unit])).toEqual([
      [35_000_000_000, 'rupees'],
      [21, 'tunnels'],
    ]);
  });
  it('"In January, 11 miners were killed": after a month and its comma a day is no date, a year still is', () => {
    expect(read('In early January, 11 coal miners were killed by gunmen.')).toEqual([[11, 'killed']]);
    expect(read('The talks began in January, 2020.')).toEqual([]);
  });
  it('"one of them died" is a count: what befell the one is said of it', () => {
    expect(read('Twelve people were rescued, although one of them died after disembarking.')).toEqual([
      [12, 'evacuated'],
      [1, 'killed'],
    ]);
  });
});

describe('extractFigures: what blind round 54 taught', () => {
  it('Ghanaian cedis written "GH¢1.29" and "GHC203 million" are money', () => {
    expect(
      figuresIn('Profit rose to GHC203 million from GH¢111 million, and earnings per share to GH¢1.29.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [203_000_000, 'GHS'],
      [111_000_000, 'GHS'],
      [1.29, 'GHS'],
    ]);
  });
  it('a hyphenated word inside a participle clause does not hide the predicate after it', () => {
    expect(
      figuresIn('About 600 villagers living near the landslide-hit area have been evacuated.').map((f) => [f.value, f.measure]),
    ).toEqual([[600, 'evacuated']]);
  });
  it('a score ("their 24-13 win", "a 1-2 defeat") is neither a count nor a range; a vote of 6-3 still counts votes', () => {
    expect(figuresIn('This week, their 24-13 win over the Chiefs sealed the title.')).toEqual([]);
    expect(figuresIn('After a 1-2 defeat against SC East Bengal, the coach spoke.')).toEqual([]);
    expect(figuresIn('The vote passed 6-3.').map((f) => f.value)).toEqual([6, 3]);
  });
  it('an age in apposition after a full name is no count; a place’s tally is', () => {
    expect(figuresIn('The victims were John Smith, 45, and Mary Jones, 38.')).toEqual([]);
    expect(figuresIn('They were identified as Beatriz Hope Chavez, 4; Olivia Meneses Moral, 63; and an unidentified minor.')).toEqual([]);
    expect(figuresIn('Deaths by province: Western Cape, 12; Eastern Cape, 18.').map((f) => f.value)).toEqual([12, 18]);
  });
  it('ages of a vaccination schedule ("at 9-12 months and 16-24 months of age", "the age group of 9 months to 15 years")', () => {
    expect(figuresIn('Doses are given to children at 9-12 months and 16-24 months of age.').map((f) => f.value)).toEqual([]);
    expect(figuresIn('The drive will cover 41 crore children in the age group of 9 months to 15 years.').map((f) => f.value)).toEqual([
      410_000_000,
    ]);
    expect(figuresIn('The fighting lasted 12 months.').map((f) => f.value)).toEqual([12]);
  });
});
