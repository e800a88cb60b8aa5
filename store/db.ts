/**
 * The Prisma client on the pg driver adapter (Prisma 6.19 "client" engine: no native engine).
 * One pool per process; activities and the API share this module.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { registerPool } from './pg.js';

export type Db = InstanceType<typeof PrismaClient>;
export { Prisma } from '../generated/prisma/client.js';

export interface DbHandle {
  prisma: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// BIGINT (int8) as a JS number is safe for our amounts (fen) and ids (< 2^53).
pg.types.setTypeParser(20, (v: string) => Number(v));

export function openDb(url: string, opts: { max?: number } = {}): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 20 });
  pool.on('error', () => {
    /* a broken idle connection is replaced on next use; the query that needs it reports the error */
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  registerPool(prisma, pool);
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
