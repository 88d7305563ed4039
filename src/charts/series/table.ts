// Rows of the data table under the series chart: every report, in the same order as the dots.
import type { StorySeries } from '../../schema/views.ts';
import { formatDate, formatNumber } from '../format.ts';
import { pointSources, pointValue } from './points.ts';

export interface SeriesRow {
  ref: string;
  date: string; // "17 Mar 2025"
  datetime: string;
  figure: string; // "at least 260", hedge kept; with the report's own range when its sources disagree
  value: string; // "260"
  reportedBy: string;
  explainer: string; // document title
  href: string; // the figure's sentence on the explainer
}

export const SERIES_COLUMNS = ['Published', 'Figure as reported', 'Reported by', 'Explainer'] as const;

export function seriesRows(series: StorySeries): SeriesRow[] {
  return series.points.map((p) => ({
    ref: `${p.docSlug}-${p.factId}`,
    date: formatDate(p.date, 'day'),
    datetime: p.date,
    figure: pointValue(p),
    value: formatNumber(p.value),
    reportedBy: p.sources.length ? pointSources(p) : 'not named',
    explainer: p.docTitle,
    href: p.href,
  }));
}
