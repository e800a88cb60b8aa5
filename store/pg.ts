/**
 * The plain `pg` side of the store, for the hot paths (the transition writer, the inbox, claims):
 * one pool per process, shared with the Prisma client that store/db.ts builds on it.
 */
import type pg from 'pg';
import type { Db } from './db.js';

const pools = new WeakMap<object, pg.Pool>();

export function registerPool(db: Db, pool: pg.Pool): void {
  pools.set(db, pool);
}

export function poolOf(db: Db): pg.Pool {
  const p = pools.get(db);
  if (!p) throw new Error('this database client was not opened with store/db.ts openDb');
  return p;
}

/** Bad input the database refused (invalid text, a value out of range, a missing required value). */
export class BadInputError extends Error {
  constructor(
    message: string,
    readonly pgCode: string,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}

/** PostgreSQL's data exceptions (22xxx), not-null and check violations: retrying cannot help. */
export function asBadInput(err: unknown): BadInputError | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('22') || code === '23502' || code === '23514') return new BadInputError((err as Error).message, code);
  return null;
}

/**
 * Runs `fn` in one transaction on one pooled connection. `first`: statements without parameters sent
 * with the BEGIN in the same round trip (e.g. the advisory locks a writer takes before anything else).
 */
export async function inTransaction<T>(db: Db, fn: (q: pg.PoolClient) => Promise<T>, first?: string): Promise<T> {
  const client = await poolOf(db).connect();
  try {
    await client.query(first ? `begin; ${first}` : 'begin');
    const out = await fn(client);
    await client.query('commit');
    return out;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw asBadInput(e) ?? e;
  } finally {
    client.release();
  }
}
