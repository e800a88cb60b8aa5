/**
 * The bench sections that are not throughput: API latency at half the peak rate, the ops overdue
 * query at 10k/100k open cases, replay cost per history event, the working-day calendar, start-up
 * time of `npm start`, and the latest fault-suite result.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type proto from '@temporalio/proto';
import { dataConverter } from '../../platform/codec.js';
import { parseHistory, replayHistories } from '../../platform/replay.js';
import { workflowBundle } from '../../platform/worker.js';
import { createCalendar, defaultCalendarData } from '../../rules/index.js';
import { REPO_ROOT } from '../../platform/database.js';
import { freePort } from '../../platform/ports.js';
import { overdueSteps } from '../../store/ops.js';
import { Api, driveCase, officials, percentile, round } from './driver.js';
import { caseHistory, historyShape } from './e2e.js';
import { cpuBetween, cpuSnapshot } from './proc.js';
import { ownerQuery, type BenchStack, type MeasuredStack } from './stack.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type History = proto.temporal.api.history.v1.IHistory;

// ------------------------------------------------------------------------------------------ api
export async function measureApiLatency(
  stack: MeasuredStack,
  o: { ratePerSecond: number; durationS: number; run: string; offset: number; log?: (s: string) => void },
) {
  const api = new Api(stack.apiUrl, { baseUrls: stack.apiUrls });
  const who = await officials(stack.secrets.jwtSecret);
  const stat = (xs: number[]) => ({ n: xs.length, p50Ms: round(percentile(xs, 50)), p99Ms: round(percentile(xs, 99)), maxMs: round(Math.max(...xs)) });
  const collect = () => {
    const samples: Record<string, number[]> = {};
    const onTiming = (kind: string, ms: number, detail?: string) => {
      (samples[kind] ??= []).push(ms);
      if (detail && kind === 'complete') (samples[`complete ${detail}`] ??= []).push(ms);
    };
    return { samples, onTiming };
  };

  // Unloaded: one case at a time, the floor the latency cannot go below on this stack. Ten cases (the
  // loaded run's case numbers start after them): with four, one slow sample moved the median by 10 ms.
  const floor = collect();
  for (let i = 0; i < 10; i++) await driveCase(api, who, o.offset + i, { run: `${o.run}-floor`, readInbox: true, onTiming: floor.onTiming });

  const loaded = collect();
  const interval = 1000 / o.ratePerSecond;
  const n = Math.max(1, Math.round(o.ratePerSecond * o.durationS));
  const before = cpuSnapshot();
  const t0 = performance.now();
  const running: Promise<unknown>[] = [];
  let failed = 0;
  // Open loop: case i arrives at i × interval whatever happened to the earlier ones.
  for (let i = 0; i < n; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(
      driveCase(api, who, o.offset + 10 + i, { run: o.run, readInbox: true, onTiming: loaded.onTiming }).catch((e: unknown) => {
        failed++;
        o.log?.(`  api: ${(e as Error).message}`);
      }),
    );
  }
  await Promise.all(running);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuBetween(before, cpuSnapshot(), stack.pids());
  const both = [...(loaded.samples.inbox ?? []), ...(loaded.samples.complete ?? [])];
  const table = (samples: Record<string, number[]>) => Object.fromEntries(Object.entries(samples).sort().map(([k, v]) => [k, stat(v)]));
  return {
    offeredCasesPerSecond: round(o.ratePerSecond, 2),
    cases: n,
    failed,
    seconds: round(seconds, 1),
    p50Ms: round(percentile(both, 50)),
    p99Ms: round(percentile(both, 99)),
    byKind: table(loaded.samples),
    unloaded: table(floor.samples),
    cpuSeconds: cpu,
  };
}

// ------------------------------------------------------------------------------------------ ops
/** Adds `count` synthetic open cases, each with one open step; ~25% are past their deadline. */
export async function insertOpenCases(ownerUrl: string, from: number, count: number): Promise<void> {
  const to = from + count - 1;
  // 200 counties, 5 townships each; received over the last 60 days; due from 10 days ago to 30 days ahead.
  await ownerQuery(
    ownerUrl,
    `insert into cases (id, workflow_id, status, current_step, matter, county, township, person_key, applicant_name_masked,
       id_number_masked, applicant, category, hardship_situation, filed_by, priority, open, received_at)
     select 'SYN' || g, 'syn-' || g, 'township_review', 'township_verification', 'temporary_aid',
       (330000 + g % 200)::text, (330000 + g % 200)::text || lpad((1 + g % 5)::text, 3, '0'), 'syn-pk-' || g, '张*丰',
       '3303**********123X', '{}'::jsonb, 'veteran', 1 + g % 5, '{"capacity":"self"}'::jsonb, g % 7, true,
       now() - make_interval(days => g % 60)
     from generate_series($1::int, $2::int) g`,
    [from, to],
  );
  await ownerQuery(
    ownerUrl,
    `insert into tasks (id, case_id, type, status, role, county, township, priority, received_on, due_date, due_at, provisional, overdue)
     select 'SYN' || g || '-township_verification-1', 'SYN' || g, 'township_verification', 'open', 'township_reviewer',
       (330000 + g % 200)::text, (330000 + g % 200)::text || lpad((1 + g % 5)::text, 3, '0'), g % 7,
       to_char((now() - make_interval(days => g % 60)) at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
       to_char((now() + make_interval(days => g % 40 - 10)) at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
       now() + make_interval(days => g % 40 - 10), false, g % 40 < 10
     from generate_series($1::int, $2::int) g`,
    [from, to],
  );
  await ownerQuery(ownerUrl, 'analyze cases; analyze tasks');
}

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number; minMs: number }> {
  await fn(); // warm
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return { p50Ms: round(percentile(xs, 50), 2), p95Ms: round(percentile(xs, 95), 2), minMs: round(Math.min(...xs), 2) };
}

