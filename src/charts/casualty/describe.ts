// The casualty chart in words: what a sighted reader takes in at a glance (the takeaway heading and the
// summary paragraph), and the notes, caption and descriptions around the graphic. The only place they
// are written: the page, the embed page, the embed's height estimate and the chart image read them here.
// An editor's `title` and `summary` (doc.charts.casualties) replace the generated heading and summary.
import type { ExtractedDocument } from '../../schema/document.ts';
import { capitalize, formatNumber } from '../format.ts';
import { currentSources, factPhrase, measureLabel, partPhrase, listInWords } from '../measures.ts';
import { chartedFacts, isChartedFact, type CasualtySource, type ChartedFact } from './facts.ts';
import type { CasualtyLayout } from './layout.ts';
import { isPeopleCount } from './figures.ts';

/** A whole in words, with its sources when it is a range (they are why it is one). */
function wholePhrase({ fact }: ChartedFact): string {
  const sources = currentSources(fact);
  return fact.range && sources.length > 0 ? `${factPhrase(fact)}, according to ${listInWords(sources)}` : factPhrase(fact);
}

/**
 * The heading: the first whole the chart draws, and the first of the next measure:
 * "At least 104 people killed; 54–63 people injured in Brenford". Empty when nothing is charted.
 */
export function casualtyHeading(doc: CasualtySource): string {
  const title = doc.charts.casualties?.title;
  if (title) return title;
  const wholes = chartedFacts(doc).filter((c) => !c.whole);
  if (wholes.length === 0) return '';
  const next = wholes.find((c) => c.fact.measure !== wholes[0].fact.measure);
  return capitalize(
    [wholes[0], next]
      .filter((c) => c !== undefined)
      .map((c) => factPhrase(c.fact))
      .join('; '),
  );
}

/**
 * What the chart shows, in the order it is drawn: each whole with its parts after it ("At least 104 people
 * killed, 84 of them in Alder County, 28 of them children; 11 girls missing"), then the panels' scales.
 */
export function describeCasualty(doc: CasualtySource, layout: CasualtyLayout | null = null): string {
  const summary = doc.charts.casualties?.summary;
  if (summary) return summary;
  const charted = chartedFacts(doc);
  if (charted.length === 0) return '';
  const clauses: string[] = [];
  for (const c of charted) {
    if (!c.whole) clauses.push(wholePhrase(c));
    else clauses[clauses.length - 1] += `, ${partPhrase(c.fact, c.whole)}`;
  }
  const parts = [`${capitalize(clauses.join('; '))}.`];
  if (layout && layout.panels.length > 1) {
    const scales = layout.panels.map(
      (p) => `${listInWords(p.measures.map((m) => measureLabel(m).toLowerCase()))} up to ${formatNumber(p.max)}`,
    );
    parts.push(
      `The numbers differ too much for one scale, so the chart has ${layout.panels.length} panels, each with its own: ${scales.join('; ')}.`,
    );
  }
  return parts.join(' ');
}

/** What the SVG's <desc> says: the kind of graphic, and that the table repeats it. */
export function casualtyGraphicDescription(layout: CasualtyLayout): string {
  const bars = layout.marks.length === 1 ? 'Bar chart of one reported number' : `Bar chart of ${layout.marks.length} reported numbers`;
  const scale =
    layout.panels.length === 1 ? 'on one scale from zero' : `in ${layout.panels.length} panels, each on its own scale from zero`;
  return `${bars} ${scale}. The table after the chart lists the same numbers with their sources.`;
}

/** The visible notes under the bars: panels, the smallest bars, sources, and what is left out. */
export function casualtyNotes(doc: CasualtySource, layout: CasualtyLayout): string[] {
  const notes: string[] = [];
  if (layout.panels.length > 1)
    notes.push('Each panel has its own scale, from zero: compare the lengths of bars within a panel, not across panels.');
  if (layout.marks.some((m) => m.stubbed))
    notes.push('Bars too short to see are drawn at a minimum width; each is labelled with its number.');
  if (layout.marks.some((m) => m.high !== null))
    notes.push('Where sources disagree, or the text gives a range, the bar is solid to the lowest number and open to the highest.');
  const charted = chartedFacts(doc);
  const sources: string[] = [];
  for (const { fact } of charted) for (const s of currentSources(fact)) if (!sources.includes(s)) sources.push(s);
  if (sources.length > 0) notes.push(`Source: ${sources.join('; ')}.`);
  const unattributed = charted.filter(({ fact }) => currentSources(fact).length === 0).length;
  if (unattributed > 0)
    notes.push(
      unattributed === 1 ? 'One number is not attributed in the text.' : `${unattributed} numbers are not attributed in the text.`,
    );
  const unsure = doc.facts.filter(
    (f) =>
      isPeopleCount(f) && f.confidence === 'low' && !isChartedFact(f, doc.charts.casualties) && !doc.charts.casualties?.hide.includes(f.id),
  ).length;
  if (unsure > 0)
    notes.push(
      `${unsure === 1 ? 'One number' : `${unsure} numbers`} the extraction is unsure of ${unsure === 1 ? 'is' : 'are'} left out; every figure is listed under “Every figure in the text”.`,
    );
  return notes;
}

/** The caption: what the bars count, and the report they come from. */
export function casualtyCaption(doc: Pick<ExtractedDocument, 'title' | 'source'>): string {
  return `Numbers of people, as reported in “${doc.title}”${doc.source ? ` (${doc.source})` : ''}. Extracted automatically from the article text; each bar is one number, its reports reconciled.`;
}

/** The data table's caption, on the page and in the embed. */
export const CASUALTY_TABLE_CAPTION = 'The numbers in this chart, in the same order';
