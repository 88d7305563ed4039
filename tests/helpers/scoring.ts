// Scores extracted documents against hand-made gold annotations. The matching rules are the same as
// the shared evaluation's (value within 0.5 or 0.1 %, quote word containment >= 0.8, speaker by last
// name or 60 % word overlap, week-of dates as a seven-day window) so that a held-out score here means
// the same thing as the development score there. Pure: the caller reads files and prints.
import type { ExtractedDocument } from '../../src/schema/document.ts';

export interface GoldFigure {
  value: number;
  measure: string;
  subject?: string;
  qualifier?: string;
  text: string;
  optional?: boolean;
}
export interface GoldQuote {
  text: string;
  speaker: string; // "" when the text names nobody; "A|B" accepts either
}
export interface GoldDate {
  date: string; // YYYY, YYYY-MM, YYYY-MM-DD or week-of:YYYY-MM-DD (that week's Monday)
  text: string;
  event?: string;
}
export interface Gold {
  figures?: GoldFigure[];
  quotes?: GoldQuote[];
  dates?: GoldDate[];
}

/** Hits and totals; rates come from `rates`. */
export interface Tally {
  figGold: number;
  figHitMeasure: number;
  figHitValue: number;
  figPred: number;
  figPredOk: number;
  quoteGold: number;
  quoteHit: number;
  quoteSpeaker: number;
  quotePred: number;
  quotePredOk: number;
  dateGold: number;
  dateHit: number;
  datePred: number;
  datePredOk: number;
}

export const emptyTally = (): Tally => ({
  figGold: 0,
  figHitMeasure: 0,
  figHitValue: 0,
  figPred: 0,
  figPredOk: 0,
  quoteGold: 0,
  quoteHit: 0,
  quoteSpeaker: 0,
  quotePred: 0,
  quotePredOk: 0,
  dateGold: 0,
  dateHit: 0,
  datePred: 0,
  datePredOk: 0,
});

