// Which figures the casualty chart shows, in which order. Shared by layout, describe and table so the
// three always agree; how a figure reads in words is in ../measures.ts.
import type { Figure } from '../../schema/document.ts';
import { measureLabel } from '../measures.ts';

/** A figure that counts people: any measure but "other", in the unit "people". */
export function isPeopleCount(figure: Figure): boolean {
  return figure.measure !== 'other' && figure.unit.trim().toLowerCase() === 'people' && Number.isFinite(figure.value) && figure.value >= 0;
}

/** Most to least: groups by their largest figure, figures within a group by value; ties keep document order. */
export function chartedFigures(figures: readonly Figure[]): Figure[] {
  const counted = figures.filter(isPeopleCount);
  const groupMax = new Map<string, number>();
  for (const f of counted) groupMax.set(groupKey(f), Math.max(groupMax.get(groupKey(f)) ?? 0, f.value));
  const firstSeen = new Map<string, number>();
  counted.forEach((f, i) => {
    if (!firstSeen.has(groupKey(f))) firstSeen.set(groupKey(f), i);
  });
  return counted
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const ka = groupKey(a.f);
      const kb = groupKey(b.f);
      if (ka !== kb) return groupMax.get(kb)! - groupMax.get(ka)! || firstSeen.get(ka)! - firstSeen.get(kb)!;
      return b.f.value - a.f.value || a.i - b.i;
    })
    .map(({ f }) => f);
}

/** Figures counting the same thing about the same people share a group: "killed|Palestinians". */
export function groupKey(figure: Figure): string {
  return `${figure.measure}|${(figure.subject ?? '').trim().toLowerCase()}`;
}

/** "Killed · Palestinians"; just "Killed" when the text names no one. */
export function groupLabel(figure: Figure): string {
  const subject = figure.subject?.trim();
  return subject ? `${measureLabel(figure.measure)} · ${subject}` : measureLabel(figure.measure);
}

/** The people-counting figures, largest first: what the key figures strip and the headlines show. */
export function peopleFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter(isPeopleCount).sort((a, b) => b.value - a.value);
}
