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
import { poolOf } from './pg.js';

export interface StoredCalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  loadedBy: string;
  loadedAt: Date;
}

export async function loadCalendarYears(db: Db): Promise<StoredCalendarYear[]> {
  const r = await poolOf(db).query<StoredCalendarYear>('select year, holidays, workdays, source, loaded_by as "loadedBy", loaded_at as "loadedAt" from calendar_years order by year');
  return r.rows;
}

export async function loadParameterRows(db: Db): Promise<ParameterRow[]> {
  const r = await poolOf(db).query<ParameterRow>(
    'select region, key, value, effective_from as "effectiveFrom", ref, not_in_seeds as "notInSeeds" from parameters order by region, key, effective_from',
  );
  return r.rows;
}

export interface Policy {
  calendar: Calendar;
  parameters: ParameterRow[];
  param<T = unknown>(region: string, key: ParamKey, onDate: string): { value: T; effectiveFrom: string; ref: string; region: string; notInSeeds?: boolean };
}

const TTL_MS = 5_000;

export function createPolicyStore(db: Db) {
  let cached: { at: number; policy: Policy; rows: string } | null = null;

  /** Reads the rows; the calendar and lookups are rebuilt only when they changed. */
  async function load(): Promise<{ policy: Policy; rows: string }> {
    const [years, params] = await Promise.all([loadCalendarYears(db), loadParameterRows(db)]);
    const rows = JSON.stringify([years, params]);
    if (cached && cached.rows === rows) return cached;
    const data: CalendarData = mergeCalendarData(defaultCalendarData(), years);
    const parameters: ParameterRow[] = [
      ...DEFAULT_PARAMETERS,
      ...params,
    ];
    const calendar = createCalendar(data);
    const policy: Policy = {
      calendar,
      parameters,
      param: (region, key, onDate) => lookupParameter(parameters, region, key, onDate) as never,
    };
    return { policy, rows };
  }

  return {
    async get(): Promise<Policy> {
      if (!cached || Date.now() - cached.at > TTL_MS) cached = { at: Date.now(), ...(await load()) };
      return cached.policy;
    },
    invalidate(): void {
      cached = null;
    },
  };
}
export type PolicyStore = ReturnType<typeof createPolicyStore>;
