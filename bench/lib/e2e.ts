/**
 * Throughput: cases per second through the real API from application to `paid`, and the raw Temporal
 * baseline (bench/raw-workflow.ts) with the shape of a real case from the same run, driven with the
 * same concurrency. Also the shape itself: a case's history counted by event kind.
 */
import path from 'node:path';
import proto from '@temporalio/proto';
import { Client, WithStartWorkflowOperation, type Connection } from '@temporalio/client';
import { workflowIdForCase } from '../../workflows/definitions.js';
import type { RawShape } from '../raw-workflow.js';
import { Api, driveCase, officials, pool, round, type Timing } from './driver.js';
import { Child, cpuBetween, cpuSnapshot } from './proc.js';
import { NAMESPACE, type MeasuredStack } from './stack.js';

type History = proto.temporal.api.history.v1.IHistory;
const ET = proto.temporal.api.enums.v1.EventType;

export interface HistoryShape {
  events: number;
  workflowTasks: number;
  activities: number;
  updates: number;
  timers: number;
  searchAttributeUpserts: number;
  /** Activities scheduled after each accepted update (the first update is the one sent with the start). */
  segments: number[];
  /** Search-attribute upserts after each accepted update. */
  upsertsPerSegment: number[];
  /** Mean bytes of an activity's input and of an update's result (payloads as stored: encrypted). */
  activityInputBytes: number;
  updateResultBytes: number;
}

export function historyShape(h: History): HistoryShape {
  const s: HistoryShape = { events: 0, workflowTasks: 0, activities: 0, updates: 0, timers: 0, searchAttributeUpserts: 0, segments: [], upsertsPerSegment: [], activityInputBytes: 0, updateResultBytes: 0 };
  let current = 0;
  let upserts = 0;
  let inputBytes = 0;
  let resultBytes = 0;
  const size = (p?: { payloads?: { data?: Uint8Array | null; metadata?: Record<string, Uint8Array> | null }[] | null } | null) =>
    (p?.payloads ?? []).reduce((a, x) => a + (x.data?.length ?? 0) + Object.values(x.metadata ?? {}).reduce((b, m) => b + m.length, 0), 0);
  for (const e of h.events ?? []) {
    s.events++;
    switch (e.eventType) {
      case ET.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
        s.workflowTasks++;
        break;
      case ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
        s.activities++;
        current++;
        inputBytes += size(e.activityTaskScheduledEventAttributes?.input);
        break;
      case ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
        if (s.updates > 0) {
          s.segments.push(current);
          s.upsertsPerSegment.push(upserts);
          current = 0;
          upserts = 0;
        }
        s.updates++;
        break;
      case ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
        resultBytes += size(e.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success);
        break;
      case ET.EVENT_TYPE_TIMER_STARTED:
        s.timers++;
        break;
      case ET.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES:
        s.searchAttributeUpserts++;
        upserts++;
        break;
      default:
    }
  }
  s.segments.push(current);
  s.upsertsPerSegment.push(upserts);
  s.activityInputBytes = s.activities ? Math.round(inputBytes / s.activities) : 0;
  s.updateResultBytes = s.updates ? Math.round(resultBytes / s.updates) : 0;
  return s;
}

export interface ThroughputResult {
  cases: number;
  concurrency: number;
  failed: number;
  errors: string[];
  seconds: number;
  casesPerSecond: number;
  caseP50Ms: number;
  /** CPU seconds per process group during the run (Linux /proc). */
  cpuSeconds: Record<string, number>;
}

