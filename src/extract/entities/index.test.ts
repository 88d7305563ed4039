import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../tests/helpers/chart-fixtures.ts';
import type { Entities, Entity } from '../../schema/document.ts';
import { extractEntities } from './index.ts';
import { parseSeed } from '../../ingest/parse.ts';
import { toParagraph } from '../text/paragraphs.ts';

function entitiesOf(...paragraphs: string[]): Entities {
  const doc = parsedSeed(paragraphs, null);
  return extractEntities(doc);
}
const names = (list: Entity[]): string[] => list.map((e) => e.name);
const find = (list: Entity[], name: string): Entity => {
  const found = list.find((e) => e.name === name);
  expect(found, `${name} in ${names(list).join(', ')}`).toBeDefined();
  return found as Entity;
};

describe('extractEntities: the sample seed', () => {
  const bytes = fs.readFileSync(new URL('../../../seeds/000_fb5ec107e9726c52.txt', import.meta.url));
  const { document } = parseSeed('000_fb5ec107e9726c52.txt', bytes);
  const e = extractEntities(document);

  it('finds the people with their roles and aliases', () => {
    expect(names(e.people)).toEqual(['Antony Blinken', 'Yoav Gallant', 'Matthew Miller', 'Ayman Safadi']);
    const blinken = find(e.people, 'Antony Blinken');
    expect(blinken.role).toBe('U.S. Secretary of State');
    expect(blinken.aliases).toEqual(expect.arrayContaining(['Blinken', 'the Secretary']));
    expect(find(e.people, 'Yoav Gallant').role).toBe('Israeli Defense Minister');
    expect(find(e.people, 'Matthew Miller').role).toBe('spokesman');
    expect(find(e.people, 'Matthew Miller').aliases).toContain('Miller');
  });

  it('finds the organisations, with the acronym as an alias', () => {
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['State Department', 'Hamas', 'International Court of Justice']));
    expect(find(e.organizations, 'International Court of Justice').aliases).toContain('ICJ');
  });

  it('finds the places', () => {
    expect(names(e.places)).toEqual(expect.arrayContaining(['Gaza', 'Rafah', 'Doha', 'Cairo', 'Israel', 'Qatar', 'Egypt']));
  });

  it('numbers ids in order of first mention and points mentions at the names', () => {
    expect(e.people.map((p) => p.id)).toEqual(['person-1', 'person-2', 'person-3', 'person-4']);
    expect(e.organizations[0].id).toBe('organization-1');
    expect(e.places[0].id).toBe('place-1');
    for (const person of e.people) {
      for (const m of person.mentions) {
        const text = document.paragraphs[m.paragraph].text.slice(m.start, m.end);
        expect([person.name, ...person.aliases].map((a) => a.toLowerCase())).toContain(text.toLowerCase());
      }
    }
    expect(find(e.people, 'Antony Blinken').mentions.length).toBeGreaterThanOrEqual(5);
  });

  it('does not take nationalities, weekdays or months for people', () => {
    const all = [...e.people, ...e.organizations, ...e.places].map((x) => x.name);
    for (const word of ['Israeli', 'Jordanian', 'Friday', 'Thursday', 'Oct', 'May', 'Palestinians']) expect(all).not.toContain(word);
  });
});

