// What a figure or a fact counts (its measure), in words and colour: the one table that charts,
// summaries, lists, headlines and images read, so a measure reads the same everywhere ("240 people held
// hostage"), and the one place a fact is put in words: its value ("54–63"), whom and where it counts,
// who reported it, and how a part reads beside its whole ("84 of them in Alder County").
import type { Fact, Figure, FigureStatus, Measure } from '../schema/document.ts';
import { formatNumber, formatQualified } from './format.ts';

/** A mark colour: four measures have a hue of their own, the others share a neutral one. */
export type Tone = 'killed' | 'injured' | 'missing' | 'displaced' | 'other';

interface MeasureWords {
  label: string; // as a heading, group or table cell: "Killed", "Hostages"
  participle: string; // after whom it counts: "Palestinians killed", "people held hostage"; empty for "other"
  tone: Tone;
  /** Nouns that already say the measure: "5 bodies", not "5 bodies killed". */
  nouns: readonly string[];
}

export const MEASURES: Readonly<Record<Measure, MeasureWords>> = {
  killed: {
    label: 'Killed',
    participle: 'killed',
    tone: 'killed',
    nouns: ['dead', 'deaths', 'bodies', 'corpses', 'fatalities', 'victims'],
  },
  injured: { label: 'Injured', participle: 'injured', tone: 'injured', nouns: ['injured', 'wounded', 'injuries', 'casualties'] },
  missing: { label: 'Missing', participle: 'missing', tone: 'missing', nouns: ['missing'] },
  displaced: { label: 'Displaced', participle: 'displaced', tone: 'displaced', nouns: ['displaced', 'refugees', 'homeless'] },
  detained: { label: 'Detained', participle: 'detained', tone: 'other', nouns: ['detainees', 'arrests', 'prisoners'] },
  hostages: { label: 'Hostages', participle: 'held hostage', tone: 'other', nouns: ['hostages', 'captives'] },
  evacuated: { label: 'Evacuated', participle: 'evacuated', tone: 'other', nouns: ['evacuees', 'survivors', 'evacuated'] },
  affected: { label: 'Affected', participle: 'affected', tone: 'other', nouns: ['cases', 'infections', 'patients', 'affected'] },
  other: { label: 'Other', participle: '', tone: 'other', nouns: [] },
};

/**
 * Each tone in the light scheme, written out for images (the standalone SVG and PNG), which have no
 * stylesheet: the same colours as --mark-<tone> in src/styles/tokens.css (a test holds them together).
 */
export const TONE_IMAGE_COLORS: Readonly<Record<Tone, string>> = {
  killed: '#a3222b',
  injured: '#b35900',
  missing: '#6a3d9a',
  displaced: '#1f6f8b',
  other: '#4d5a67',
};

/** "Killed", "Hostages". */
export function measureLabel(measure: Measure): string {
  return MEASURES[measure].label;
}

/** The colour token of a measure's marks: "--mark-killed"; "--mark-other" for measures without a hue. */
export function measureColorVar(measure: Measure): string {
  return `--mark-${MEASURES[measure].tone}`;
}

/** Who a count counts when the text names no one: "people", but "1 person killed". */
function nobodyNamed(count: { value?: number; range?: Fact['range'] }): string {
  return count.value === 1 && !count.range ? 'person' : 'people';
}

/** Whom a count counts and what happened to them: "Palestinians killed", "people held hostage". */
export function countedPhrase(who: string, measure: Measure): string {
  const { participle, nouns } = MEASURES[measure];
  // ("5 bodies", "12 dead": the noun says it already.)
  const head = who.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return participle && !nouns.includes(head) ? `${who} ${participle}` : who;
}

/** A figure without its number: "Palestinians killed"; "people held hostage" when the text names no one. */
export function figureCounts(figure: Pick<Figure, 'measure' | 'subject'> & Partial<Pick<Figure, 'value'>>): string {
  return countedPhrase(figure.subject?.trim() || nobodyNamed(figure), figure.measure);
}

