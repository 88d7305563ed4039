// Which facts the casualty chart draws, in which order, and which lead the page: one selection shared
// by the chart (layout, summary, table), the key-figure strip, the page's description, the embeds and
// the lists of explainers (home page, feed), so they never disagree. How a fact reads is in ../measures.ts.
import type { ExtractedDocument, Fact } from '../../schema/document.ts';
import { MEASURE_ORDER } from '../measures.ts';
import { isPeopleCount } from './figures.ts';

/** What the casualty chart reads of a document: its facts, the editor's settings, and the figures the facts cite. */
export type CasualtySource = Pick<ExtractedDocument, 'facts' | 'charts' | 'figures'>;

/** A charted fact with its place in the drawing: the whole it is drawn inside, and how deep. */
export interface ChartedFact {
  fact: Fact;
  whole: Fact | null; // the charted fact it is a part of
  depth: number; // 0 for a whole, 1 for its parts, 2 for theirs
}

/** How many facts the key-figure strip shows. */
export const KEY_FACTS = 4;

/**
 * Whether the chart may draw a fact: it counts people, it has a current report (an earlier count or a
 * projection is no count of today), the editor has not hidden it, and its confidence is not low unless
 * the editor shows it (doc.charts.casualties).
 */
export function isChartedFact(fact: Fact, settings: ExtractedDocument['charts']['casualties']): boolean {
  if (!isPeopleCount(fact) || !fact.reports.some((r) => r.status === 'current')) return false;
  if (settings?.hide.includes(fact.id)) return false;
  return fact.confidence !== 'low' || (settings?.show.includes(fact.id) ?? false);
}

const charted = new WeakMap<CasualtySource, ChartedFact[]>();

/**
 * The facts the chart draws, in drawing order: by measure (killed, injured, missing, …); within one,
 * wholes from largest to smallest, each followed by its parts (largest first, theirs after them). A part
 * whose whole is not drawn is drawn as a whole.
 */
export function chartedFacts(doc: CasualtySource): ChartedFact[] {
  let out = charted.get(doc);
  if (!out) charted.set(doc, (out = order(doc)));
  return out;
}

function order(doc: CasualtySource): ChartedFact[] {
  const settings = doc.charts.casualties;
  const facts = doc.facts.filter((f) => isChartedFact(f, settings));
  const drawn = new Map(facts.map((f) => [f.id, f]));
  const parentOf = (f: Fact) => (f.partOf ? (drawn.get(f.partOf) ?? null) : null);
  const rank = new Map(facts.map((f, i) => [f, i]));
  const bySize = (a: Fact, b: Fact) => b.value - a.value || rank.get(a)! - rank.get(b)!;
  const out: ChartedFact[] = [];
  const seen = new Set<Fact>();
  const visit = (fact: Fact, whole: Fact | null, depth: number) => {
    seen.add(fact);
    out.push({ fact, whole, depth });
    for (const part of facts.filter((f) => parentOf(f) === fact && !seen.has(f)).sort(bySize)) visit(part, fact, depth + 1);
  };
  const byMeasure = (a: Fact, b: Fact) => MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) || bySize(a, b);
  for (const whole of facts.filter((f) => !parentOf(f)).sort(byMeasure)) visit(whole, null, 0);
  // Parts whose wholes loop back to them (an editor's slip) have no whole to sit in: drawn as wholes.
  for (const rest of facts.filter((f) => !seen.has(f)).sort(byMeasure)) if (!seen.has(rest)) visit(rest, null, 0);
  return out;
}

/**
 * The headline facts of a document: what the key-figure strip, the page's description and the lists of
 * explainers lead with. Distinct facts (each quantity once), the wholes first in the chart's order,
 * then their parts; at most `limit`.
 */
export function headlineFacts(doc: CasualtySource, limit = KEY_FACTS): Fact[] {
  const all = chartedFacts(doc);
  return [...all.filter((c) => !c.whole), ...all.filter((c) => c.whole)].slice(0, limit).map((c) => c.fact);
}

/** The figure a fact's headline comes from (its first current report): where its links point. */
export function leadFigure(fact: Pick<Fact, 'reports'>): string {
  return (fact.reports.find((r) => r.status === 'current') ?? fact.reports[0]).figure;
}
