// The casualty chart in words: what a sighted reader takes in at a glance (the takeaway heading and the
// summary paragraph), and the notes, caption and descriptions around the graphic. The only place they
// are written: the page, the embed page, the embed's height estimate and the chart image read them here.
import type { Figure, ExtractedDocument } from '../../schema/document.ts';
import { capitalize, formatNumber } from '../format.ts';
import { chartedFigures } from './figures.ts';
import { figurePhrase } from '../measures.ts';
import { RATIO_NOTE, type CasualtyLayout } from './layout.ts';

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
export function describeCasualty(figures: readonly Figure[]): string {
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

/** What the SVG's <desc> says: the kind of graphic, and that the table repeats it. */
export function casualtyGraphicDescription(layout: CasualtyLayout): string {
  const bars = layout.marks.length === 1 ? 'Bar chart of one reported figure' : `Bar chart of ${layout.marks.length} reported figures`;
  return `${bars} on one scale from zero. The table after the chart lists the same figures.`;
}

/** The visible notes under the bars: the shared scale, who reported the figures, how many are not attributed. */
export function casualtyNotes(layout: CasualtyLayout): string[] {
  const notes: string[] = [];
  if (layout.scaleNote) notes.push(layout.scaleNote);
  if (layout.sources.length > 0) notes.push(`Source: ${layout.sources.join('; ')}.`);
  if (layout.unattributed > 0) {
    notes.push(
      layout.unattributed === 1
        ? 'One figure is not attributed in the text.'
        : `${layout.unattributed} figures are not attributed in the text.`,
    );
  }
  return notes;
}

/** The caption: what the bars count, and the report they come from. */
export function casualtyCaption(doc: Pick<ExtractedDocument, 'title' | 'source'>): string {
  return `Numbers of people, as reported in “${doc.title}”${doc.source ? ` (${doc.source})` : ''}. Figures are extracted automatically from the article text; each bar is one reported figure.`;
}

/** The data table's caption, on the page and in the embed. */
export const CASUALTY_TABLE_CAPTION = 'The figures in this chart, largest first';
