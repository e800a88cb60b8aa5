/**
 * `npm run migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
 * SQL that takes the last committed schema (git HEAD) to the working-tree schema. Uses
 * `prisma migrate diff` between two schema files, so no shadow database is needed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startEmbeddedPostgres } from '../platform/database.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('usage: npm run migration:new -- <name>   (lower case letters, digits and _)\n');
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-migration-'));
const previous = path.join(tmp, 'previous.prisma');
fs.writeFileSync(previous, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: REPO_ROOT }));
// The CLI's WASM schema engine works through the driver adapter, which wants a live connection even
// for a file-to-file diff: use DATABASE_URL if given, else a throw-away embedded PostgreSQL.
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg') });
const url = process.env.DATABASE_URL ?? embedded!.ownerUrl();
const r = spawnSync(
  path.join(REPO_ROOT, 'node_modules/.bin/prisma'),
  ['migrate', 'diff', '--from-schema-datamodel', previous, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
);
await embedded?.stop();
if (r.status !== 0) {
  process.stderr.write(r.stderr || r.stdout);
  process.exit(1);
}
if (/This is an empty migration/.test(r.stdout) || r.stdout.trim() === '') {
  process.stderr.write('prisma/schema.prisma has not changed since HEAD: nothing to migrate\n');
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join(REPO_ROOT, 'prisma/migrations', `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'migration.sql'), r.stdout);
process.stdout.write(`wrote ${path.relative(REPO_ROOT, dir)}/migration.sql\n`);
