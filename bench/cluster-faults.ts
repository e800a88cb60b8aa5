/**
 * `npm run test:cluster [-- --cases N --concurrency N]`: the fault suite (bench/lib/faults.ts) on a
 * real multi-service Temporal cluster (scripts/cluster/cluster.ts: PostgreSQL, frontend, history,
 * matching and worker as four processes, 2 Bangfu worker replicas, 2 API replicas).
 *
 * N cases (default 300) go from application to paid through both API replicas (each client attempt to
 * the next replica, as behind a load balancer) while, one at a time: a worker replica is SIGKILLed,
 * the history service restarted, an API replica SIGKILLed and started again, the matching service
 * restarted and PostgreSQL restarted (CLUSTER_PLAN). Then: 0 lost cases, 0 duplicate payments,
 * every audit chain verified, no case workflow left running, the parallel races decided once.
 * Prints the figures, writes bench/results/cluster-faults-<time>.json, exits 1 on any failure.
 * Not part of `npm test` (the first run builds the Temporal server: minutes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../platform/database.js';
import { startCluster, type Cluster } from '../scripts/cluster/cluster.js';
import { onLauncherGone } from '../scripts/cluster/launchers.js';
import { CLUSTER_PLAN, runFaultSuite } from './lib/faults.js';
import { machineFacts } from './lib/proc.js';
import { setBenchParameters } from './lib/stack.js';

const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
};
const cases = Number(value('cases') ?? 300);
const concurrency = Number(value('concurrency') ?? 16);
if (!Number.isInteger(cases) || cases < 10 || !Number.isInteger(concurrency) || concurrency < 1) {
  process.stderr.write('--cases: expected a whole number ≥ 10; --concurrency: ≥ 1\n');
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const log = (s: string) => process.stderr.write(`[cluster-faults] ${s}\n`);

let starting: Promise<Cluster> | null = null;
let stopping = false;
async function shutdown(keepData: boolean) {
  if (stopping) return;
  stopping = true;
  const c = await starting?.catch(() => null);
  await c?.stop({ keepData }).catch(() => {});
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void shutdown(false).then(() => process.exit(130)));
onLauncherGone(() => void shutdown(false).then(() => process.exit(130)));

async function main(): Promise<number> {
  let keepData = true;
  const t0 = Date.now();
  try {
    log('starting the cluster (PostgreSQL, Temporal frontend/history/matching/worker, 2 workers, 2 APIs)…');
    starting = startCluster({ log: (s) => log(`  ${s}`) });
    const c = await starting;
    const startS = Math.round((Date.now() - t0) / 100) / 10;
    log(`cluster up in ${startS} s (${JSON.stringify(c.timings)})`);
    await setBenchParameters(c.ownerUrl);
    log(`${cases} cases, concurrency ${concurrency}; faults: ${CLUSTER_PLAN.map((f) => `${f.kind}@${Math.round(f.at * 100)}%`).join(', ')}`);
    const { openDb } = await import('../store/db.js');
    const db = openDb(c.appUrl, { max: 10 });
    const report = await runFaultSuite(
      {
        apiUrl: c.apiUrls[0]!,
        apiUrls: c.apiUrls,
        jwtSecret: c.secrets.jwtSecret,
        db: db.prisma,
        worker: c.workers[0]!,
        api: c.apis[0]!,
        client: c.client,
        restartService: (name) => c.temporal[name].restart(),
        restartPostgres: () => c.restartPostgres(),
      },
      { cases, concurrency, plan: CLUSTER_PLAN, run: `cluster-faults-${stamp}`, log },
    ).finally(() => db.close());
    const restarts = Object.fromEntries([...c.workers, ...c.apis].map((p) => [p.spec.name, { starts: p.starts, kills: p.kills, unexpectedExits: p.unexpectedExits }]));
    const out = { ...report, cluster: { startS, timings: c.timings, shards: c.shards, workers: c.workers.length, apis: c.apis.length, processes: restarts }, machine: machineFacts() };
    const dir = path.join(REPO_ROOT, 'bench/results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `cluster-faults-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    const logs = path.join(os.tmpdir(), `bangfu-cluster-faults-${stamp}-logs`);
    fs.mkdirSync(logs, { recursive: true });
    for (const f of fs.readdirSync(c.dataDir).filter((x) => x.endsWith('.log'))) fs.copyFileSync(path.join(c.dataDir, f), path.join(logs, f));
    for (const f of fs.readdirSync(path.join(c.dataDir, 'temporal')).filter((x) => x.endsWith('.log'))) fs.copyFileSync(path.join(c.dataDir, 'temporal', f), path.join(logs, `temporal-${f}`));
    keepData = !report.passed;
    process.stdout.write(
      [
        '',
        `Cluster fault suite ${report.passed ? 'PASSED' : 'FAILED'}: ${report.cases} cases through ${c.apiUrls.length} API replicas, ${c.workers.length} worker replicas, concurrency ${report.concurrency}, ${report.seconds} s (${report.casesPerSecond} cases/s); cluster start ${startS} s`,
        `  faults        ${report.faults.map((f) => `${f.kind} at ${f.atCasesFinished} paid (down ${f.downMs} ms)`).join('; ')}`,
        `  processes     ${Object.entries(restarts).map(([k, v]) => `${k}: ${v.starts} starts, ${v.kills} killed, ${v.unexpectedExits} exited by itself`).join('; ')}`,
        `  paid          ${report.paid}/${report.cases}`,
        `  lostCases     ${report.lostCases}`,
        `  duplicatePayments ${report.duplicatePayments} (by unique key ${report.duplicatePaymentsByUniqueKey}, by count ${report.duplicatePaymentsByCount}); total ${report.paymentsTotalFen} fen of ${report.expectedTotalFen}`,
        `  audit chains  ${report.auditChainsVerified} verified, ${report.brokenAuditChains} broken; cases without exactly one case_paid event: ${report.casesWithoutOnePaidEvent}`,
        `  workflows     still running: ${report.workflowsStillRunning ?? 'unknown'}`,
        `  parallel      ${JSON.stringify(report.parallel)}`,
        `  client retries ${JSON.stringify(report.retries)}`,
        ...report.failures.map((f) => `  FAILURE: ${f}`),
        ...report.lost.slice(0, 10).map((l) => `  LOST: ${l}`),
        `results: ${path.relative(REPO_ROOT, file)}`,
        `logs (Temporal services, workers, APIs): ${logs}`,
        ...(report.passed ? [] : [`data (databases) kept in ${c.dataDir}`]),
      ].join('\n') + '\n',
    );
    // The checks ran on what the clients saw and on the database; a failure must also fail the run.
    return report.passed && report.workflowsStillRunning === 0 ? 0 : 1;
  } finally {
    await shutdown(keepData);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`failed: ${(e as Error).stack ?? e}`);
    void shutdown(true).then(() => process.exit(1));
  },
);
