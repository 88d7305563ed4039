// The series chart's shared reading of its points (each report of one measure for one group of people,
// sorted by date then value in src/cross/figure-series.ts), so layout, describe and table list them alike.
import type { SeriesPoint } from '../../schema/views.ts';

/** Points that share a publication day, in order: where reports for one date differ. */
export function sameDayGroups(points: readonly SeriesPoint[]): SeriesPoint[][] {
  const groups: SeriesPoint[][] = [];
  for (const p of points) {
    const last = groups.at(-1);
    if (last && last[0].date === p.date) last.push(p);
    else groups.push([p]);
  }
  return groups;
}
