// Shared text formatting for charts, tables and summaries. Everything here is deterministic: fixed
// English month names and UTC arithmetic, never the machine's locale, time zone or today's date.
import type { DatedEvent, Qualifier } from '../schema/document.ts';

export type Precision = DatedEvent['precision'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * 91700 -> "91,700"; 2.5 -> "2.5"; round millions and billions read as words ("1.2 million", "14.47
 * billion") as news copy writes them; a number written out to its last digits stays in digits.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1_000_000_000 && abs % 10_000_000 === 0) return `${Number((value / 1_000_000_000).toPrecision(12))} billion`;
  if (abs >= 1_000_000 && abs % 10_000 === 0) return `${Number((value / 1_000_000).toPrecision(12))} million`;
  const rounded = Math.round(value * 10) / 10;
  const [whole, fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** The number with its hedge as the text gives it: ("nearly", 40000) -> "nearly 40,000"; exact numbers stand alone. */
export function formatQualified(value: number, qualifier: Qualifier): string {
  const number = formatNumber(value);
  return qualifier === 'exact' ? number : `${qualifier} ${number}`;
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Split "YYYY", "YYYY-MM" or "YYYY-MM-DD" into numbers; month and day default to 1. */
export function parseDateParts(date: string): { year: number; month: number; day: number; given: Precision } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y, month: m || 1, day: d || 1, given: d ? 'day' : m ? 'month' : 'year' };
}

/** The finest precision a date string can honour: a "day" claim on "2024-08" is shown as a month. */
function effectivePrecision(date: string, precision: Precision): Precision {
  const given = parseDateParts(date).given;
  const rank: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
  if (given === 'day') return precision;
  return rank[precision] >= rank[given] ? precision : given;
}

/** "7 Oct 2023", "week of 12 Aug 2024", "Aug 2024" or "2024", by the precision the text gave. */
export function formatDate(date: string, precision: Precision): string {
  const { year, month, day } = parseDateParts(date);
  switch (effectivePrecision(date, precision)) {
    case 'day':
      return `${day} ${MONTHS[month - 1]} ${year}`;
    case 'week':
      return `week of ${day} ${MONTHS[month - 1]} ${year}`;
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    default:
      return String(year);
  }
}

/** A date or a span: "6–9 May 2024", "30 Apr – 2 May 2024", "Aug 2024 – Jan 2025". */
export function formatDateRange(date: string, endDate: string | null, precision: Precision): string {
  if (!endDate || endDate === date) return formatDate(date, precision);
  const start = parseDateParts(date);
  const end = parseDateParts(endDate);
  const endPrecision = end.given;
  if (precision === 'day' && endPrecision === 'day' && start.given === 'day' && start.year === end.year) {
    if (start.month === end.month) return `${start.day}–${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
    return `${start.day} ${MONTHS[start.month - 1]} – ${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
  }
  return `${formatDate(date, precision)} – ${formatDate(endDate, endPrecision)}`;
}

/** Midnight UTC at the start of the period a date names. */
export function periodStart(date: string): Date {
  const { year, month, day } = parseDateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Midnight UTC just after the period ends (exclusive): the next day, week, month or year. */
export function periodEnd(date: string, precision: Precision): Date {
  const { year, month, day } = parseDateParts(date);
  switch (effectivePrecision(date, precision)) {
    case 'day':
      return new Date(Date.UTC(year, month - 1, day + 1));
    case 'week':
      return new Date(Date.UTC(year, month - 1, day + 7));
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    default:
      return new Date(Date.UTC(year + 1, 0, 1));
  }
}

/** Round a coordinate to one decimal so markup and snapshots are stable. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export const DAY_MS = 86_400_000;

/** Axis labels for UTC date ticks, as short as their spacing allows, with the year on the first tick and where it changes. */
export function dateTickLabels(ticks: readonly Date[]): string[] {
  const step = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : DAY_MS;
  return ticks.map((t, i) => {
    const year = t.getUTCFullYear();
    const newYear = i === 0 || ticks[i - 1].getUTCFullYear() !== year;
    if (step >= 360 * DAY_MS) return String(year);
    const month = MONTHS[t.getUTCMonth()];
    if (step >= 28 * DAY_MS) return newYear ? `${month} ${year}` : month;
    return newYear ? `${t.getUTCDate()} ${month} ${year}` : `${t.getUTCDate()} ${month}`;
  });
}

/** A fraction of a chart's width as an SVG length: 0.4567 -> "45.67%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}