/** "nearly 40,000 Palestinians killed"; "240 people held hostage" when the text names no one. */
export function figurePhrase(figure: Pick<Figure, 'value' | 'qualifier' | 'measure' | 'subject'>): string {
  return `${formatQualified(figure.value, figure.qualifier)} ${figureCounts(figure)}`;
}

/** What a report that is not the current count is, in a chart's words: "25 (an earlier count)". */
export const STATUS_NOTES: Readonly<Record<FigureStatus, string | null>> = {
  current: null,
  superseded: 'an earlier count',
  projected: 'a projection',
  background: 'an earlier event',
};

/** The measures in the order charts and summaries give them: the schema's (killed first). */
export const MEASURE_ORDER: readonly Measure[] = Object.keys(MEASURES) as Measure[];

/** A fact's number as written: "at least 104", "54–63" for a range (its hedges are in the reports). */
export function factValue(fact: Pick<Fact, 'value' | 'qualifier' | 'range'>): string {
  return fact.range ? `${formatNumber(fact.range.low)}–${formatNumber(fact.range.high)}` : formatQualified(fact.value, fact.qualifier);
}

/** The same for the ear: a dash is read differently by each screen reader, "to" by all alike. */
export function factValueSpoken(fact: Pick<Fact, 'value' | 'qualifier' | 'range'>): string {
  return fact.range ? `${formatNumber(fact.range.low)} to ${formatNumber(fact.range.high)}` : formatQualified(fact.value, fact.qualifier);
}

/** Whom and where a fact counts: "people", "children", "people in Alder County". */
export function factWho(fact: Pick<Fact, 'subject' | 'place'> & Partial<Pick<Fact, 'value' | 'range'>>): string {
  const who = fact.subject?.trim() || nobodyNamed(fact);
  return fact.place ? `${who} in ${fact.place}` : who;
}

/** A fact without its number: "people killed in Alder County", "girls missing in Camp Willowbend". */
export function factCounts(fact: Pick<Fact, 'measure' | 'subject' | 'place'> & Partial<Pick<Fact, 'value' | 'range'>>): string {
  const counted = countedPhrase(fact.subject?.trim() || nobodyNamed(fact), fact.measure);
  return fact.place ? `${counted} in ${fact.place}` : counted;
}

/** "at least 104 people killed", "54–63 people injured in Brenford". */
export function factPhrase(fact: Pick<Fact, 'value' | 'qualifier' | 'range' | 'measure' | 'subject' | 'place'>): string {
  return `${factValue(fact)} ${factCounts(fact)}`;
}

/** A list as a sentence says it: "the mayor", "the mayor and police", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Who gave a fact's current reports, in order, as a sentence names them: the sources a range is "per".
 * An attribution that opened its sentence ("The county said") reads "the county" mid-sentence.
 */
export function currentSources(fact: Pick<Fact, 'reports'>): string[] {
  const out: string[] = [];
  for (const r of fact.reports) {
    const source = r.status === 'current' && r.attribution ? r.attribution.replace(/^The /, 'the ') : null;
    if (source && !out.includes(source)) out.push(source);
  }
  return out;
}

/**
 * What a part adds to its whole, after its number: "of them in Alder County", "of them children";
 * the measure only when it differs ("20 of them killed" among the injured).
 */
export function partWords(part: Pick<Fact, 'measure' | 'subject' | 'place'>, whole: Pick<Fact, 'measure' | 'subject' | 'place'>): string {
  const words = ['of them'];
  const subject = part.subject?.trim();
  if (subject && subject.toLowerCase() !== (whole.subject?.trim() ?? '').toLowerCase()) words.push(subject);
  if (part.measure !== whole.measure) words.push(MEASURES[part.measure].participle || MEASURES[part.measure].label.toLowerCase());
  if (part.place && part.place !== whole.place) words.push(`in ${part.place}`);
  return words.join(' ');
}

/** A part in words beside its whole: "84 of them in Alder County", "28 of them children". */
export function partPhrase(part: Fact, whole: Fact): string {
  return `${factValue(part)} ${partWords(part, whole)}`;
}
