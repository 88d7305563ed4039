// Synthetic seed documents for `npm run bench`: news-like reports (earthquakes, floods, epidemics,
// wars, shootings) with hedged figures, attributed quotes and dates, 1,500-3,000 characters each.
// Deterministic: the same PRNG seed gives the same documents on every machine.

/** mulberry32: small, fast and good enough to vary text; not for anything secret. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Mara',
  'Tomas',
  'Aisha',
  'Kenji',
  'Lucia',
  'Omar',
  'Ingrid',
  'Rafael',
  'Nadia',
  'Samuel',
  'Priya',
  'Jonas',
  'Fatima',
  'Diego',
  'Elena',
  'Kwame',
];
const LAST = [
  'Okonjo',
  'Lindqvist',
  'Haddad',
  'Tanaka',
  'Moreno',
  'Farouk',
  'Berg',
  'Souza',
  'Petrova',
  'Mensah',
  'Raman',
  'Keller',
  'Diallo',
  'Ortiz',
  'Novak',
  'Asante',
];
const PLACES = [
  'the northern valley',
  'Port Alder',
  'the Kessel delta',
  'Marrow province',
  'the eastern highlands',
  'Lake Varn',
  'San Telmo',
  'the coastal district',
  'Brenna',
  'the river towns',
];
const SOURCES = ['Example Wire', 'Daily Ledger', 'Coastal Times', 'Global Desk', 'Morning Post'];
const AGENCIES = [
  'the national disaster agency',
  'the health ministry',
  'the Red Crescent',
  'the United Nations',
  'local officials',
  'the police',
];
const ROLES = [
  'spokesman for the interior ministry',
  'head of the regional rescue service',
  'mayor of Port Alder',
  'director of the provincial hospital',
  'police chief',
  'aid coordinator for the United Nations',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUALIFIERS = ['at least', 'more than', 'nearly', 'about', 'up to', 'over'];
const QUOTES = [
  'We are still pulling people from the rubble. Every hour counts',
  'The situation is critical and we need help now',
  'Nobody expected the water to rise so fast',
  'We will not rest until every family is safe',
  'The hospitals are full and supplies are running low',
  'This is the worst disaster our town has seen in a generation',
  'We are doing everything we can, but the roads are cut',
  'Our teams have reached the villages in the hills',
];
const FILLER = [
  'Aid agencies said they had delivered {n} tonnes of food and water to the worst-hit areas.',
  'Schools in {place} were closed until further notice, and {n} families were sheltering in public buildings.',
  'Roads into {place} remained blocked on {weekday}, slowing the arrival of rescue teams.',
  'The government said it would release emergency funds next week.',
  'Residents described scenes of chaos as the news spread through {place}.',
  'Officials warned that the figures could rise as more areas were reached.',
  'The region was hit by a similar disaster in {year}, when {n} people died.',
  'Power was restored to about {n} homes by {weekday} evening, the utility said.',
];

interface Topic {
  title: (p: Ctx) => string;
  lead: (p: Ctx) => string;
  second: (p: Ctx) => string;
}
interface Ctx {
  place: string;
  n: number;
  k: number;
  d: number;
  q: string;
  weekday: string;
  agency: string;
  year: number;
}

const TOPICS: Topic[] = [
  {
    title: (c) => `Earthquake in ${c.place} kills ${c.q} ${c.n}`,
    lead: (c) =>
      `A magnitude 6.${c.n % 10} earthquake struck ${c.place} before dawn on ${c.weekday}, killing ${c.q} ${c.n} people and injuring more than ${c.k.toLocaleString('en-US')}, ${c.agency} said.`,
    second: (c) =>
      `Some ${c.d.toLocaleString('en-US')} people have been displaced and nearly ${(c.n % 90) + 5} are still missing, according to the Red Crescent.`,
  },
  {
    title: (c) => `Floods force thousands from ${c.place}`,
    lead: (c) =>
      `Floodwaters swept through ${c.place} on ${c.weekday}, forcing ${c.q} ${c.d.toLocaleString('en-US')} people from their homes, ${c.agency} said.`,
    second: (c) => `At least ${c.n} people were killed and ${c.k} injured as rivers burst their banks after a week of heavy rain.`,
  },
  {
    title: (c) => `Health officials confirm cholera outbreak in ${c.place}`,
    lead: (c) =>
      `Health officials confirmed a cholera outbreak in ${c.place} on ${c.weekday}, with ${c.q} ${c.k.toLocaleString('en-US')} suspected cases and ${c.n} deaths, ${c.agency} said.`,
    second: (c) => `About ${c.d.toLocaleString('en-US')} people have been affected, and clinics have set up isolation tents.`,
  },
  {
    title: (c) => `Airstrikes on ${c.place} kill ${c.q} ${c.n} civilians`,
    lead: (c) =>
      `Airstrikes hit ${c.place} overnight into ${c.weekday}, killing ${c.q} ${c.n} civilians and wounding ${c.k}, ${c.agency} said.`,
    second: (c) =>
      `More than ${c.d.toLocaleString('en-US')} people have fled the fighting, and ${(c.n % 40) + 3} people are being held as hostages.`,
  },
  {
    title: (c) => `Gunman kills ${(c.n % 30) + 3} at market in ${c.place}`,
    lead: (c) =>
      `A gunman opened fire at a crowded market in ${c.place} on ${c.weekday}, killing ${(c.n % 30) + 3} people and injuring ${(c.k % 60) + 5}, ${c.agency} said.`,
    second: (c) =>
      `Police said ${(c.n % 5) + 1} suspects had been detained and about ${c.d.toLocaleString('en-US')} people were evacuated from nearby streets.`,
  },
];

export interface SyntheticSeed {
  name: string;
  text: string;
}

/** Document `index` of a corpus made with `seed`: independent of the other documents. */
export function syntheticSeed(index: number, seed = 42): SyntheticSeed {
  const r = prng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const year = int(2019, 2025);
  const month = int(1, 12);
  const day = int(1, 28);
  const c: Ctx = {
    place: pick(PLACES),
    n: int(12, 900),
    k: int(40, 5000),
    d: int(1000, 90000),
    q: pick(QUALIFIERS),
    weekday: pick(WEEKDAYS),
    agency: pick(AGENCIES),
    year: int(1990, 2018),
  };
  const topic = TOPICS[index % TOPICS.length];
  const fill = (s: string) =>
    s
      .replace('{n}', String(int(20, 20000).toLocaleString('en-US')))
      .replace('{place}', pick(PLACES))
      .replace('{weekday}', pick(WEEKDAYS))
      .replace('{year}', String(c.year));
  const paragraphs = [
    `${pick(PLACES).replace(/^the /, '').toUpperCase()}, ${MONTHS[month - 1]} ${day} (${pick(SOURCES)}) - ${topic.lead(c)}`,
    topic.second(c),
    `"${pick(QUOTES)}," said ${person()}, ${pick(ROLES)}.`,
    `${person()}, the ${pick(ROLES)}, said on ${pick(WEEKDAYS)} that ${c.q} ${int(2, 60)} teams had been sent, and that a review would begin on ${MONTHS[int(0, 11)]} ${int(1, 28)}.`,
  ];
  const target = int(1400, 2700); // plus front matter and the last paragraph: 1,500-3,000 characters
  let length = paragraphs.join('\n\n').length;
  while (length < target) {
    const next =
      r() < 0.3 ? `"${pick(QUOTES)}," ${person()} told reporters on ${pick(WEEKDAYS)}.` : `${fill(pick(FILLER))} ${fill(pick(FILLER))}`;
    paragraphs.push(next);
    length += next.length + 2;
  }
  const title = `${topic.title(c)} (${index + 1})`;
  const front = `---\ntitle: ${JSON.stringify(title)}\npublished: ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}\nsource: ${pick(SOURCES)}\n---\n`;
  return { name: `doc-${String(index).padStart(5, '0')}.md`, text: `${front}${paragraphs.join('\n\n')}\n` };
}
