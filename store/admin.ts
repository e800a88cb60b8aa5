/**
 * Ops' policy admin as stored: a year's official calendar and dated regional parameters, each change
 * written with its audit event on the system chain in one transaction.
 */
import { SYSTEM_CASE_ID, type AuditEventInput } from './audit.js';
import type { Db } from './db.js';
import { inTransaction } from './pg.js';
import { appendEvents } from './transition.js';

const lockSystem = 'select pg_advisory_xact_lock(hashtextextended($1, 7))';

/** Loads (or replaces) a year; returns the year as it was before, or null. */
export async function saveCalendarYear(
  db: Db,
  y: { year: number; holidays: string[]; workdays: string[]; source: string; loadedBy: string },
  event: (before: { source: string; holidays: string[]; workdays: string[]; loadedBy: string } | null) => AuditEventInput,
): Promise<boolean> {
  return inTransaction(db, async (q) => {
    await q.query(lockSystem, [SYSTEM_CASE_ID]);
    const prev = await q.query<{ source: string; holidays: string[]; workdays: string[]; loaded_by: string }>('select source, holidays, workdays, loaded_by from calendar_years where year = $1', [y.year]);
    const b = prev.rows[0];
    await q.query(
      `insert into calendar_years (year, holidays, workdays, source, loaded_by, loaded_at) values ($1,$2,$3,$4,$5, now())
       on conflict (year) do update set holidays = excluded.holidays, workdays = excluded.workdays, source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = now()`,
      [y.year, y.holidays, y.workdays, y.source, y.loadedBy],
    );
    await appendEvents(q, [event(b ? { source: b.source, holidays: b.holidays, workdays: b.workdays, loadedBy: b.loaded_by } : null)]);
    return b !== undefined;
  });
}

/** Adds a dated parameter value; false when one exists for the same region, key and date. */
export async function addParameter(
  db: Db,
  p: { region: string; key: string; effectiveFrom: string; value: unknown; ref: string; notInSeeds: boolean; createdBy: string },
  event: AuditEventInput,
): Promise<boolean> {
  return inTransaction(db, async (q) => {
    await q.query(lockSystem, [SYSTEM_CASE_ID]);
    const r = await q.query(
      `insert into parameters (region, key, effective_from, value, ref, not_in_seeds, created_by, created_at) values ($1,$2,$3,$4::jsonb,$5,$6,$7, now()) on conflict do nothing`,
      [p.region, p.key, p.effectiveFrom, JSON.stringify(p.value), p.ref, p.notInSeeds, p.createdBy],
    );
    if (r.rowCount !== 1) return false;
    await appendEvents(q, [event]);
    return true;
  });
}
