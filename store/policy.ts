/**
 * Policy data as stored and as the rules see it: the calendar years and regional parameters ops loaded
 * (calendar_years, parameters) merged over the bundled defaults in rules/, cached briefly. Activities
 * and the API read policy through createPolicyStore; `invalidate()` is called when ops change either.
 */
import {
  createCalendar,
  defaultCalendarData,
  DEFAULT_PARAMETERS,
  lookupParameter,
  mergeCalendarData,
  type Calendar,
  type CalendarData,
  type ParameterRow,
} from '../rules/index.js';
import type { ParamKey } from '../rules/parameter-defaults.js';
import type { Db } from './db.js';

export interface StoredCalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  loadedBy: string;
  loadedAt: Date;
}

export async function loadCalendarYears(db: Db): Promise<StoredCalendarYear[]> {
  return db.calendarYear.findMany({ orderBy: { year: 'asc' } });
}

export async function loadParameterRows(db: Db): Promise<ParameterRow[]> {
  const rows = await db.parameter.findMany();
  return rows.map((p) => ({ region: p.region, key: p.key, value: p.value as ParameterRow['value'], effectiveFrom: p.effectiveFrom, ref: p.ref, notInSeeds: p.notInSeeds }));
}

export interface Policy {
  calendar: Calendar;
  parameters: ParameterRow[];
  param<T = unknown>(region: string, key: ParamKey, onDate: string): { value: T; effectiveFrom: string; ref: string; region: string; notInSeeds?: boolean };
}

const TTL_MS = 5_000;

export function createPolicyStore(db: Db) {
  let cached: { at: number; policy: Policy } | null = null;

  async function load(): Promise<Policy> {
    const [years, params] = await Promise.all([loadCalendarYears(db), loadParameterRows(db)]);
    const data: CalendarData = mergeCalendarData(defaultCalendarData(), years);
    const parameters: ParameterRow[] = [
      ...DEFAULT_PARAMETERS,
      ...params,
    ];
    const calendar = createCalendar(data);
    return {
      calendar,
      parameters,
      param: (region, key, onDate) => lookupParameter(parameters, region, key, onDate) as never,
    };
  }

  return {
    async get(): Promise<Policy> {
      if (!cached || Date.now() - cached.at > TTL_MS) cached = { at: Date.now(), policy: await load() };
      return cached.policy;
    },
    invalidate(): void {
      cached = null;
    },
  };
}
export type PolicyStore = ReturnType<typeof createPolicyStore>;
