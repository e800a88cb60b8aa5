/**
 * Stored answers for Idempotency-Key: a key is reserved (pending) before the request runs, so two
 * concurrent duplicates cannot both run, then completed with the response (kept KEEP_HOURS).
 */
import type { Db } from './db.js';
import { poolOf } from './pg.js';

export const PENDING = 0;

export interface StoredAnswer {
  key: string;
  route: string;
  bodyHash: string;
  statusCode: number;
  responseBody: unknown;
  createdAt: Date;
}

/**
 * Reserves the key for this request, holding `token` (issue 16 item 16: only the holder of the
 * reservation may complete or release it); false when the key exists already.
 */
export async function reserveKey(db: Db, r: { key: string; actor: string; route: string; bodyHash: string; token: string }): Promise<boolean> {
  const res = await poolOf(db).query(
    `insert into idempotency_keys (key, actor, route, body_hash, status_code, response_body, created_at) values ($1,$2,$3,$4,$5,$6::jsonb, now()) on conflict (key) do nothing`,
    [r.key, r.actor, r.route, r.bodyHash, PENDING, JSON.stringify({ reservation: r.token })],
  );
  return res.rowCount === 1;
}

/** The stored answer for (actor, key): a row of another actor is not this caller's, whatever its key. */
export async function findKey(db: Db, key: string, actor: string): Promise<(StoredAnswer & { token: string | null }) | null> {
  const res = await poolOf(db).query<{ key: string; route: string; body_hash: string; status_code: number; response_body: unknown; created_at: Date }>(
    'select key, route, body_hash, status_code, response_body, created_at from idempotency_keys where key = $1 and actor = $2',
    [key, actor],
  );
  const r = res.rows[0];
  if (!r) return null;
  const token = r.status_code === PENDING ? ((r.response_body as { reservation?: string } | null)?.reservation ?? null) : null;
  return { key: r.key, route: r.route, bodyHash: r.body_hash, statusCode: r.status_code, responseBody: r.response_body, createdAt: r.created_at, token };
}

/** A stale reservation passes to a new holder: true for the one request that took it over. */
export async function takeOverKey(db: Db, key: string, from: string | null, to: string): Promise<boolean> {
  const res = await poolOf(db).query(
    `update idempotency_keys set response_body = $4::jsonb, created_at = now() where key = $1 and status_code = $2 and response_body->>'reservation' is not distinct from $3`,
    [key, PENDING, from, JSON.stringify({ reservation: to })],
  );
  return res.rowCount === 1;
}

/** The holder is still running: its reservation is fresh again (false when it was taken over meanwhile). */
export async function renewKey(db: Db, key: string, token: string): Promise<boolean> {
  const res = await poolOf(db).query(`update idempotency_keys set created_at = now() where key = $1 and status_code = $2 and response_body->>'reservation' = $3`, [key, PENDING, token]);
  return res.rowCount === 1;
}

/** Drops a pending reservation, only if `token` still holds it. */
export async function releaseKey(db: Db, key: string, token: string): Promise<void> {
  await poolOf(db).query(`delete from idempotency_keys where key = $1 and status_code = $2 and response_body->>'reservation' = $3`, [key, PENDING, token]);
}

/** Stores the answer, only if `token` still holds the reservation; false when it was taken over. */
export async function completeKey(db: Db, key: string, token: string, statusCode: number, body: unknown): Promise<boolean> {
  const res = await poolOf(db).query(
    `update idempotency_keys set status_code = $3, response_body = $4::jsonb where key = $1 and status_code = $5 and response_body->>'reservation' = $2`,
    [key, token, statusCode, JSON.stringify(body), PENDING],
  );
  return res.rowCount === 1;
}

export async function purgeKeys(db: Db, hours: number): Promise<void> {
  await poolOf(db).query('delete from idempotency_keys where created_at < now() - make_interval(hours => $1)', [hours]);
}