export function words(s: string | null | undefined): string[] {
  return (
    (s ?? '')
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

const lastName = (s: string): string =>
  words(s)
    .filter((w) => w !== 'the' && w !== "'s")
    .at(-1) ?? '';

/** Share of `gold`'s words that occur in `pred`. */
export function containment(gold: string, pred: string): number {
  const g = words(gold);
  const p = new Set(words(pred));
  if (!g.length) return 0;
  return g.filter((w) => p.has(w)).length / g.length;
}

export function sameSpeaker(gold: string, pred: string | null): boolean {
  if (gold.includes('|')) return gold.split('|').some((g) => sameSpeaker(g, pred));
  if (!gold) return !pred;
  if (!pred) return false;
  if (lastName(gold) === lastName(pred)) return true;
  // Organisations: most of the gold words are present, in either direction.
  return containment(gold, pred) >= 0.6 || containment(pred, gold) >= 0.6;
}

export function dateMatches(gold: string, pred: string): boolean {
  if (gold.startsWith('week-of:')) {
    const start = Date.parse(`${gold.slice(8)}T00:00:00Z`);
    const day = Date.parse(`${pred.length === 10 ? pred : `${pred}-01`}T00:00:00Z`);
    const diff = (day - start) / 86_400_000;
    return diff >= 0 && diff < 7;
  }
  return gold === pred;
}

const closeValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.5, 0.001 * Math.abs(b));

/** Adds one document's hits to `tally` and returns its misses, one line each. */
export function scoreDocument(doc: Pick<ExtractedDocument, 'figures' | 'quotes' | 'events'>, gold: Gold, tally: Tally): string[] {
  const misses: string[] = [];
  const figures = doc.figures;
  for (const g of (gold.figures ?? []).filter((f) => !f.optional)) {
    tally.figGold++;
    const sameValue = figures.filter((p) => closeValue(p.value, g.value));
    if (sameValue.length) tally.figHitValue++;
    if (sameValue.some((p) => p.measure === g.measure)) tally.figHitMeasure++;
    else {
      const found = sameValue.length ? `measure ${sameValue.map((p) => p.measure).join('/')}` : 'missing';
      misses.push(`figure ${g.value} ${g.measure} (${g.text}) -> ${found}`);
    }
  }
  for (const p of figures) {
    tally.figPred++;
    if ((gold.figures ?? []).some((g) => closeValue(p.value, g.value))) tally.figPredOk++;
    else misses.push(`extra figure ${p.value} ${p.measure} (${p.text})`);
  }

  const quotes = doc.quotes;
  for (const g of (gold.quotes ?? []).filter((q) => words(q.text).length >= 4)) {
    tally.quoteGold++;
    let best: { score: number; speaker: string | null } | null = null;
    for (const p of quotes) {
      const score = containment(g.text, p.text);
      if (!best || score > best.score) best = { score, speaker: p.speaker };
    }
    if (best && best.score >= 0.8) {
      tally.quoteHit++;
      if (sameSpeaker(g.speaker, best.speaker)) tally.quoteSpeaker++;
      else misses.push(`quote "${g.text.slice(0, 50)}…" speaker ${g.speaker} -> ${best.speaker}`);
    } else misses.push(`quote missing "${g.text.slice(0, 60)}…"`);
  }
  for (const p of quotes.filter((q) => words(q.text).length >= 4)) {
    tally.quotePred++;
    if ((gold.quotes ?? []).some((g) => containment(p.text, g.text) >= 0.8 || containment(g.text, p.text) >= 0.8)) tally.quotePredOk++;
    else misses.push(`extra quote "${p.text.slice(0, 60)}"`);
  }

  // Dates count once per distinct value, as in the shared evaluation.
  const predicted = [...new Set(doc.events.map((e) => e.date).filter((d): d is string => Boolean(d)))];
  const golds = [...new Set((gold.dates ?? []).map((d) => d.date))];
  for (const g of golds) {
    tally.dateGold++;
    if (predicted.some((p) => dateMatches(g, p))) tally.dateHit++;
    else misses.push(`date ${g} missing`);
  }
  for (const p of predicted) {
    tally.datePred++;
    if (golds.some((g) => dateMatches(g, p))) tally.datePredOk++;
    else {
      const texts = doc.events
        .filter((e) => e.date === p)
        .map((e) => e.text)
        .join(' / ');
      misses.push(`extra date ${p} (${texts})`);
    }
  }
  return misses;
}

export interface Rates {
  figureMeasureRecall: number;
  figureValueRecall: number;
  figurePrecision: number;
  quoteRecall: number;
  speakerAccuracy: number;
  quotePrecision: number;
  dateRecall: number;
  datePrecision: number;
}

export function rates(t: Tally): Rates {
  const r = (a: number, b: number): number => (b ? a / b : 0);
  return {
    figureMeasureRecall: r(t.figHitMeasure, t.figGold),
    figureValueRecall: r(t.figHitValue, t.figGold),
    figurePrecision: r(t.figPredOk, t.figPred),
    quoteRecall: r(t.quoteHit, t.quoteGold),
    speakerAccuracy: r(t.quoteSpeaker, t.quoteHit),
    quotePrecision: r(t.quotePredOk, t.quotePred),
    dateRecall: r(t.dateHit, t.dateGold),
    datePrecision: r(t.datePredOk, t.datePred),
  };
}

/** One line in the shared evaluation's format. */
export function formatRates(m: Rates, t: Tally): string {
  const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
  return (
    `figures measure-recall ${pct(m.figureMeasureRecall)} value-recall ${pct(m.figureValueRecall)} ` +
    `precision ${pct(m.figurePrecision)} (${t.figGold} gold) · ` +
    `quotes recall ${pct(m.quoteRecall)} speaker ${pct(m.speakerAccuracy)} precision ${pct(m.quotePrecision)} (${t.quoteGold}) · ` +
    `dates recall ${pct(m.dateRecall)} precision ${pct(m.datePrecision)} (${t.dateGold})`
  );
}
