/**
 * Policy data as the activities see it: the bundled calendar and parameter defaults (rules/) with the
 * overrides ops loaded into PostgreSQL (calendar_years, parameters). Cached briefly; `invalidate()` is
 * called when ops change either, before running cases are told to recompute.
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
import type { Db } from '../store/db.js';

export interface Policy {
  calendar: Calendar;
  parameters: ParameterRow[];
  param<T = unknown>(region: string, key: string, onDate: string): { value: T; effectiveFrom: string; ref: string; region: string; notInSeeds?: boolean };
}

const TTL_MS = 5_000;

export function createPolicyStore(db: Db) {
  let cached: { at: number; policy: Policy } | null = null;

  async function load(): Promise<Policy> {
    const [years, params] = await Promise.all([
      db.calendarYear.findMany({ orderBy: { year: 'asc' } }),
      db.parameter.findMany(),
    ]);
    const data: CalendarData = mergeCalendarData(defaultCalendarData(), years);
    const parameters: ParameterRow[] = [
      ...DEFAULT_PARAMETERS,
      ...params.map((p) => ({
        region: p.region,
        key: p.key,
        value: p.value as ParameterRow['value'],
        effectiveFrom: p.effectiveFrom,
        ref: p.ref,
        notInSeeds: p.notInSeeds,
      })),
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
