/**
 * Schema-level database work done by the owner at start-up: the database itself, the application role
 * and its grants (prisma/sql/app-role.sql: the app may read and append the audit log, never rewrite
 * it). Migrations themselves are applied by the Prisma CLI (platform/database.ts migrateDeploy).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../platform/repo-root.js';

export const APP_ROLE = 'bangfu_app';

export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (r.rowCount === 0) {
      await c.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
    }
  } finally {
    await c.end();
  }
}

export async function ensureAppRole(adminUrl: string, password: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    const lit = password.replace(/'/g, "''");
    if (r.rowCount === 0) await c.query(`create role ${APP_ROLE} login password '${lit}'`);
    else await c.query(`alter role ${APP_ROLE} password '${lit}'`);
  } finally {
    await c.end();
  }
}

/**
 * Grants the application role what it needs and nothing that would let it rewrite history:
 * on audit_events only SELECT and INSERT (the trigger refuses UPDATE/DELETE even for the owner,
 * and only the owner could drop the trigger). Run after every migration.
 */
export async function grantAppRole(ownerUrl: string, role = APP_ROLE): Promise<void> {
  const sql = fs.readFileSync(path.join(REPO_ROOT, 'prisma/sql/app-role.sql'), 'utf8').replaceAll(':app_role', role);
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