describe('extractEntities: people and roles', () => {
  it('a lowercase role before the name', () => {
    const e = entitiesOf('The fire started before dawn, police spokesman Dan Cole told reporters.');
    expect(find(e.people, 'Dan Cole').role).toBe('police spokesman');
  });

  it('a role in an appositive after the name', () => {
    const e = entitiesOf('Elif Demir, Turkey’s disaster management chief, said 300 buildings had collapsed.');
    expect(find(e.people, 'Elif Demir').role).toBe('Turkey’s disaster management chief');
    expect(names(e.places)).toContain('Turkey');
  });

  it('a capitalised title before the name', () => {
    const e = entitiesOf('Kenyan President William Ruto visited the flooded district on Sunday.');
    expect(find(e.people, 'William Ruto').role).toBe('Kenyan President');
  });

  it('a title with a possessive country', () => {
    const e = entitiesOf('Nepal’s Prime Minister Ram Bahadur Thapa ordered an inquiry into the crash.');
    expect(find(e.people, 'Ram Bahadur Thapa').role).toBe('Nepal’s Prime Minister');
  });

  it('merges a later surname into the full name', () => {
    const e = entitiesOf(
      'Rescue chief Oluwaseun Adeyemi arrived at the collapsed market.',
      'Adeyemi said the search would go on overnight.',
    );
    expect(e.people).toHaveLength(1);
    expect(e.people[0].aliases).toEqual(['Adeyemi']);
    expect(e.people[0].mentions).toHaveLength(2);
  });

  it('merges "the Governor" into the one person with that title', () => {
    const e = entitiesOf('Governor Maura Keane declared a state of emergency.', 'The Governor asked residents to stay indoors.');
    expect(find(e.people, 'Maura Keane').aliases).toContain('the Governor');
  });

  it('an honorific announces a name the lists do not know', () => {
    const e = entitiesOf('Dr. Tendai Moyo treated the first cholera patients in Chitungwiza.');
    expect(names(e.people)).toEqual(['Tendai Moyo']);
  });

  it('names with particles stay whole and merge with the bare surname', () => {
    const e = entitiesOf(
      'Interior Minister Khalid al-Rashid inspected the dam.',
      'Mr al-Rashid said repairs would take a month.',
      'Rashid later left for the capital.',
    );
    expect(names(e.people)).toEqual(['Khalid al-Rashid']);
    expect(e.people[0].mentions).toHaveLength(3);
  });

  it('a reporting verb beside a two-word name marks a person', () => {
    const e = entitiesOf('Search teams found two more survivors, said Siosaia Taufa on Tuesday.');
    expect(names(e.people)).toEqual(['Siosaia Taufa']);
  });

  it('sentence-initial words, months and nationalities are not people', () => {
    const e = entitiesOf(
      'Rescuers said the Ukrainian and Polish teams would arrive in March. Officials said Monday that Survivors were being moved.',
    );
    expect(e.people).toEqual([]);
  });

  it('a name after "counterpart," is a person', () => {
    const e = entitiesOf('He spoke with his Egyptian counterpart, Sameh Rashed, about the border crossing.');
    expect(names(e.people)).toEqual(['Sameh Rashed']);
  });
});

describe('extractEntities: organisations', () => {
  it('the acronym in brackets is an alias, and later mentions of it count', () => {
    const e = entitiesOf('The World Health Organization (WHO) sent vaccines.', 'WHO said 12 cases were confirmed.');
    const who = find(e.organizations, 'World Health Organization');
    expect(who.aliases).toEqual(['WHO']);
    expect(who.mentions).toHaveLength(3);
  });

  it('a lowercase ministry is a body', () => {
    const e = entitiesOf('The death toll rose to 41, the health ministry said on Thursday.');
    expect(names(e.organizations)).toEqual(['health ministry']);
  });

  it('a possessive place before a ministry stays in its name and the short form merges', () => {
    const e = entitiesOf('Sudan’s Health Ministry reported 200 cholera deaths.', 'The Health Ministry said clinics were overwhelmed.');
    const ministry = find(e.organizations, 'Sudan’s Health Ministry');
    expect(ministry.aliases).toContain('Health Ministry');
    expect(names(e.places)).toContain('Sudan');
  });

  it('news agencies, armed groups and airlines', () => {
    const e = entitiesOf(
      'Hezbollah fired rockets, Reuters reported, as Summit Air grounded its fleet and the Barrio Rojo gang took the port.',
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['Hezbollah', 'Reuters', 'Summit Air', 'Barrio Rojo']));
  });

  it('"of" and "and" inside an organisation name', () => {
    const e = entitiesOf('The Ministry of Water and Sanitation ordered the dam opened.');
    expect(names(e.organizations)).toEqual(['Ministry of Water and Sanitation']);
  });

  it('"and" between two countries separates them', () => {
    const e = entitiesOf('Talks between Egypt and Qatar resumed in Doha.');
    expect(names(e.places)).toEqual(['Egypt', 'Qatar', 'Doha']);
  });
});