export async function measureOps(stack: BenchStack, o: { sizes: number[]; repeats: number; log?: (s: string) => void }) {
  const who = await officials(stack.secrets.jwtSecret);
  const api = new Api(stack.apiUrl, { retry: false });
  const probe = await api.call('GET', '/v1/ops/overdue?limit=1', who.ops);
  const viaApi = probe.status === 200;
  if (!viaApi) o.log?.(`  ops: GET /v1/ops/overdue answered ${probe.status}; timing the store query (store/ops.ts overdueSteps) instead`);
  const out: Record<string, unknown>[] = [];
  let have = 0;
  for (const size of o.sizes) {
    await insertOpenCases(stack.ownerUrl, have + 1, size - have);
    have = size;
    const openCases = (await ownerQuery<{ n: number }>(stack.ownerUrl, 'select count(*)::int as n from cases where open'))[0]!.n;
    const overdue = (await ownerQuery<{ n: number }>(stack.ownerUrl, `select count(*)::int as n from tasks where status = 'open' and due_at <= now()`))[0]!.n;
    const row: Record<string, unknown> = { openCases, overdueSteps: overdue };
    if (viaApi) {
      row.api = await timeIt(o.repeats, async () => {
        const r = await api.call('GET', '/v1/ops/overdue', who.ops);
        if (r.status !== 200) throw new Error(`ops/overdue answered ${r.status}`);
        row.items = r.body.items.length;
      });
      row.apiOneCounty = await timeIt(o.repeats, () => api.call('GET', '/v1/ops/overdue?county=330017', who.ops));
    }
    row.store = await timeIt(o.repeats, () => overdueSteps(stack.db.prisma, {}, new Date()));
    const plan = await ownerQuery<{ 'QUERY PLAN': string }>(
      stack.ownerUrl,
      `explain (analyze, buffers off) select id from tasks where status = 'open' and due_at <= now() order by due_at asc, id limit 500`,
    );
    row.plan = plan.map((p) => p['QUERY PLAN']).filter((l) => /Scan|Sort|Limit|Execution Time/.test(l)).map((l) => l.trim());
    o.log?.(`  ops at ${openCases} open cases: ${JSON.stringify(viaApi ? row.api : row.store)}`);
    out.push(row);
  }
  const at = (n: number) => out.find((r) => (r.openCases as number) >= n && (r.openCases as number) < n * 1.5) as Record<string, { p50Ms: number }> | undefined;
  const pick = (r?: Record<string, { p50Ms: number }>) => (r ? (viaApi ? r.api!.p50Ms : r.store!.p50Ms) : null);
  return { via: viaApi ? 'GET /v1/ops/overdue (limit 500, all counties)' : 'store/ops.ts overdueSteps', overdueMsAt10k: pick(at(10_000)), overdueMsAt100k: pick(at(100_000)), runs: out };
}

