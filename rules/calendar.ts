/**
 * The working-day calendar (SPEC §2 "Working days"; 001 §五 "5个工作日").
 * Statutory holidays and the State Council's adjusted working days (调休) for the years that are
 * official; weekdays only, flagged `provisional`, for years whose calendar is not yet published.
 * The day of receipt is not counted; the deadline is the end (24:00, Asia/Shanghai) of the n-th
 * working day after it. Pure: data in, answers out; an index over 1990–2100 makes a million
 * deadline computations take well under a second.
 */
export interface CalendarData {
  /** Years whose official calendar is loaded (published by the State Council). */
  officialYears: number[];
  /** Official holidays (no work), YYYY-MM-DD. */
  holidays: string[];
  /** Official adjusted working days on a weekend (调休), YYYY-MM-DD. */
  workdays: string[];
}

export interface DeadlineResult {
  dueDate: string;
  dueAt: string;
  provisional: boolean;
}

export interface Calendar {
  addWorkingDays(received: string, n: number): DeadlineResult;
  isWorkingDay(date: string): boolean;
  /** Working days strictly after `from`, up to and including `to` (0 when to <= from). */
  workingDaysBetween(from: string, to: string): number;
  isOfficialYear(year: number): boolean;
  coverage(): { officialYears: number[]; firstYear: number; lastYear: number };
}

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const DAY_MS = 86_400_000;
const BASE_MS = Date.UTC(FIRST_YEAR, 0, 1);
const DAYS = Math.round((Date.UTC(LAST_YEAR + 1, 0, 1) - BASE_MS) / DAY_MS);
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has had no daylight saving time since 1991.
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day index of a YYYY-MM-DD date; throws on an impossible or out-of-range date. */
export function dayIndex(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`${date}: expected a date as YYYY-MM-DD`);
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`${date}: not a real date`);
  }
  const i = (ms - BASE_MS) / DAY_MS;
  if (i < 0 || i >= DAYS) throw new RangeError(`${date}: outside the calendar's range ${FIRST_YEAR}–${LAST_YEAR}`);
  return i;
}

export function isValidDate(date: string): boolean {
  try {
    dayIndex(date);
    return true;
  } catch {
    return false;
  }
}

const dateStrings: string[] = new Array(DAYS);
function dateOf(i: number): string {
  return (dateStrings[i] ??= new Date(BASE_MS + i * DAY_MS).toISOString().slice(0, 10));
}
const endStrings: string[] = new Array(DAYS);
/** End of day i in Asia/Shanghai (24:00 local) as an ISO instant. */
function endOf(i: number): string {
  return (endStrings[i] ??= new Date(BASE_MS + (i + 1) * DAY_MS - SHANGHAI_OFFSET_MS).toISOString());
}

/** The end (24:00 Asia/Shanghai) of a local date, as an ISO instant. */
export function endOfShanghaiDay(date: string): string {
  return endOf(dayIndex(date));
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${String(instant)}: not an instant`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  return dateOf(dayIndex(date) + days);
}

export function createCalendar(data: CalendarData): Calendar {
  const official = new Set(data.officialYears);
  const work = new Uint8Array(DAYS);
  const unofficial = new Uint8Array(DAYS);
  for (let i = 0; i < DAYS; i++) {
    const d = new Date(BASE_MS + i * DAY_MS);
    const wd = d.getUTCDay();
    work[i] = wd !== 0 && wd !== 6 ? 1 : 0;
    if (!official.has(d.getUTCFullYear())) unofficial[i] = 1;
  }
  const inOfficial = (s: string) => official.has(+s.slice(0, 4));
  for (const h of data.holidays) if (inOfficial(h)) work[dayIndex(h)] = 0;
  for (const w of data.workdays) if (inOfficial(w)) work[dayIndex(w)] = 1;
  // cum[i] = working days in [0, i]; unoff[i] = unofficial days in [0, i].
  const cum = new Int32Array(DAYS);
  const unoff = new Int32Array(DAYS);
  let c = 0;
  let u = 0;
  for (let i = 0; i < DAYS; i++) {
    c += work[i]!;
    u += unofficial[i]!;
    cum[i] = c;
    unoff[i] = u;
  }
  const years = [...official].sort((a, b) => a - b);

  return {
    addWorkingDays(received: string, n: number): DeadlineResult {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`workingDays ${n}: expected a whole number ≥ 1`);
      const start = dayIndex(received);
      const target = cum[start]! + n;
      if (target > cum[DAYS - 1]!) throw new RangeError(`${received} + ${n} working days: beyond ${LAST_YEAR}`);
      // First day j > start with cum[j] >= target (cum is non-decreasing): binary search.
      let lo = start + 1;
      let hi = DAYS - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! >= target) hi = mid;
        else lo = mid + 1;
      }
      return { dueDate: dateOf(lo), dueAt: endOf(lo), provisional: unoff[lo]! - unoff[start]! > 0 };
    },
    isWorkingDay(date: string): boolean {
      return work[dayIndex(date)] === 1;
    },
    workingDaysBetween(from: string, to: string): number {
      const a = dayIndex(from);
      const b = dayIndex(to);
      return b <= a ? 0 : cum[b]! - cum[a]!;
    },
    isOfficialYear(year: number): boolean {
      return official.has(year);
    },
    coverage() {
      return { officialYears: years, firstYear: FIRST_YEAR, lastYear: LAST_YEAR };
    },
  };
}
