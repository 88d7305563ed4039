// What a figure counts (its measure), in words and colour: the one table that charts, summaries, lists,
// headlines and images read, so a measure reads the same everywhere ("240 people held hostage").
import type { Figure, Measure } from '../schema/document.ts';
import { formatQualified } from './format.ts';

/** A mark colour: four measures have a hue of their own, the others share a neutral one. */
export type Tone = 'killed' | 'injured' | 'missing' | 'displaced' | 'other';

interface MeasureWords {
  label: string; // as a heading, group or table cell: "Killed", "Hostages"
  participle: string; // after whom it counts: "Palestinians killed", "people held hostage"; empty for "other"
  tone: Tone;
}

export const MEASURES: Readonly<Record<Measure, MeasureWords>> = {
  killed: { label: 'Killed', participle: 'killed', tone: 'killed' },
  injured: { label: 'Injured', participle: 'injured', tone: 'injured' },
  missing: { label: 'Missing', participle: 'missing', tone: 'missing' },
  displaced: { label: 'Displaced', participle: 'displaced', tone: 'displaced' },
  detained: { label: 'Detained', participle: 'detained', tone: 'other' },
  hostages: { label: 'Hostages', participle: 'held hostage', tone: 'other' },
  evacuated: { label: 'Evacuated', participle: 'evacuated', tone: 'other' },
  affected: { label: 'Affected', participle: 'affected', tone: 'other' },
  other: { label: 'Other', participle: '', tone: 'other' },
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

/** Whom a count counts and what happened to them: "Palestinians killed", "people held hostage". */
export function countedPhrase(who: string, measure: Measure): string {
  const participle = MEASURES[measure].participle;
  return participle ? `${who} ${participle}` : who;
}

/** A figure without its number: "Palestinians killed"; "people held hostage" when the text names no one. */
export function figureCounts(figure: Pick<Figure, 'measure' | 'subject'>): string {
  return countedPhrase(figure.subject?.trim() || 'people', figure.measure);
}

/** "nearly 40,000 Palestinians killed"; "240 people held hostage" when the text names no one. */
export function figurePhrase(figure: Pick<Figure, 'value' | 'qualifier' | 'measure' | 'subject'>): string {
  return `${formatQualified(figure.value, figure.qualifier)} ${figureCounts(figure)}`;
}
