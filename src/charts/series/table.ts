// Rows of the data table under the series chart: every report, in the same order as the dots.
import type { FigureSeries } from '../../schema/views.ts';
import { formatDate, formatNumber, formatQualified } from '../format.ts';

export interface SeriesRow {
  ref: string;
  date: string; // "17 Mar 2025"
  datetime: string;
  figure: string; // "at least 260"
  value: string; // "260"
  reportedBy: string;
  explainer: string; // document title
  href: string; // the figure's sentence on the explainer
}

export const SERIES_COLUMNS = ['Published', 'Figure as written', 'Reported by', 'Explainer'] as const;

export function seriesRows(series: FigureSeries): SeriesRow[] {
  return series.points.map((p) => ({
    ref: `${p.docSlug}-${p.figure.id}`,
    date: formatDate(p.date, 'day'),
    datetime: p.date,
    figure: formatQualified(p.value, p.figure.qualifier),
    value: formatNumber(p.value),
    reportedBy: p.figure.attribution ?? 'not named',
    explainer: p.docTitle,
    href: p.href,
  }));
}
