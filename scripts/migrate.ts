/**
 * `node dist/scripts/migrate.js` (`npm run migrate`): the one-shot migration job of the production
 * compose file — the only process that holds the owner's URL. Applies the migrations with
 * `prisma migrate deploy` (the Prisma CLI is a dev dependency: this runs in the image's `migrate`
 * target, which keeps them) and grants the application role what it needs (prisma/sql/app-role.sql).
 * The worker and the API then run with the application role's DATABASE_URL only.
 */
import { ConfigError, loadEnv } from '../config/env.js';
import { grantAppRole, migrateDeploy } from '../platform/database.js';

const log = (msg: string) => process.stderr.write(`[bangfu migrate] ${msg}\n`);

try {
  const env = loadEnv();
  const owner = env.MIGRATION_DATABASE_URL;
  if (!owner) throw new ConfigError([{ variable: 'MIGRATION_DATABASE_URL', message: 'required: the owner connection that applies migrations' }]);
  if (!env.DATABASE_URL) throw new ConfigError([{ variable: 'DATABASE_URL', message: 'required: the application role\'s connection (its role is granted access)' }]);
  const appUser = decodeURIComponent(new URL(env.DATABASE_URL).username);
  const ownerUser = decodeURIComponent(new URL(owner).username);
  if (!appUser || appUser === ownerUser) throw new ConfigError([{ variable: 'DATABASE_URL', message: 'must name the application role, not the owner' }]);
  await migrateDeploy(owner, log);
  await grantAppRole(owner, appUser);
  log(`migrations applied; role ${appUser} granted`);
  process.exit(0);
} catch (e) {
  log(e instanceof ConfigError ? e.message : `failed: ${(e as Error).message}`);
  process.exit(e instanceof ConfigError ? 2 : 1);
}
