// Figures over time: every document's reported figure for one measure and one group of people, plotted
// at the document's publication date (the death toll as successive reports gave it). Pure.
//
// A series is a measure plus a group: the figure's subject normalised (src/cross/normalize.ts normalizeGroup:
// "Palestinians" and "palestinian" are one group; no subject counts "people"). Only people-counting
// figures (the casualty chart's rule) take part, and only from documents with a publication date.
// Differing reports are all kept: nothing is averaged or deduplicated away.
import { isPeopleCount } from '../charts/casualty/figures.ts';
import { measureLabel } from '../charts/measures.ts';
import type { Measure, ExtractedDocument } from '../schema/document.ts';
import type { FigureSeries, SeriesPoint } from '../schema/views.ts';
import { explainerPath } from '../lib/paths.ts';
import { normalizeGroup } from './normalize.ts';
import { slugOr } from '../lib/slug.ts';

export type { FigureSeries, SeriesPoint };

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

export interface SeriesSet {
  series: FigureSeries[]; // most points first, then by title
  undated: number; // people-counting figures of documents without a publication date (not plotted)
}

export function seriesSlug(measure: Measure, group: string): string {
  return `${measure}-${slugOr(group, 'group')}`;
}

/** The display form of a group: the most frequent original spelling, ties to the earliest report. */
function pickLabel(points: readonly SeriesPoint[]): string {
  const counts = new Map<string, number>();
  for (const p of points) {
    const label = p.figure.subject?.trim().replace(/\s+/g, ' ') || 'people';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [label, count] of counts) if (count > bestCount) [best, bestCount] = [label, count];
  return best;
}

export function figureSeries(documents: readonly ExtractedDocument[]): SeriesSet {
  const bySlug = new Map<string, { measure: Measure; group: string; points: SeriesPoint[] }>();
  let undated = 0;
  for (const doc of documents) {
    for (const figure of doc.figures) {
      if (!isPeopleCount(figure)) continue;
      if (!doc.published) {
        undated++;
        continue;
      }
      const group = normalizeGroup(figure.subject);
      const slug = seriesSlug(figure.measure, group);
      let entry = bySlug.get(slug);
      if (!entry) bySlug.set(slug, (entry = { measure: figure.measure, group, points: [] }));
      entry.points.push({
        date: doc.published,
        value: figure.value,
        figure,
        docSlug: doc.slug,
        docTitle: doc.title,
        outlet: doc.source,
        href: `${explainerPath(doc.slug)}#src-${figure.id}`,
      });
    }
  }
  const series: FigureSeries[] = [...bySlug].map(([slug, { measure, group, points }]) => {
    points.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.value - b.value ||
        a.docSlug.localeCompare(b.docSlug) ||
        a.figure.id.localeCompare(b.figure.id, 'en', { numeric: true }),
    );
    // Sorted first so the earliest report wins a tie for the label.
    const groupLabel = pickLabel(points);
    const shown = latestPoints(points);
    return {
      slug,
      measure,
      group,
      groupLabel,
      title: `${measureLabel(measure)} · ${groupLabel}`,
      points: shown,
      reports: points.length,
      documents: new Set(points.map((p) => p.docSlug)).size,
    };
  });
  series.sort((a, b) => b.reports - a.reports || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
  return { series, undated };
}
