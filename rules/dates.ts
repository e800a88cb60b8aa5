/**
 * Calendar dates as day numbers over a fixed range, by integer arithmetic only (no Date parsing on the
 * hot path, no time zone of the machine). Asia/Shanghai is UTC+8 all year: China has had no daylight
 * saving time since 1991, so "24:00 local" is 16:00Z of the same date.
 */
import { SHANGHAI_OFFSET_MS } from './timezone.js';

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
const DAY_MS = 86_400_000;
const BASE_MS = Date.UTC(FIRST_YEAR, 0, 1);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Day number of 1 January of each year FIRST_YEAR..LAST_YEAR+1. */
const YEAR_START = new Int32Array(LAST_YEAR - FIRST_YEAR + 2);
for (let y = FIRST_YEAR, n = 0; y <= LAST_YEAR + 1; n += isLeap(y) ? 366 : 365, y++) YEAR_START[y - FIRST_YEAR] = n;
/** Number of days FIRST_YEAR-01-01 .. LAST_YEAR-12-31. */
export const DAYS = YEAR_START[LAST_YEAR - FIRST_YEAR + 1]!;
const MONTH_START = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
] as const;

/** Two ASCII digits at i of s, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Day number of a YYYY-MM-DD date in FIRST_YEAR..LAST_YEAR, or -1 when malformed, impossible or out of range. */
export function tryDayIndex(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const c = two(date, 0);
  const yy = two(date, 2);
  const m = two(date, 5);
  const d = two(date, 8);
  if (c < 0 || yy < 0 || m < 1 || m > 12 || d < 1) return -1;
  const y = c * 100 + yy;
  if (y < FIRST_YEAR || y > LAST_YEAR) return -1;
  const ms = MONTH_START[isLeap(y) ? 1 : 0];
  if (d > ms[m]! - ms[m - 1]!) return -1;
  return YEAR_START[y - FIRST_YEAR]! + ms[m - 1]! + d - 1;
}

/** Day number of a YYYY-MM-DD date; a RangeError says why it is not one. */
export function dayIndex(date: string): number {
  const i = tryDayIndex(date);
  if (i >= 0) return i;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`${String(date)}: expected a date as YYYY-MM-DD`);
  if (!isRealDate(date)) throw new RangeError(`${date}: not a real date`);
  throw new RangeError(`${date}: outside the calendar's range ${FIRST_YEAR}–${LAST_YEAR}`);
}

/** A real date in the calendar's range (1990–2100). */
export function isValidDate(date: string): boolean {
  return tryDayIndex(date) >= 0;
}

/** Any real YYYY-MM-DD date of years 0001–9999 (birth dates, ID numbers: not limited to the calendar's range). */
export function isRealDate(date: string): boolean {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const ms = MONTH_START[isLeap(y) ? 1 : 0];
  return d <= ms[m]! - ms[m - 1]!;
}

/** Year of a day number (binary search over 111 years). */
export function yearOfIndex(i: number): number {
  let lo = 0;
  let hi = LAST_YEAR - FIRST_YEAR;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (YEAR_START[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return FIRST_YEAR + lo;
}

/** First and last day numbers of a year in range. */
export function yearRange(year: number): [number, number] {
  return [YEAR_START[year - FIRST_YEAR]!, YEAR_START[year - FIRST_YEAR + 1]! - 1];
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1990-01-01 was a Monday). */
export const weekdayOfIndex = (i: number): number => (i + 1) % 7;

const dateStrings: (string | undefined)[] = new Array(DAYS);
/** YYYY-MM-DD of a day number (cached). */
export function dateOfIndex(i: number): string {
  return (dateStrings[i] ??= new Date(BASE_MS + i * DAY_MS).toISOString().slice(0, 10));
}
const endStrings: (string | undefined)[] = new Array(DAYS);
/** The end (24:00 Asia/Shanghai) of day i as an ISO instant in UTC (cached). */
export function endOfIndex(i: number): string {
  return (endStrings[i] ??= new Date(BASE_MS + (i + 1) * DAY_MS - SHANGHAI_OFFSET_MS).toISOString());
}

/** The end (24:00 Asia/Shanghai) of a local date, as an ISO instant: 2026-10-12 → 2026-10-12T16:00:00.000Z. */
export function endOfShanghaiDay(date: string): string {
  return endOfIndex(dayIndex(date));
}

/** A date plus (or minus) calendar days, inside the calendar's range. */
export function addCalendarDays(date: string, days: number): string {
  const i = dayIndex(date) + days;
  if (!Number.isInteger(days) || i < 0 || i >= DAYS) throw new RangeError(`${date} + ${days} days: outside ${FIRST_YEAR}–${LAST_YEAR}`);
  return dateOfIndex(i);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
/**
 * The Asia/Shanghai calendar date of an instant: +8 hours, then the UTC date. A string must carry its
 * offset (…Z or …+08:00) or be a plain date (taken as UTC midnight): a local time without an offset
 * would depend on the machine's time zone.
 */
export function shanghaiDate(instant: string | Date): string {
  let ms: number;
  if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'string' && INSTANT.test(instant)) ms = Date.parse(instant);
  else ms = NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${String(instant)}: not an instant with a time zone (e.g. 2026-10-12T08:00:00Z)`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
