// Calendar arithmetic for the events extractor. Everything is done on UTC midnights so that the
// machine's time zone can never shift a day.

/**
 * Which way a date written without its year or week points: to the latest such date on or before the
 * reference, the earliest on or after it, or whichever of the two is nearer (a tie goes to the past).
 */
export type Direction = 'past' | 'future' | 'nearest';

/** A calendar day; month 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function parseIsoDay(iso: string | null): Day | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isRealDay(day.y, day.m, day.d) ? day : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toTime(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromTime(time: number): Day {
  const date = new Date(time);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromTime(toTime(day) + days * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export function weekdayOf(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}

/** The Monday that starts the (ISO) week holding `day`: a "week" precision date. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Shifts a month (1-12 in year y) by `months`, returning the new year and month. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/**
 * The weekday (0-6) nearest to `reference` in the given direction: "past" is the latest on or
 * before it (the same day counts, so a paper dated Friday reporting "on Friday" means that day),
 * "future" is the earliest on or after it. `strict` excludes the reference day itself ("next Monday").
 */
export function nearestWeekday(reference: Day, weekday: number, direction: 'past' | 'future', strict = false): Day {
  const today = weekdayOf(reference);
  if (direction === 'past') {
    let back = (today - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(reference, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(reference, ahead);
}

/**
 * The year for a month and day written without one: the latest such day on or before the
 * reference ("past"), the earliest on or after it ("future"), or the nearer of the two. 29 February
 * falls back to the nearest leap year in that direction.
 */
export function yearForMonthDay(reference: Day, m: number, d: number, direction: Direction): number {
  if (direction === 'nearest') {
    const past = yearForMonthDay(reference, m, d, 'past');
    const future = yearForMonthDay(reference, m, d, 'future');
    const days = (y: number) => Math.abs(toTime({ y, m, d: Math.min(d, daysInMonth(y, m)) }) - toTime(reference));
    return days(future) < days(past) ? future : past;
  }
  const order = m * 100 + d - (reference.m * 100 + reference.d);
  let y = reference.y;
  if (direction === 'past' && order > 0) y -= 1;
  if (direction === 'future' && order < 0) y += 1;
  const step = direction === 'past' ? -1 : 1;
  for (let i = 0; i < 8 && !isRealDay(y, m, d); i++) y += step;
  return y;
}

/**
 * The year for a month written alone: the latest such month not after the reference month, the earliest
 * not before it, or the nearer of the two (the reference month itself when it is that month).
 */
export function yearForMonth(reference: Day, m: number, direction: Direction, strict = false): number {
  if (direction === 'nearest') {
    if (m === reference.m && !strict) return reference.y;
    const ahead = (m - reference.m + 12) % 12;
    return ahead < 12 - ahead ? yearForMonth(reference, m, 'future', strict) : yearForMonth(reference, m, 'past', strict);
  }
  if (direction === 'past') return m < reference.m || (m === reference.m && !strict) ? reference.y : reference.y - 1;
  return m > reference.m || (m === reference.m && !strict) ? reference.y : reference.y + 1;
}