export async function measureE2E(
  stack: MeasuredStack,
  o: { cases: number; concurrency: number; run: string; offset?: number; readInbox?: boolean; onTiming?: Timing; log?: (s: string) => void },
): Promise<ThroughputResult & { caseIds: string[]; retries: Api['stats'] }> {
  const api = new Api(stack.apiUrl, { baseUrls: stack.apiUrls });
  const who = await officials(stack.secrets.jwtSecret);
  const before = cpuSnapshot();
  const t0 = performance.now();
  const results = await pool(o.cases, o.concurrency, (i) => driveCase(api, who, (o.offset ?? 0) + i, { run: o.run, readInbox: o.readInbox, onTiming: o.onTiming }), (n) => {
    if (n % Math.max(1, Math.floor(o.cases / 5)) === 0) o.log?.(`  e2e ${n}/${o.cases}`);
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuBetween(before, cpuSnapshot(), stack.pids());
  const ok = results.filter((r): r is Exclude<typeof r, Error> => !(r instanceof Error) && r.status === 'paid');
  const errors = results.filter((r): r is Error => r instanceof Error).map((e) => e.message);
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
  return {
    cases: o.cases,
    concurrency: o.concurrency,
    failed: o.cases - ok.length,
    errors: errors.slice(0, 5),
    seconds: round(seconds, 2),
    casesPerSecond: round(ok.length / seconds, 2),
    caseP50Ms: round(ms[Math.floor(ms.length / 2)] ?? NaN, 0),
    cpuSeconds: cpu,
    caseIds: ok.map((r) => r.caseId),
    retries: api.stats,
  };
}

export async function caseHistory(client: Client, caseId: string): Promise<History> {
  return client.workflow.getHandle(workflowIdForCase(caseId)).fetchHistory();
}

export const stepUpdateName = 'step';

/** The raw baseline: its own worker process and task queue, the client straight to Temporal. */
export async function measureRaw(
  stack: MeasuredStack,
  shape: RawShape,
  o: { cases: number; concurrency: number; run: string; log?: (s: string) => void },
): Promise<ThroughputResult & { history: HistoryShape | null }> {
  const taskQueue = `bench-raw-${o.run}`;
  const worker = new Child({
    name: 'raw-worker',
    script: 'bench/raw-worker.ts',
    env: { TEMPORAL_ADDRESS: stack.temporalAddress, TEMPORAL_NAMESPACE: NAMESPACE, TEMPORAL_TASK_QUEUE: taskQueue },
    ready: /ready/,
    logFile: path.join(stack.dataDir, 'raw-worker.log'),
  });
  await worker.start();
  // A client without Bangfu's payload codec: the baseline is Temporal alone.
  const client = new Client({ connection: stack.connection as Connection, namespace: NAMESPACE });
  const drive = async (i: number) => {
    const t0 = performance.now();
    const workflowId = `raw-${o.run}-${i}`;
    const op = new WithStartWorkflowOperation('rawCaseWorkflow', { workflowId, taskQueue, args: [shape], workflowIdConflictPolicy: 'FAIL' });
    await client.workflow.executeUpdateWithStart(stepUpdateName, { startWorkflowOperation: op });
    const h = client.workflow.getHandle(workflowId);
    for (let s = 1; s < shape.segments.length; s++) await h.executeUpdate(stepUpdateName);
    await h.result();
    return { ms: performance.now() - t0, workflowId };
  };
  try {
    // Warm-up (bundle loaded, first tasks), not timed.
    await pool(Math.min(o.concurrency, 4), o.concurrency, (i) => drive(1_000_000 + i));
    const before = cpuSnapshot();
    const t0 = performance.now();
    const results = await pool(o.cases, o.concurrency, drive);
    const seconds = (performance.now() - t0) / 1000;
    // Bangfu's workers and APIs (every replica) sit idle here: not part of the baseline's CPU.
    const ours = Object.fromEntries(Object.entries(stack.pids()).filter(([k]) => !/^(worker|api)\d*$/.test(k)));
    const cpu = cpuBetween(before, cpuSnapshot(), { ...ours, rawWorker: worker.pid });
    const ok = results.filter((r): r is { ms: number; workflowId: string } => !(r instanceof Error));
    const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
    const history = ok[0] ? historyShape(await client.workflow.getHandle(ok[0].workflowId).fetchHistory()) : null;
    return {
      cases: o.cases,
      concurrency: o.concurrency,
      failed: o.cases - ok.length,
      errors: results.filter((r): r is Error => r instanceof Error).slice(0, 5).map((e) => e.message),
      seconds: round(seconds, 2),
      casesPerSecond: round(ok.length / seconds, 2),
      caseP50Ms: round(ms[Math.floor(ms.length / 2)] ?? NaN, 0),
      cpuSeconds: cpu,
      history,
    };
  } finally {
    await worker.stop();
  }
}
