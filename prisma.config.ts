// Prisma 6.19 offline recipe (see ../shared/ENVIRONMENT.md and README "Database migrations"):
// the CLI uses its bundled WASM schema engine through the pg driver adapter, so no native engine is
// ever downloaded. DATABASE_URL must point at the database to migrate (platform/database.ts sets it
// for the embedded PostgreSQL).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/**
 * Work-around for prisma/orm#27403: with a driver adapter, Migrate fails with
 * "Column type 'name' could not be deserialized" because catalog queries return columns of type
 * `name` (oid 19). We report them as `text` (oid 25); the values are plain strings either way.
 */
class NameAsTextPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (result && typeof result.then === 'function') {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return result.then((r: any) => {
        for (const f of r?.fields ?? []) if (f.dataTypeID === 19) f.dataTypeID = 25;
        return r;
      });
    }
    return result;
  }
}

/**
 * Work-around for the adapter's `executeScript`, which splits a migration on every ';' (so a
 * PL/pgSQL function body or a comment containing ';' breaks it). We send the whole script in one
 * simple-protocol query instead: PostgreSQL runs multi-statement scripts natively.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const client = (adapter as any).client as pg.Pool;
    adapter.executeScript = async (script: string) => {
      await client.query(script);
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: point it at the PostgreSQL database to migrate');
    return new WholeScriptPrismaPg(new NameAsTextPool({ connectionString: url, max: 2 }));
  },
});
