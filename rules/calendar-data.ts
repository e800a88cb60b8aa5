/**
 * The bundled official calendar: holidays and adjusted working days published by the State Council,
 * as carried by the `chinese-days` package (2004–2026 at the time of writing). A year counts as
 * official only if the package has data for it; a newer year is loaded by ops (calendar_years table)
 * and merged on top. ENVIRONMENT.md: chinese-days reports 2027-01-01 as a working day — wrong —
 * because it has no 2027 data; here 2027 is simply not official, so it is counted provisionally.
 */
import { createRequire } from 'node:module';
import type { CalendarData } from './calendar.js';

interface Raw {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: CalendarData | null = null;

export function defaultCalendarData(): CalendarData {
  if (cached) return cached;
  const raw = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Raw;
  const holidays = Object.keys(raw.holidays).sort();
  const workdays = Object.keys(raw.workdays).sort();
  const years = new Set(holidays.map((d) => +d.slice(0, 4)));
  cached = { officialYears: [...years].sort((a, b) => a - b), holidays, workdays };
  return cached;
}

/** Merges ops-loaded years over the bundled data (a loaded year replaces that year entirely). */
export function mergeCalendarData(base: CalendarData, loaded: { year: number; holidays: string[]; workdays: string[] }[]): CalendarData {
  const replaced = new Set(loaded.map((y) => y.year));
  const keep = (d: string) => !replaced.has(+d.slice(0, 4));
  return {
    officialYears: [...new Set([...base.officialYears, ...replaced])].sort((a, b) => a - b),
    holidays: [...base.holidays.filter(keep), ...loaded.flatMap((y) => y.holidays)],
    workdays: [...base.workdays.filter(keep), ...loaded.flatMap((y) => y.workdays)],
  };
}