describe('extractEntities: places', () => {
  it('a dateline in capitals is a place and the agency an organisation', () => {
    const e = entitiesOf('NAIROBI, March 3 (Reuters) - Floods killed 20 people in western Kenya.');
    expect(names(e.places)).toEqual(['Nairobi', 'Kenya']);
    expect(names(e.organizations)).toEqual(['Reuters']);
  });

  it('a name followed by "city", "province" or "village" is a place', () => {
    const e = entitiesOf('The quake struck near Kalewa town and flattened homes in Tanintharyi region and Mawlu village.');
    expect(names(e.places)).toEqual(['Kalewa', 'Tanintharyi', 'Mawlu']);
  });

  it('an unknown name after "in" is a place', () => {
    const e = entitiesOf('Water levels rose in Kotido overnight, and crews worked in Moroto on Friday.');
    expect(names(e.places)).toEqual(['Kotido', 'Moroto']);
  });

  it('places with a head word: islands, rivers, states', () => {
    const e = entitiesOf('Boats crossed the Salween River to reach Koh Tao Island and Shan State.');
    expect(names(e.places)).toEqual(['Salween River', 'Koh Tao Island', 'Shan State']);
  });

  it('"U.S." and "United States" are one place', () => {
    const e = entitiesOf('U.S. officials said the United States would send aid.');
    expect(e.places).toHaveLength(1);
    expect(e.places[0].aliases.length + 1).toBe(2);
  });

  it('places have no role', () => {
    const e = entitiesOf('Aid reached Gaza and Rafah on Tuesday.');
    expect(e.places.every((p) => p.role === null)).toBe(true);
    expect(names(e.places)).toEqual(['Gaza', 'Rafah']);
  });
});

