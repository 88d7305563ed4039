// A story's figures over time: each quantity its reports give (a measure, whom it counts and where), as
// each report gave it, at the report's publication day. Pure: a story's documents in, series out.
//
// Series are made from facts (src/extract/facts: one document's figures reconciled into distinct
// quantities, each with a headline value, its hedge, and a range when the document's sources disagree),
// never from raw figures, and never across stories: the same measure in two stories is two series.
// - a series is a measure + whom it counts (normalised: "Palestinians" and "palestinian" are one group;
//   no one named counts "people") + where (a place named for it; none is a series of its own);
// - a fact takes part when it counts people (any measure but "other"), has a current report (not only
//   superseded or projected ones), and is not of low confidence, unless an editor kept it (`keep:`, or
//   listed in the document's casualty chart settings `show`); one the editor hides there is left out: the
//   explainer's casualty chart's own rule (src/charts/casualty/facts.ts), so the two never disagree;
// - a part of another fact (84 of the 104 in Kerr County) is no point of a series: it stays in its whole;
// - a series is charted when its reports fall on at least two days: one day is no change over time (the
//   explainer of that day has it);
// - only dated documents take part; the facts of undated ones are counted, not plotted.
import type { ExtractedDocument, Fact, Measure } from '../schema/document.ts';
import type { SeriesPoint, StorySeries } from '../schema/views.ts';
import { measureLabel } from '../charts/measures.ts';
import { isChartedFact } from '../charts/casualty/facts.ts';
import { explainerPath } from '../lib/paths.ts';
import { slugOr } from '../lib/slug.ts';
import { normalizeGroup, normalizeName } from './normalize.ts';

export type { SeriesPoint, StorySeries };

/**
 * A series charts at most this many reports, the latest, cut between two days so that differing reports
 * of one day are always shown together: its pages stay readable and as quick to build at ten thousand
 * documents as at ten.
 */
export const SERIES_POINT_LIMIT = 200;

/** The latest `limit` points (sorted by date), without splitting a day. */
export function latestPoints<P extends { date: string }>(points: readonly P[], limit = SERIES_POINT_LIMIT): P[] {
  let start = points.length - limit;
  if (start <= 0) return [...points];
  while (start < points.length && points[start].date === points[start - 1].date) start++;
  return points.slice(start);
}

/** Whether a fact of `doc` is drawn over time: when its explainer's casualty chart draws it (the rules above). */
export function chartedFact(fact: Fact, doc: Pick<ExtractedDocument, 'charts'>): boolean {
  return isChartedFact(fact, doc.charts.casualties);
}

/** The written form most reports use, ties to the earliest; `fallback` when none is written. */
function mostWritten(forms: ReadonlyArray<string | null>, fallback: string): string {
  const counts = new Map<string, number>();
  for (const form of forms) {
    const written = form?.trim().replace(/\s+/g, ' ');
    if (written) counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [form, count] of counts) if (count > bestCount) [best, bestCount] = [form, count];
  return best;
}

/** The sentence that gives the fact's headline value: its current report of that value, else its first. */
function headlineFigure(fact: Fact): string | null {
  const report =
    fact.reports.find((r) => r.status === 'current' && r.value === fact.value) ?? fact.reports.find((r) => r.status === 'current');
  return (report ?? fact.reports[0])?.figure ?? null;
}

interface Entry {
  measure: Measure;
  group: string;
  place: string;
  points: Array<SeriesPoint & { subject: string | null; placeAsWritten: string | null }>;
}

const byPoint = (a: SeriesPoint, b: SeriesPoint) =>
  a.date.localeCompare(b.date) ||
  a.value - b.value ||
  (a.docSlug < b.docSlug ? -1 : a.docSlug > b.docSlug ? 1 : 0) ||
  a.factId.localeCompare(b.factId, 'en', { numeric: true });

/** The series of one story's documents, most reports first; `undated` counts the facts of its undated documents. */
export function storySeries(documents: readonly ExtractedDocument[]): { series: StorySeries[]; undated: number } {
  const byKey = new Map<string, Entry>();
  let undated = 0;
  for (const doc of documents) {
    for (const fact of doc.facts) {
      // A part of a whole ("three of them workers", "bodies of three recovered") is drawn inside its whole
      // on the explainer; over time it would sit beside other days' wholes as if it were the same toll.
      if (!chartedFact(fact, doc) || fact.partOf) continue;
      if (!doc.published) {
        undated++;
        continue;
      }
      const group = normalizeGroup(fact.subject);
      const place = fact.place ? normalizeName(fact.place) : '';
      const key = `${fact.measure}|${group}|${place}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { measure: fact.measure, group, place, points: [] }));
      const figure = headlineFigure(fact);
      const replaced = fact.reports.findLast((report) => report.status === 'superseded' && report.value !== fact.value);
      entry.points.push({
        date: doc.published,
        value: fact.value,
        qualifier: fact.qualifier,
        range: fact.range,
        replaces: replaced?.value ?? null,
        sources: fact.sources,
        factId: fact.id,
        docSlug: doc.slug,
        docTitle: doc.title,
        outlet: doc.source,
        href: `${explainerPath(doc.slug)}${figure ? `#src-${figure}` : ''}`,
        subject: fact.subject,
        placeAsWritten: fact.place,
      });
    }
  }
  const series: StorySeries[] = [];
  const slugs = new Map<string, number>();
  // Keys in a fixed order, so two series whose slugs collide are told apart the same way every time.
  for (const [, entry] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (new Set(entry.points.map((p) => p.date)).size < 2) continue;
    entry.points.sort(byPoint);
    const groupLabel = mostWritten(
      entry.points.map((p) => p.subject),
      'people',
    );
    const place = entry.place
      ? mostWritten(
          entry.points.map((p) => p.placeAsWritten),
          entry.place,
        )
      : null;
    const base = slugOr([entry.measure, entry.group, entry.place].filter(Boolean).join(' '), 'series');
    const n = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, n);
    const points: SeriesPoint[] = latestPoints(entry.points).map(({ subject: _s, placeAsWritten: _p, ...point }) => point);
    series.push({
      slug: n === 1 ? base : `${base}-${n}`,
      measure: entry.measure,
      group: entry.group,
      groupLabel,
      place,
      title: [measureLabel(entry.measure), groupLabel, place].filter(Boolean).join(' · '),
      points,
      reports: entry.points.length,
      documents: new Set(entry.points.map((p) => p.docSlug)).size,
    });
  }
  series.sort((a, b) => b.reports - a.reports || a.title.localeCompare(b.title) || (a.slug < b.slug ? -1 : 1));
  return { series, undated };
}
