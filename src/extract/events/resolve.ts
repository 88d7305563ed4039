// Turns a recognised date mention into a calendar date, against the publication day (relative
// mentions) or against the date mentioned just before it ("the following month").
import type { DatedEvent } from '../../schema/document.ts';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatYear,
  isRealDay,
  mondayOf,
  nearestWeekday,
  weekdayOf,
  yearForMonth,
  yearForMonthDay,
  type Day,
  type Direction,
} from './calendar.ts';
import type { DateMention, DayMention, HolidayMention, MonthMention, Unit } from './mentions.ts';

export type Precision = DatedEvent['precision'];

/** A resolved date, kept as numbers so that later mentions can count from it. */
export interface Anchor {
  precision: Precision;
  y: number;
  m: number; // 1 when the precision is year
  d: number; // 1 when the precision is month or year; the Monday for a week
}

export interface Resolution {
  date: string | null;
  precision: Precision;
  endDate: string | null;
  /** Set when the date is known: the next anchored mention counts from it. */
  anchor: Anchor | null;
}

function format(anchor: Anchor): string {
  if (anchor.precision === 'year') return formatYear(anchor.y);
  if (anchor.precision === 'month') return formatMonth(anchor.y, anchor.m);
  return formatDay(anchor);
}

/** The resolution of a date known to `anchor` (and to `end`, for a span). */
export function resolutionOf(anchor: Anchor, end: Anchor | null = null): Resolution {
  return { date: format(anchor), precision: anchor.precision, endDate: end ? format(end) : null, anchor };
}

function unknown(precision: Precision): Resolution {
  return { date: null, precision, endDate: null, anchor: null };
}

export const dayAnchor = (day: Day): Anchor => ({ precision: 'day', ...day });
const weekAnchor = (day: Day): Anchor => ({ precision: 'week', ...mondayOf(day) });

function resolveDay(mention: DayMention, published: Day | null, direction: Direction, previous: Anchor | null): Resolution | null {
  if (mention.monthUnwritten) return resolveDayOfStoryMonth(mention.d, published, direction, previous);
  const { m, d } = mention;
  let y = mention.y;
  if (y === null && mention.yearOffset !== null) y = published ? published.y + mention.yearOffset : null;
  if (y === null && published) {
    y = yearForMonthDay(published, m, d, mention.lean ?? direction);
    // "Saturday (Jan 8)": the weekday settles the year when it can.
    if (mention.weekday !== null && isRealDay(y, m, d) && weekdayOf({ y, m, d }) !== mention.weekday) {
      const other = [y - 1, y + 1].find((candidate) => isRealDay(candidate, m, d) && weekdayOf({ y: candidate, m, d }) === mention.weekday);
      if (other !== undefined) y = other;
    }
  }
  if (y === null) return unknown('day');
  if (!isRealDay(y, m, d)) return null;
  // "03/12/2024" in a story of 14 March 2024: read the other way round when only that way is no later
  // than publication (a story tells what has happened or was announced).
  if (mention.swappable && published && isRealDay(y, d, m)) {
    // (ISO days sort as they fall.)
    const now = formatDay(published);
    if (formatDay({ y, m, d }) > now && formatDay({ y, m: d, d: m }) <= now) return resolutionOf(dayAnchor({ y, m: d, d: m }));
  }
  let end: Anchor | null = null;
  if (mention.until) {
    const until = mention.until;
    let endY = until.y ?? y;
    if (until.m * 100 + until.d < m * 100 + d && until.y === null) endY = y + 1;
    if (isRealDay(endY, until.m, until.d) && (endY > y || until.m * 100 + until.d > m * 100 + d))
      end = dayAnchor({ y: endY, m: until.m, d: until.d });
  }
  return resolutionOf(dayAnchor({ y, m, d }), end);
}

/**
 * "on the 29th": in the month of the last date the text gave ("June 27 … on the 29th"), when the day does
 * not go back before it; with no such date, in the month of publication, or the one before when the day has
 * not come yet (the one after, for a day ahead).
 */
function resolveDayOfStoryMonth(d: number, published: Day | null, direction: Direction, previous: Anchor | null): Resolution | null {
  let month: { y: number; m: number } | null = null;
  if (previous && (previous.precision === 'month' || (previous.precision === 'day' && previous.d <= d))) month = previous;
  else if (!previous && published) {
    const shift = direction === 'future' ? (d < published.d ? 1 : 0) : d > published.d ? -1 : 0;
    month = addMonths(published.y, published.m, shift);
  }
  if (!month) return null;
  return isRealDay(month.y, month.m, d) ? resolutionOf(dayAnchor({ y: month.y, m: month.m, d })) : null;
}

