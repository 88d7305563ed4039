// The downloadable data of one chart: the same rows, in the same order, as the data table the chart
// shows (src/charts/*/table.ts), with the table's columns first and machine-readable columns after.
import { CASUALTY_COLUMNS, casualtyRows } from '../charts/casualty/table.ts';
import { chartedFacts, type CasualtySource } from '../charts/casualty/facts.ts';
import { hasSources, TIMELINE_COLUMNS, timelineRows } from '../charts/timeline/table.ts';
import { datedItems, type TimelineItem } from '../charts/timeline/items.ts';
import { SERIES_COLUMNS, seriesRows } from '../charts/series/table.ts';
import type { StorySeries } from '../schema/views.ts';
import { absoluteUrl } from '../lib/paths.ts';

export interface DataTable {
  columns: string[];
  rows: string[][];
  shown: number; // how many leading columns are the ones the on-page data table shows
}

/**
 * The casualty chart's facts: the table's columns (Measure, Who and where, Number, Reported by), then
 * the whole it is part of, every report as written, the number and a range's ends bare, and the fact's id. A cell the fact
 * has nothing for is empty; no cell is shortened.
 */
export function casualtyTable(doc: CasualtySource): DataTable {
  const facts = chartedFacts(doc).map((c) => c.fact);
  return {
    columns: [...CASUALTY_COLUMNS, 'Part of', 'Reports as written', 'Value', 'Low', 'High', 'Fact'],
    rows: casualtyRows(doc).map((r, i) => {
      const fact = facts[i];
      return [
        r.measure,
        r.who,
        r.value,
        r.reportedBy.join('; '),
        r.partOf ?? '',
        r.reports,
        String(fact.value),
        fact.range ? String(fact.range.low) : '',
        fact.range ? String(fact.range.high) : '',
        r.ref,
      ];
    }),
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
export function seriesTable(series: StorySeries, site: URL | string): DataTable {
  // seriesRows keeps the points' order.
  return {
    columns: [...SERIES_COLUMNS, 'Value', 'Published (ISO 8601)', 'Link'],
    rows: seriesRows(series).map((r, i) => [
      r.date,
      r.figure,
      series.points[i].sources.length ? r.reportedBy : '', // an unnamed source is an empty cell
      r.explainer,
      String(series.points[i].value),
      r.datetime,
      absoluteUrl(r.href, site),
    ]),
    shown: SERIES_COLUMNS.length,
  };
}