// ------------------------------------------------------------------------------------------ replay
export async function measureReplay(stack: BenchStack, caseIds: string[], o: { log?: (s: string) => void } = {}) {
  const dir = path.join(REPO_ROOT, 'test/fixtures/histories');
  const fixtures = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { workflowId: string; history: unknown })
    .map((r) => ({ workflowId: r.workflowId, history: parseHistory(r.history) }));
  const fresh: { workflowId: string; history: History }[] = [];
  for (const id of caseIds) fresh.push({ workflowId: `case-${id}`, history: await caseHistory(stack.client, id) });
  const bundle = await workflowBundle({ cacheDir: path.join(stack.dataDir, 'cache') });
  const converter = dataConverter(stack.secrets.payloadKey);
  await replayHistories(fixtures.slice(0, 2), { bundle }); // warm: the replay worker's first start
  const run = async (items: { workflowId: string; history: History }[], withCodec: boolean) => {
    const t0 = performance.now();
    const r = await replayHistories(items, { bundle, ...(withCodec ? { dataConverter: converter } : {}) });
    const ms = performance.now() - t0;
    const events = r.reduce((a, x) => a + x.events, 0);
    return { histories: r.length, events, ms: round(ms, 1), failed: r.filter((x) => !x.ok).map((x) => `${x.workflowId}: ${x.error}`).slice(0, 3) };
  };
  const committed = await run(fixtures, false);
  const bench = fresh.length ? await run(fresh, true) : null;
  const events = committed.events + (bench?.events ?? 0);
  const ms = committed.ms + (bench?.ms ?? 0);
  const typical = fresh[0] ? historyShape(fresh[0].history) : null;
  o.log?.(`  replay: ${events} events in ${round(ms)} ms`);
  return {
    msPerEvent: round(ms / events, 3),
    events,
    ms: round(ms, 1),
    committed,
    fresh: bench,
    eventsPerTypicalCase: typical?.events ?? null,
    typicalCase: typical,
  };
}

// ------------------------------------------------------------------------------------------ calendar
export function measureCalendar() {
  const tb = performance.now();
  const cal = createCalendar(defaultCalendarData());
  const buildMs = performance.now() - tb;
  const dates: string[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < 2000; i++) dates.push(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  let sink = 0;
  const loop = (n: number) => {
    for (let i = 0; i < n; i++) sink += cal.addWorkingDays(dates[i % dates.length]!, 1 + (i % 10)).dueDate.length;
  };
  loop(200_000); // warm (JIT)
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    loop(1_000_000);
    runs.push(performance.now() - t0);
  }
  if (sink === 42) process.stdout.write(''); // keep the loop
  return { msPer1M: round(percentile(runs, 50), 1), runsMs: runs.map((x) => round(x, 1)), buildMs: round(buildMs, 1), call: 'createCalendar(defaultCalendarData()).addWorkingDays(date, 1..10)' };
}