function resolveMonth(mention: MonthMention, published: Day | null, direction: Direction): Resolution {
  const { m } = mention;
  let y = mention.y;
  if (y === null && published) {
    if (mention.yearOffset !== undefined) y = published.y + mention.yearOffset;
    else if (mention.sameYear) y = published.y;
    else y = yearForMonth(published, m, mention.lean ?? direction, mention.strict);
  }
  if (y === null) return unknown('month');
  let end: Anchor | null = null;
  if (mention.until) {
    const endY = mention.until.y ?? (mention.until.m < m ? y + 1 : y);
    // "from March to May 2024": the year written at the end belongs to both months.
    if (mention.y !== null && mention.until.m < m && mention.until.y === mention.y) y -= 1;
    end = { precision: 'month', y: endY, m: mention.until.m, d: 1 };
  }
  return resolutionOf({ precision: 'month', y, m, d: 1 }, end);
}

/** Counts `offset` units from `from` (a day or a month), giving a date of that unit's precision. */
export function shift(from: Anchor, unit: Unit, offset: number): Anchor | null {
  if (unit === 'day') return from.precision === 'day' ? dayAnchor(addDays(from, offset)) : null;
  if (unit === 'week') return from.precision === 'day' || from.precision === 'week' ? weekAnchor(addDays(from, 7 * offset)) : null;
  if (unit === 'month') {
    if (from.precision === 'year') return null;
    const { y, m } = addMonths(from.y, from.m, offset);
    return { precision: 'month', y, m, d: 1 };
  }
  return { precision: 'year', y: from.y + offset, m: 1, d: 1 };
}

/** The holiday's day nearest the reference in the given direction ("last Thanksgiving", "on Christmas Eve"). */
function holidayDay(mention: HolidayMention, reference: Day, direction: Direction): Day {
  const ref = Date.UTC(reference.y, reference.m - 1, reference.d);
  const days = [reference.y - 1, reference.y, reference.y + 1].map((y) => ({ y, ...mention.dayIn(y) }));
  const time = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);
  const past = days.filter((day) => time(day) < ref || (time(day) === ref && !mention.strict)).at(-1) ?? days[0];
  const future = days.find((day) => time(day) > ref || (time(day) === ref && !mention.strict)) ?? days[2];
  if (direction === 'past') return past;
  if (direction === 'future') return future;
  return time(future) - ref < ref - time(past) ? future : past;
}

/**
 * The date of one mention. `direction` says which way its clause points (a weekday read as `nearest`
 * stays in the past: news reports what happened); `previous` is the last
 * date resolved before this mention, `previousQuarter` the last quarter's year. Returns null when the mention cannot be dated at all (an
 * impossible day, or "the following day" with nothing before it): it is then not an event.
 */
export function resolveMention(
  mention: DateMention,
  published: Day | null,
  direction: Direction,
  previous: Anchor | null,
  previousQuarter: Anchor | null = null,
): Resolution | null {
  switch (mention.kind) {
    case 'day':
      return resolveDay(mention, published, direction, previous);
    case 'month':
      return resolveMonth(mention, published, direction);
    case 'year': {
      const end = mention.untilYear !== null ? ({ precision: 'year', y: mention.untilYear, m: 1, d: 1 } as const) : null;
      return resolutionOf({ precision: 'year', y: mention.y, m: 1, d: 1 }, end);
    }
    case 'weekday': {
      if (!published) return unknown('day');
      const way = mention.lean ?? (direction === 'future' ? 'future' : 'past');
      return resolutionOf(dayAnchor(nearestWeekday(published, mention.weekday, way, mention.strict)));
    }
    case 'weekend': {
      if (!published) return unknown('week');
      const way = mention.lean ?? (direction === 'future' ? 'future' : 'past');
      return resolutionOf(weekAnchor(nearestWeekday(published, 6, way, mention.strict)));
    }
    case 'event-offset':
      return null; // counted from an event, not a date: event-offset.ts
    case 'holiday': {
      if (!published) return unknown('day');
      return resolutionOf(dayAnchor(holidayDay(mention, published, mention.lean ?? direction)));
    }
    case 'relative': {
      const precision: Precision = mention.unit;
      // "in five years" is a date only ahead: "the first time in five years" is a duration.
      if (mention.ahead && direction !== 'future') return null;
      if (!published) return unknown(precision);
      if (mention.quarter === 'relative')
        return resolutionOf({
          precision: 'year',
          y: published.y + Math.floor((Math.floor((published.m - 1) / 3) + mention.offset) / 4),
          m: 1,
          d: 1,
        });
      if (mention.quarter === 'again') return previousQuarter ? resolutionOf(previousQuarter) : null;
      // "this summer" written in November may be the one past or the one to come: only a season ahead is dated.
      if (mention.season) return published.m < mention.season ? resolutionOf({ precision: 'year', y: published.y, m: 1, d: 1 }) : null;
      const result = shift(dayAnchor(published), mention.unit, mention.offset);
      return result ? resolutionOf(result) : null;
    }
    case 'anchored': {
      if (!previous) return null;
      const result = shift(previous, mention.unit, mention.offset);
      return result ? resolutionOf(result) : null;
    }
  }
}
