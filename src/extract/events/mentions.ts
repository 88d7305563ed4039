// The date expressions find.ts recognises, before resolution: what each kind of mention holds.

/** Which way the words themselves point: "next Monday" (future), "last Monday" / "since Monday" (past). */
export type Lean = 'past' | 'future' | null;

export interface MentionBase {
  start: number; // offset in the paragraph, inclusive
  end: number; // exclusive
  lean: Lean;
  /** The reference day itself is excluded ("next Monday" written on a Monday is a week later). */
  strict: boolean;
}

/** Month and day, with or without a year ("Oct. 7", "9 August 2024", "2024-08-09", "May 6-9"). */
export interface DayMention extends MentionBase {
  kind: 'day';
  y: number | null;
  m: number;
  d: number;
  /** "Oct. 7 last year": the year relative to publication. */
  yearOffset: number | null;
  /** A weekday written next to the date ("Saturday (Jan 8)"): picks the year when none is written. */
  weekday: number | null;
  until: { y: number | null; m: number; d: number } | null;
  /** "on the 29th": no month written (`m` is 0); the day is in the story's month. */
  monthUnwritten?: true;
  /** "12/03/2024": day and month written in numbers, both 12 or less, either way round. */
  swappable?: true;
}

/** A month ("in December", "December 2022", "last March", "from March to May 2024"). */
export interface MonthMention extends MentionBase {
  kind: 'month';
  y: number | null;
  m: number;
  /** "this March": the publication year whatever the tense. */
  sameYear: boolean;
  /** "a June agreement": the month qualifies a noun, so the verb's tense says little about it. */
  modifier?: true;
  /** "(in) August last year": the year relative to publication. */
  yearOffset?: number;
  until: { y: number | null; m: number } | null;
  /** "during June, July and August": the list's later months, each a date of its own in the first's year. */
  listed?: readonly number[];
}

export interface YearMention extends MentionBase {
  kind: 'year';
  y: number;
  untilYear: number | null;
}

export interface WeekdayMention extends MentionBase {
  kind: 'weekday';
  weekday: number; // 0 = Sunday
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Relative to publication: "yesterday" (day -1), "next week" (week +1), "three years ago" (year -3). */
export interface RelativeMention extends MentionBase {
  kind: 'relative';
  unit: Unit;
  offset: number;
  /** "in five years": a date only when its clause looks ahead; otherwise a duration. */
  ahead?: true;
  /** "this autumn": the season's first month; dated by publication's year while the season is still ahead. */
  season?: number;
  /**
   * A quarter, dated by its year: "last quarter" counts `offset` quarters from publication's ('relative');
   * "over the quarter" is the quarter the text dated last ('again').
   */
  quarter?: 'relative' | 'again';
}

/** Relative to the date mentioned just before: "the following month", "later that evening", "a day later". */
export interface AnchoredMention extends MentionBase {
  kind: 'anchored';
  unit: Unit;
  offset: number;
}

/** "over the weekend", "last weekend": dated as the week holding that Saturday. */
export interface WeekendMention extends MentionBase {
  kind: 'weekend';
}

/** A holiday whose day the calendar gives: "Thanksgiving Day", "Christmas Eve", "Election Day". */
export interface HolidayMention extends MentionBase {
  kind: 'holiday';
  /** The holiday's day in a given year (month 1-12). */
  dayIn(y: number): { m: number; d: number };
}

/**
 * "six weeks after the explosion", "a day after the Labor Department said": a count from an event named
 * after the date words (from `event`, an offset in the paragraph).
 */
export interface EventOffsetMention extends MentionBase {
  kind: 'event-offset';
  unit: Unit;
  /** Signed: "after" counts forward from the event, "before" back. */
  offset: number;
  event: number;
}

export type DateMention =
  | DayMention
  | MonthMention
  | YearMention
  | WeekdayMention
  | RelativeMention
  | AnchoredMention
  | WeekendMention
  | HolidayMention
  | EventOffsetMention;
