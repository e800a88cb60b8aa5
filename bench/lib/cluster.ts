/**
 * `npm run bench -- --cluster`: the e2e and API sections again on a real multi-service Temporal
 * cluster (scripts/cluster/cluster.ts: PostgreSQL, four Temporal services, 2 worker replicas, 2 API
 * replicas), in the same run as the dev-server figures, so the two can be read side by side. The
 * result JSON gets a `cluster` section: e2e.casesPerSecond, e2e.ratioToRawTemporal (against the raw
 * workflow of the same shape on the same cluster), api.p99Ms.
 */
import { startCluster } from '../../scripts/cluster/cluster.js';
import { round } from './driver.js';
import { caseHistory, historyShape, measureE2E, measureRaw, type HistoryShape } from './e2e.js';
import { measureApiLatency } from './sections.js';
import { setBenchParameters, type MeasuredStack } from './stack.js';

export async function measureCluster(o: {
  cases: number;
  concurrency: number;
  apiSeconds: number;
  stamp: string;
  /** The case shape measured on the dev server (the raw baseline's shape when this run has none). */
  shape: HistoryShape;
  sections: Set<string>;
  log: (s: string) => void;
}): Promise<Record<string, unknown>> {
  const t0 = Date.now();
  const c = await startCluster({ log: (s) => o.log(`  ${s}`) });
  try {
    const startS = round((Date.now() - t0) / 1000, 1);
    o.log(`  cluster up in ${startS} s (${JSON.stringify(c.timings)})`);
    await setBenchParameters(c.ownerUrl);
    const stack: MeasuredStack = {
      apiUrl: c.apiUrls[0]!,
      apiUrls: c.apiUrls,
      secrets: c.secrets,
      pids: c.pids,
      temporalAddress: c.frontendAddress,
      dataDir: c.dataDir,
      connection: c.connection,
      client: c.client,
    };
    const out: Record<string, unknown> = { startS, timings: c.timings, shards: c.shards, workers: c.workers.length, apis: c.apis.length };
    // Offsets far from the dev-server run's applicants: a fresh database, but distinct keys are clearer in logs.
    let offset = 500_000;
    o.log(`  cluster warm-up: ${o.concurrency} cases`);
    await measureE2E(stack, { cases: o.concurrency, concurrency: o.concurrency, run: `cluster-warm-${o.stamp}`, offset });
    offset += o.concurrency;
    let peak: number | null = null;
    if (o.sections.has('e2e')) {
      o.log(`  cluster e2e: ${o.cases} cases, concurrency ${o.concurrency}, through ${c.apiUrls.length} API replicas`);
      const e2e = await measureE2E(stack, { cases: o.cases, concurrency: o.concurrency, run: `cluster-e2e-${o.stamp}`, offset, log: o.log });
      offset += o.cases;
      const shape = e2e.caseIds[0] ? historyShape(await caseHistory(c.client, e2e.caseIds[0])) : o.shape;
      o.log(`  cluster: ${e2e.casesPerSecond} cases/s; raw baseline on the cluster…`);
      const raw = await measureRaw(stack, { segments: shape.segments, timers: shape.timers > 0 }, { cases: o.cases, concurrency: o.concurrency, run: `cluster-${o.stamp}`, log: o.log });
      o.log(`  cluster raw: ${raw.casesPerSecond} workflows/s`);
      peak = e2e.casesPerSecond;
      const { caseIds: _ids, ...run } = e2e;
      const perCase = (cpu: Record<string, number>, n: number) =>
        round(Object.entries(cpu).reduce((a, [k, v]) => (k === 'others' || k === 'wallS' ? a : a + v), 0) / n, 3);
      out.e2e = {
        casesPerSecond: e2e.casesPerSecond,
        rawTemporalCasesPerSecond: raw.casesPerSecond,
        ratioToRawTemporal: round(e2e.casesPerSecond / raw.casesPerSecond, 3),
        cpuSecondsPerCase: { e2e: perCase(e2e.cpuSeconds, e2e.cases), raw: perCase(raw.cpuSeconds, raw.cases) },
        othersCpuCoresDuringRuns: { e2e: round((e2e.cpuSeconds.others ?? 0) / e2e.seconds, 2), raw: round((raw.cpuSeconds.others ?? 0) / raw.seconds, 2) },
        typicalCase: shape,
        run,
        raw,
      };
    }
    if (o.sections.has('api')) {
      const rate = (peak ?? 4) / 2;
      o.log(`  cluster api: open-loop ${round(rate, 2)} cases/s for ${o.apiSeconds} s`);
      out.api = { ...(await measureApiLatency(stack, { ratePerSecond: rate, durationS: o.apiSeconds, run: `cluster-api-${o.stamp}`, offset, log: o.log })), peakCasesPerSecond: peak };
    }
    out.processRestarts = Object.fromEntries([...c.workers, ...c.apis].map((p) => [p.spec.name, p.unexpectedExits]));
    return out;
  } finally {
    await c.stop();
  }
}
