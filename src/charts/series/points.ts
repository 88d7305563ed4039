// The series chart's shared reading of its points (each report of one quantity of one story, sorted by
// date then value in src/cross/story-series.ts), so layout, describe and table word and group them alike.
import type { SeriesPoint } from '../../schema/views.ts';
import { formatNumber, formatQualified } from '../format.ts';

/** Points that share a publication day, in order: they sit at one x, never joined by the line. */
export function sameDayGroups<P extends Pick<SeriesPoint, 'date'>>(points: readonly P[]): P[][] {
  const groups: P[][] = [];
  for (const p of points) {
    const last = groups.at(-1);
    if (last && last[0].date === p.date) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** Reports of one day that give the same number with the same hedge: one dot, with all their sources. */
export function sameValueGroups(day: readonly SeriesPoint[]): SeriesPoint[][] {
  const groups: SeriesPoint[][] = [];
  for (const p of day) {
    const same = groups.find((g) => g[0].value === p.value && g[0].qualifier === p.qualifier);
    if (same) same.push(p);
    else groups.push([p]);
  }
  return groups;
}

/**
 * A report as its document gives it, hedge kept: "nearly 40,000"; "63 (reports of 54–63)" when its own
 * sources disagree; "12 (revised from 14)" when it says which figure it replaces.
 */
export function pointValue(p: Pick<SeriesPoint, 'value' | 'qualifier' | 'range' | 'replaces'>): string {
  const notes: string[] = [];
  if (p.range && p.range.low !== p.range.high) notes.push(`reports of ${formatNumber(p.range.low)}–${formatNumber(p.range.high)}`);
  if (p.replaces !== null) notes.push(`revised from ${formatNumber(p.replaces)}`);
  const value = formatQualified(p.value, p.qualifier);
  return notes.length ? `${value} (${notes.join('; ')})` : value;
}

/** Who gave a report: "the agency and the Red Crescent"; "reporter not named". */
export function pointSources(p: Pick<SeriesPoint, 'sources'>): string {
  return p.sources.length ? listInWords(p.sources) : 'reporter not named';
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The lowest and highest number one day's reports give, their own ranges included. */
export function dayExtent(day: readonly SeriesPoint[]): { low: number; high: number } {
  return {
    low: Math.min(...day.map((p) => p.range?.low ?? p.value), ...day.map((p) => p.value)),
    high: Math.max(...day.map((p) => p.range?.high ?? p.value), ...day.map((p) => p.value)),
  };
}

/** "212", "at least 260" or "260–275" for the reports of one day, hedges kept. */
export function dayValue(day: readonly SeriesPoint[]): string {
  const distinct = sameValueGroups(day);
  if (distinct.length === 1) return formatQualified(day[0].value, day[0].qualifier);
  const values = day.map((p) => p.value);
  return `${formatNumber(Math.min(...values))}–${formatNumber(Math.max(...values))}`;
}
