/**
 * `npm run test:faults [-- --cases N --concurrency N]`: the fault suite on a whole stack of its own.
 *
 * N cases (default 1000) go from application to paid through the HTTP API, with the API and the worker
 * as separate child processes, PostgreSQL embedded and the Temporal dev server on a SQLite file (so it
 * survives its own restart). Meanwhile the worker is killed with SIGKILL three times, the Temporal dev
 * server is restarted once and PostgreSQL is restarted once (bench/lib/faults.ts FULL_PLAN). Clients
 * retry on 503 and connection errors. Then: every case paid, none lost, none paid twice (unique key and
 * count), every audit chain verified, and the parallel races decided once.
 *
 * Writes bench/results/faults-<time>.json; exits 1 when anything was lost or doubled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../platform/database.js';
import { FULL_PLAN, runFaultSuite } from './lib/faults.js';
import { machineFacts } from './lib/proc.js';
import { setBenchParameters, startBenchStack, type BenchStack } from './lib/stack.js';

const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
};
const cases = Number(value('cases') ?? 1000);
const concurrency = Number(value('concurrency') ?? 16);
if (!Number.isInteger(cases) || cases < 10) {
  process.stderr.write('--cases: expected a whole number ≥ 10\n');
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const log = (s: string) => process.stderr.write(`[faults] ${s}\n`);

async function main(): Promise<number> {
  let stack: BenchStack | null = null;
  let keepData = true;
  try {
    log('starting the stack (PostgreSQL, Temporal dev server on SQLite, worker and API as child processes)…');
    stack = await startBenchStack({ log: (s) => log(`  ${s}`) });
    await setBenchParameters(stack.ownerUrl);
    log(`${cases} cases, concurrency ${concurrency}; faults: ${FULL_PLAN.map((f) => `${f.kind}@${Math.round(f.at * 100)}%`).join(', ')}`);
    const s = stack;
    const report = await runFaultSuite(
      {
        apiUrl: s.apiUrl,
        jwtSecret: s.secrets.jwtSecret,
        db: s.db.prisma,
        worker: s.worker,
        api: s.api,
        client: s.client,
        restartTemporal: () => s.restartTemporal(),
        restartPostgres: () => s.restartPostgres(),
      },
      { cases, concurrency, plan: FULL_PLAN, run: `faults-${stamp}`, log },
    );
    const out = { ...report, machine: machineFacts() };
    const dir = path.join(REPO_ROOT, 'bench/results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `faults-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    const lines = [
      '',
      `Fault suite ${report.passed ? 'PASSED' : 'FAILED'}: ${report.cases} cases, concurrency ${report.concurrency}, ${report.seconds} s (${report.casesPerSecond} cases/s)`,
      `  faults        ${report.faults.map((f) => `${f.kind} at ${f.atCasesFinished} paid (down ${f.downMs} ms)`).join('; ')}`,
      `  restarts      worker killed ${report.processRestarts.workerKills}×, worker exited by itself ${report.processRestarts.workerUnexpectedExits}×, API ${report.processRestarts.apiUnexpectedExits}×`,
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
    ];
    // The processes' logs outlive the data dir (a 500 answered during a fault is explained there).
    const logs = path.join(os.tmpdir(), `bangfu-faults-${stamp}-logs`);
    fs.mkdirSync(logs, { recursive: true });
    for (const f of fs.readdirSync(s.dataDir).filter((x) => x.endsWith('.log'))) fs.copyFileSync(path.join(s.dataDir, f), path.join(logs, f));
    lines.push(`logs (worker, API, Temporal): ${logs}`);
    if (!report.passed) lines.push(`data (databases) kept in ${s.dataDir}`);
    keepData = !report.passed;
    process.stdout.write(lines.join('\n') + '\n');
    return report.passed ? 0 : 1;
  } finally {
    await stack?.stop({ keepData }).catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
