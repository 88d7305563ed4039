// What a sighted reader takes in at a glance, in words: the takeaway heading and the summary paragraph.
import type { Figure } from '../../schema/document.ts';
import { capitalize, formatNumber } from '../format.ts';
import { chartedFigures } from './figures.ts';
import { figurePhrase } from '../measures.ts';
import { RATIO_NOTE } from './layout.ts';

function withSource(figure: Figure): string {
  return figure.attribution ? `${figurePhrase(figure)} (${figure.attribution})` : figurePhrase(figure);
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
}

/** The heading: "Nearly 40,000 Palestinians killed, the largest figure reported". Empty when nothing is charted. */
export function casualtyHeading(figures: readonly Figure[]): string {
  const charted = chartedFigures(figures);
  if (charted.length === 0) return '';
  const lead = capitalize(figurePhrase(charted[0]));
  return charted.length === 1 ? lead : `${lead}, the largest figure reported`;
}

/** One short paragraph: how many figures, the largest, the rest in order, and how far apart they are. */
export function describeCasualties(figures: readonly Figure[]): string {
  const charted = chartedFigures(figures);
  if (charted.length === 0) return '';
  if (charted.length === 1) return `One figure is reported: ${withSource(charted[0])}.`;

  const [largest, ...rest] = charted;
  const parts = [`The chart compares ${charted.length} reported figures, drawn as bars from largest to smallest.`];
  parts.push(`The largest is ${withSource(largest)}.`);
  if (rest.length <= 5) {
    parts.push(`The others are ${listInWords(rest.map(withSource))}.`);
  } else {
    const smallest = rest.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(`The smallest is ${withSource(smallest)}; the data table lists all ${charted.length}.`);
  }
  const nonZero = charted.filter((f) => f.value > 0).map((f) => f.value);
  if (nonZero.length >= 2) {
    const ratio = Math.max(...nonZero) / Math.min(...nonZero);
    if (ratio > RATIO_NOTE) {
      parts.push(
        `The largest is about ${formatNumber(Math.round(ratio))} times the smallest, so the shortest bars are barely visible on the shared scale.`,
      );
    }
  }
  return parts.join(' ');
}
