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

/** Reserves the key for this request; false when it exists already. */
export async function reserveKey(db: Db, r: { key: string; actor: string; route: string; bodyHash: string }): Promise<boolean> {
  const res = await poolOf(db).query(
    `insert into idempotency_keys (key, actor, route, body_hash, status_code, response_body, created_at) values ($1,$2,$3,$4,$5,'null'::jsonb, now()) on conflict (key) do nothing`,
    [r.key, r.actor, r.route, r.bodyHash, PENDING],
  );
  return res.rowCount === 1;
}

export async function findKey(db: Db, key: string): Promise<StoredAnswer | null> {
  const res = await poolOf(db).query<{ key: string; route: string; body_hash: string; status_code: number; response_body: unknown; created_at: Date }>(
    'select key, route, body_hash, status_code, response_body, created_at from idempotency_keys where key = $1',
    [key],
  );
  const r = res.rows[0];
  return r ? { key: r.key, route: r.route, bodyHash: r.body_hash, statusCode: r.status_code, responseBody: r.response_body, createdAt: r.created_at } : null;
}

/** Drops a pending reservation (optionally only the one made at `createdAt`: a stale one). */
export async function releaseKey(db: Db, key: string, createdAt?: Date): Promise<void> {
  if (createdAt) await poolOf(db).query('delete from idempotency_keys where key = $1 and status_code = $2 and created_at = $3', [key, PENDING, createdAt]);
  else await poolOf(db).query('delete from idempotency_keys where key = $1 and status_code = $2', [key, PENDING]);
}

export async function completeKey(db: Db, key: string, statusCode: number, body: unknown): Promise<void> {
  await poolOf(db).query('update idempotency_keys set status_code = $2, response_body = $3 where key = $1', [key, statusCode, JSON.stringify(body)]);
}

export async function purgeKeys(db: Db, hours: number): Promise<void> {
  await poolOf(db).query('delete from idempotency_keys where created_at < now() - make_interval(hours => $1)', [hours]);
}
