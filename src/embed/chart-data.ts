// The downloadable data of one chart: the same rows, in the same order, as the data table the chart
// shows (src/charts/*/table.ts), with the table's columns first and machine-readable columns after.
import type { Figure } from '../schema/document.ts';
import { CASUALTY_COLUMNS, casualtyRows } from '../charts/casualty/table.ts';
import { chartedFigures } from '../charts/casualty/figures.ts';
import { hasSources, TIMELINE_COLUMNS, timelineRows } from '../charts/timeline/table.ts';
import { datedItems, type TimelineItem } from '../charts/timeline/items.ts';
import { SERIES_COLUMNS, seriesRows } from '../charts/series/table.ts';
import type { FigureSeries } from '../schema/views.ts';
import { absoluteUrl } from '../lib/paths.ts';

export interface DataTable {
  columns: string[];
  rows: string[][];
  shown: number; // how many leading columns are the ones the on-page data table shows
}

/** Casualty figures: Measure, Who, Figure as written, Reported by, then the bare number. */
export function casualtyTable(figures: readonly Figure[]): DataTable {
  const values = new Map(chartedFigures(figures).map((f) => [f.id, f.value]));
  return {
    columns: [...CASUALTY_COLUMNS, 'Value'],
    rows: casualtyRows(figures).map((r) => [r.measure, r.who, r.figure, r.reportedBy, String(values.get(r.ref) ?? '')]),
    shown: CASUALTY_COLUMNS.length,
  };
}

/** Timeline events: Date, Event, Date as written, (Source when any event has one), then ISO start and end. */
export function timelineTable(items: readonly TimelineItem[]): DataTable {
  const rows = timelineRows(items);
  const withSource = hasSources(rows);
  const ends = datedItems(items).map((d) => d.item.endDate ?? '');
  return {
    columns: [...TIMELINE_COLUMNS, ...(withSource ? ['Source'] : []), 'Start (ISO 8601)', 'End (ISO 8601)'],
    rows: rows.map((r, i) => [r.date, r.event, r.asWritten, ...(withSource ? [r.source ?? ''] : []), r.datetime, ends[i]]),
    shown: withSource ? 4 : 3,
  };
}

/** A series' reports: Published, Figure as written, Reported by, Explainer, then the bare number, the ISO date and the link. */
export function seriesTable(series: FigureSeries, site: URL | string): DataTable {
  // seriesRows keeps the points' order.
  return {
    columns: [...SERIES_COLUMNS, 'Value', 'Published (ISO 8601)', 'Link'],
    rows: seriesRows(series).map((r, i) => [
      r.date,
      r.figure,
      r.reportedBy,
      r.explainer,
      String(series.points[i].value),
      r.datetime,
      absoluteUrl(r.href, site),
    ]),
    shown: SERIES_COLUMNS.length,
  };
}