// ------------------------------------------------------------------------------------------ startup
/** Processes in a process group (Linux /proc). */
function groupMembers(pgid: number): number {
  let n = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) === pgid && f[0] !== 'Z') n++;
    } catch {
      /* gone */
    }
  }
  return n;
}

/** `npm start` on a data dir until /readyz is 200; then SIGTERM and wait for every part to stop. */
async function startOnce(dataDir: string, logFile: string): Promise<{ readyMs: number; stopMs: number; leftovers: string | null }> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), BANGFU_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  for (const k of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'TEMPORAL_ADDRESS', 'BANGFU_PG_PORT', 'TEMPORAL_UI_PORT', 'BANGFU_JWT_SECRET', 'BANGFU_PAYLOAD_KEY']) delete env[k];
  const t0 = performance.now();
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited = false;
  const gone = new Promise<void>((r) => child.once('exit', () => ((exited = true), r())));
  let readyMs = NaN;
  let stopMs = NaN;
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before it was ready (log ${logFile})`);
      if (performance.now() - t0 > 300_000) throw new Error(`npm start not ready after 300 s (log ${logFile})`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
        if (r.status === 200) {
          readyMs = performance.now() - t0;
          break;
        }
      } catch {
        /* not listening yet */
      }
      await sleep(100);
    }
  } finally {
    const s0 = performance.now();
    if (!exited) child.kill('SIGTERM');
    // Stopped when every process of the group we started (npm → sh → tsx → node → PostgreSQL,
    // Temporal) is gone, not just npm.
    const groupGone = async (ms: number) => {
      for (const until = performance.now() + ms; performance.now() < until; await sleep(50)) if (child.pid && groupMembers(child.pid) === 0) return true;
      return false;
    };
    await Promise.race([gone, sleep(30_000)]);
    if (!(await groupGone(60_000)) && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // npm start did not stop its parts: end the group we started
      } catch {
        /* gone */
      }
      await groupGone(20_000);
    }
    stopMs = performance.now() - s0;
  }
  // Everything it started must be gone: PostgreSQL leaves postmaster.pid while it runs.
  let leftovers: string | null = null;
  for (let i = 0; i < 100 && fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid')); i++) await sleep(100);
  if (fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))) leftovers = 'PostgreSQL still running after npm start stopped';
  return { readyMs: round(readyMs, 0), stopMs: round(stopMs, 0), leftovers };
}

export async function measureStartup(o: { log?: (s: string) => void } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-startup-'));
  const logFile = path.join(os.tmpdir(), `bangfu-startup-${process.pid}.log`);
  try {
    const cold = await startOnce(dataDir, logFile);
    o.log?.(`  startup cold ${cold.readyMs} ms`);
    const warm = await startOnce(dataDir, logFile);
    o.log?.(`  startup warm ${warm.readyMs} ms`);
    return { coldMs: cold.readyMs, warmMs: warm.readyMs, stopMs: { cold: cold.stopMs, warm: warm.stopMs }, leftovers: cold.leftovers ?? warm.leftovers, note: 'npm start with a fresh BANGFU_DATA_DIR (cold: initdb, migrations, webpack bundle) and again on the same dir (warm), to GET /readyz 200; tools in .tools/ already installed' };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------ faults
export function latestFaults(resultsDir: string) {
  const files = fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir).filter((f) => /^faults-.*\.json$/.test(f)).sort() : [];
  const last = files.at(-1);
  if (!last) return { file: null, lostCases: null, duplicatePayments: null, note: 'no fault-suite result yet: npm run test:faults' };
  const r = JSON.parse(fs.readFileSync(path.join(resultsDir, last), 'utf8')) as Record<string, unknown>;
  return { file: `bench/results/${last}`, at: r.startedAt, cases: r.cases, passed: r.passed, lostCases: r.lostCases, duplicatePayments: r.duplicatePayments, brokenAuditChains: r.brokenAuditChains, faults: r.faults };
}