describe('extractEntities: robustness', () => {
  it('200 KB of capitalised words finishes quickly', () => {
    const doc = parsedSeed([toParagraph('Mr Aa Bb said. '.repeat(13_000))], null);
    const started = performance.now();
    const e = extractEntities(doc);
    expect(e.people.length).toBe(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('extractEntities: company names', () => {
  it('a name ending in its trade is an organisation', () => {
    const e = entitiesOf(
      'The pit is run by Black Hills Mining, and the ferry by Coral Bay Shipping Lines; Volta River Power cut supplies.',
    );
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['Black Hills Mining', 'Coral Bay Shipping Lines', 'Volta River Power']));
    expect(names(e.people)).toEqual([]);
  });
});

describe('extractEntities: two titled people joined by "and"', () => {
  it('"Senator Ana Ruiz and Governor Tom Baker" are two people, each with a title', () => {
    const e = entitiesOf('Senator Ana Ruiz and Governor Tom Baker debated on Monday. Dr. Lena Park and Mr. Sam Cole spoke later.');
    expect(find(e.people, 'Ana Ruiz').role).toBe('Senator');
    expect(find(e.people, 'Tom Baker').role).toBe('Governor');
    expect(names(e.people)).toEqual(expect.arrayContaining(['Lena Park', 'Sam Cole']));
  });

  it('"Minister of Health and Social Affairs" stays one title', () => {
    const e = entitiesOf('Minister of Health and Social Affairs Mona Sahlin visited the clinic.');
    expect(find(e.people, 'Mona Sahlin').role).toBe('Minister of Health and Social Affairs');
  });
});

describe('extractEntities: surnames spelled like pronouns', () => {
  it('"He" capitalised after a lowercase word is a surname, merged with the full name', () => {
    const e = entitiesOf(
      'The bridge was closed, according to He Wei, a city engineer.',
      'Local radio quoted He as saying more cracks were found.',
    );
    const he = find(e.people, 'He Wei');
    expect(he.mentions).toHaveLength(2);
  });

  it('a pronoun opening a sentence or after a capitalised word is no name', () => {
    const e = entitiesOf('He said the road was closed. What He Said Next was lost.', '“He warned us,” the driver said.');
    expect(names(e.people)).not.toContain('He');
  });
});

describe('extractEntities: codes of a business calendar', () => {
  it('a quarter, a half or a fiscal year written as a code is no organisation', () => {
    const e = entitiesOf(
      'Nokia said its third-quarter (Q3) sales fell, while its H2 outlook and FY25 targets stood, the OECD noted.',
      'Analysts had expected a stronger 2Q24 for the chipmaker.',
    );
    for (const code of ['Q3', 'H2', 'FY25', '2Q24']) expect(names(e.organizations)).not.toContain(code);
    expect(names(e.organizations)).toContain('OECD');
  });
});

describe('extractEntities: a role of a named place or body before the name', () => {
  const people = (text: string) => entitiesOf(text).people.map((p) => [p.name, p.role]);
  it('after a comma: "governor of Lagos, Babajide Sanwo-Olu"', () => {
    expect(people('This was disclosed on Saturday by governor of Lagos, Babajide Sanwo-Olu when he visited.')).toEqual([
      ['Babajide Sanwo-Olu', 'governor of Lagos'],
    ]);
    expect(people('According to the deputy head of the President’s Office, Kyrylo Tymoshenko, a rocket struck.')).toEqual([
      ['Kyrylo Tymoshenko', 'deputy head of the President’s Office'],
    ]);
  });
  it('with no comma, the place or body goes to the title and the last two words are the name', () => {
    expect(people('Governor of Lagos Babajide Sanwo-Olu visited the site.')).toEqual([['Babajide Sanwo-Olu', 'Governor of Lagos']]);
    expect(people('Federal Minister for Climate Change Sherry Rehman said it.')).toEqual([
      ['Sherry Rehman', 'Federal Minister for Climate Change'],
    ]);
  });
  it('not a list of places after "residents of"', () => {
    expect(people('Residents of Lagos, Ikeja and Epe fled.')).toEqual([]);
  });
});

describe('extractEntities: what blind round 15 taught', () => {
  it('a lone place name used as a person’s is that person, when the text named one of that surname', () => {
    const e = entitiesOf(
      'Vanquished coach Daniel Harford believes so.',
      'Harford’s Carlton were thrashed by 45 points.',
      'Harford said it was a special moment.',
    );
    expect(e.people.map((p) => [p.name, p.mentions.length])).toEqual([['Daniel Harford', 3]]);
    expect(e.places.map((p) => p.name)).toEqual([]);
    expect(entitiesOf('Gaza’s health ministry said it.').places.map((p) => p.name)).toEqual(['Gaza']);
  });
  it('a venue is a place even after a given name; a company noun before a name makes a company', () => {
    const e = entitiesOf('The final at Adelaide Oval drew 53,034.', 'French supermajor Total has suspended work.');
    expect(e.places.map((p) => p.name)).toEqual(['Adelaide Oval']);
    expect(e.organizations.map((o) => o.name)).toEqual(['Total']);
    expect(e.people).toEqual([]);
    expect(entitiesOf('Javelin giant Arshad Nadeem said he was proud.').organizations).toEqual([]);
  });
});

describe('extractEntities: a participle opening the sentence, and "-based" alone', () => {
  it('"Vanquished AFLW coach", "Embattled Health Minister": the participle is no part of the role', () => {
    const roles = (text: string) => entitiesOf(text).people.map((p) => [p.name, p.role]);
    expect(roles('Vanquished AFLW coach Craig Starcevich said his side was outplayed.')).toEqual([['Craig Starcevich', 'AFLW coach']]);
    expect(roles('Embattled Health Minister Jane Doe resigned.')).toEqual([['Jane Doe', 'Health Minister']]);
    // A title's own words, and names that begin like participles, stay.
    expect(roles('Retired General Sam Ford spoke.')).toEqual([['Sam Ford', 'Retired General']]);
    expect(roles('United Nations envoy Ed Fox spoke.')).toEqual([['Ed Fox', 'United Nations envoy']]);
    expect(roles('Federated Farmers president Ann Cole spoke.')).toEqual([['Ann Cole', 'Federated Farmers president']]);
  });
  it('"the US-based company" names no organisation "US-based"', () => {
    expect(entitiesOf('Demand stayed strong, the US-based company said.').organizations).toEqual([]);
  });
});

describe('extractEntities: a title word inside a body’s name', () => {
  it('"Justice and Development Party", "the Justice Department" keep "Justice"; "Justice Ada Banjoko" is a judge', () => {
    const e = entitiesOf('The Justice and Development Party won. The Justice Department said so.', 'Justice Ada Banjoko ruled.');
    expect(e.organizations.map((o) => o.name)).toEqual(['Justice and Development Party', 'Justice Department']);
    expect(e.people.map((p) => [p.name, p.role])).toEqual([['Ada Banjoko', 'Justice']]);
  });
});

describe('extractEntities: an honorific without its full stop', () => {
  it('"Dr Kayode Fayemi", "Mr Lee": the honorific makes a person of a name nobody knows', () => {
    const names = (text: string) => extractEntities(parsedSeed([text], '2024-05-01')).people.map((p) => p.name);
    expect(names('The official, Dr Kayode Fayemi, commended the turnout.')).toEqual(['Kayode Fayemi']);
    expect(names('Mr Lee commended the turnout.')).toEqual(['Lee']);
  });
});

describe('extractEntities: a title ending in "of" and what it takes', () => {
  it('"the Governor of Cundinamarca, Nicolás García" names one person; the place is nobody', () => {
    const e = entitiesOf('The blast was explained by the Governor of Cundinamarca, Nicolás García, in an interview.');
    expect(e.people.map((p) => [p.name, p.role])).toEqual([['Nicolás García', 'Governor of Cundinamarca']]);
    expect(entitiesOf('The Governor of Lagos said the blast was an accident.').people).toEqual([]);
  });
  it('keeps "Senator Bob Smith of New Hampshire" a person and "United Mine Workers of America" a body', () => {
    expect(entitiesOf('Senator Bob Smith of New Hampshire said no.').people.map((p) => p.name)).toEqual([
      expect.stringContaining('Bob Smith'),
    ]);
    expect(entitiesOf('The United Mine Workers of America said no.').organizations.map((o) => o.name)).toEqual([
      'United Mine Workers of America',
    ]);
  });
});

describe('extractEntities: a rank that is also an adjective', () => {
  it('"the Swali Market, a major market" is no person; "Navdeep Rinwa, chief electoral officer" is', () => {
    expect(entitiesOf('Fire razed a section of the Swali Market, a major market situated in Yenagoa.').people).toEqual([]);
    expect(entitiesOf('Navdeep Rinwa, chief electoral officer for the state, said 33 staff died.').people.map((p) => p.name)).toEqual([
      'Navdeep Rinwa',
    ]);
  });
});

describe('extractEntities: a title after a name with no comma', () => {
  it('"John Smith Head Coach of Egypt is sad" is John Smith, head coach; "Martin Luther King" stays whole', () => {
    expect(entitiesOf('John Smith Head Coach of Egypt is sad his side failed to advance.').people.map((p) => [p.name, p.role])).toEqual([
      ['John Smith', 'Head Coach of Egypt'],
    ]);
    expect(entitiesOf('Martin Luther King spoke in Washington.').people.map((p) => p.name)).toEqual(['Martin Luther King']);
  });
  it('"Justice Adebukola Banjoko of High Court V" is the judge, the court her role; "Senator Bob Smith of New Hampshire" is Bob Smith', () => {
    expect(
      entitiesOf('Justice Adebukola Banjoko of High Court V, Abuja, delivered her judgement.').people.map((p) => [p.name, p.role]),
    ).toEqual([['Adebukola Banjoko', 'Justice of High Court V']]);
    expect(entitiesOf('Senator Bob Smith of New Hampshire said no.').people.map((p) => p.name)).toEqual(['Bob Smith']);
  });
});
