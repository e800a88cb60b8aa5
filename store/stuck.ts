/** Cases waiting for ops because a write was refused as bad input (see workflows/case/recording.ts). */
import type { Db } from './db.js';
import { poolOf } from './pg.js';

export async function markStuck(db: Db, caseId: string, error: string, at: string): Promise<void> {
  await poolOf(db).query('insert into stuck_cases (case_id, error, since) values ($1, $2, $3) on conflict (case_id) do update set error = excluded.error', [caseId, error, new Date(at)]);
}

export async function clearStuck(db: Db, caseId: string): Promise<void> {
  await poolOf(db).query('delete from stuck_cases where case_id = $1', [caseId]);
}

export async function listStuck(db: Db, limit = 500): Promise<{ caseId: string; error: string; since: string }[]> {
  const r = await poolOf(db).query<{ case_id: string; error: string; since: Date }>('select case_id, error, since from stuck_cases order by since limit $1', [limit]);
  return r.rows.map((x) => ({ caseId: x.case_id, error: x.error, since: x.since.toISOString() }));
}

export async function countStuck(db: Db): Promise<number> {
  const r = await poolOf(db).query<{ n: number }>('select count(*)::int as n from stuck_cases');
  return r.rows[0]?.n ?? 0;
}
