/**
 * `bangfu reconcile --case <id> | --all-open`: the audit log and the workflow history agree.
 *
 * Every decision — a `completeTask` update the workflow accepted (WorkflowExecutionUpdateAccepted in
 * its Temporal history, every run of it across continue-as-new) — must have a `task_completed` event
 * in the case's audit log with the same taskId and decision, and every `task_completed` event must
 * have such a decision. Anything missing on either side, or a different decision, is reported; the
 * exit code is 1 when anything disagrees (2 on bad arguments).
 *
 * Payloads in the history are encrypted (platform/codec.ts): the command decrypts them with
 * BANGFU_PAYLOAD_KEY (and BANGFU_PAYLOAD_OLD_KEYS).
 */
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type proto from '@temporalio/proto';
import { loadEnv } from '../../config/env.js';
import { AesGcmCodec, dataConverter } from '../../platform/codec.js';
import { locate } from '../../platform/locate.js';
import { loadSecrets } from '../../platform/secrets.js';
import { connectTemporal } from '../../platform/temporal.js';
import { loadChain } from '../../store/audit.js';
import { openCaseIds } from '../../store/cases.js';
import { openDb, type Db } from '../../store/db.js';
import { completeTaskUpdate, workflowIdForCase, type CompleteTaskInput } from '../../workflows/definitions.js';

type History = proto.temporal.api.history.v1.IHistory;

export interface Decision {
  taskId: string;
  decision: string | null;
  /** Where it was found: the update id (history) or the audit event's seq. */
  updateId?: string;
  runId?: string;
  seq?: number;
}

export interface Reconciliation {
  caseId: string;
  workflowId: string;
  ok: boolean;
  /** Runs of the workflow read (more than one after continue-as-new). */
  runs: number;
  decisions: number;
  taskCompletedEvents: number;
  /** Accepted in the workflow, no task_completed event. */
  missingInAudit: Decision[];
  /** task_completed events the workflow never accepted. */
  missingInHistory: Decision[];
  /** The same task with different decisions on the two sides. */
  mismatched: { taskId: string; history: string | null; audit: string | null }[];
  error?: string;
}

/** Accepted completeTask updates in one run's history. */
export async function decisionsInHistory(history: History, codec: AesGcmCodec, runId?: string): Promise<Decision[]> {
  const out: Decision[] = [];
  for (const e of history.events ?? []) {
    const acc = e.workflowExecutionUpdateAcceptedEventAttributes;
    const input = acc?.acceptedRequest?.input;
    if (!input || input.name !== completeTaskUpdate.name) continue;
    const payloads = (input.args?.payloads ?? []) as Payload[];
    const [first] = await codec.decode(payloads.slice(0, 1));
    const arg = first ? defaultPayloadConverter.fromPayload<CompleteTaskInput>(first) : null;
    if (!arg?.taskId) continue;
    out.push({ taskId: arg.taskId, decision: arg.decision ?? null, updateId: acc?.acceptedRequest?.meta?.updateId ?? undefined, ...(runId ? { runId } : {}) });
  }
  return out;
}

/** Every run of the workflow, newest first (follows continue-as-new back to the first run). */
export async function fetchRuns(client: Client, workflowId: string): Promise<{ runId: string; history: History }[]> {
  const runs: { runId: string; history: History }[] = [];
  let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
  const seen = new Set<string>();
  while (runId && !seen.has(runId) && runs.length < 1000) {
    seen.add(runId);
    const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.push({ runId, history });
    const startedEvent = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    runId = startedEvent?.continuedExecutionRunId || undefined;
  }
  return runs;
}

export async function reconcileCase(client: Client, db: Db, codec: AesGcmCodec, caseId: string): Promise<Reconciliation> {
  const workflowId = workflowIdForCase(caseId);
  const base: Reconciliation = { caseId, workflowId, ok: false, runs: 0, decisions: 0, taskCompletedEvents: 0, missingInAudit: [], missingInHistory: [], mismatched: [] };
  let history: Decision[] = [];
  try {
    const runs = await fetchRuns(client, workflowId);
    base.runs = runs.length;
    for (const r of runs.reverse()) history.push(...(await decisionsInHistory(r.history, codec, r.runId)));
  } catch (e) {
    if (!(e instanceof WorkflowNotFoundError)) throw e;
    base.error = `no workflow ${workflowId} in Temporal (never started, or closed longer ago than the namespace retention)`;
    history = [];
  }
  const audit: Decision[] = (await loadChain(db, caseId))
    .filter((e) => e.type === 'task_completed')
    .map((e) => ({ taskId: String((e.data as { taskId?: unknown }).taskId ?? ''), decision: ((e.data as { decision?: unknown }).decision as string | null) ?? null, seq: e.seq }));

  const pending = [...audit];
  for (const d of history) {
    const i = pending.findIndex((a) => a.taskId === d.taskId);
    if (i < 0) {
      base.missingInAudit.push(d);
      continue;
    }
    const [a] = pending.splice(i, 1);
    if ((a!.decision ?? null) !== (d.decision ?? null)) base.mismatched.push({ taskId: d.taskId, history: d.decision, audit: a!.decision });
  }
  base.missingInHistory = pending;
  base.decisions = history.length;
  base.taskCompletedEvents = audit.length;
  base.ok = !base.error && base.missingInAudit.length === 0 && base.missingInHistory.length === 0 && base.mismatched.length === 0;
  return base;
}

export async function reconcile(args: string[]): Promise<number> {
  const caseIdx = args.indexOf('--case');
  const caseId = caseIdx >= 0 ? args[caseIdx + 1] : undefined;
  const allOpen = args.includes('--all-open');
  if ((!caseId && !allOpen) || (caseIdx >= 0 && (!caseId || caseId.startsWith('--')))) {
    process.stderr.write('usage: bangfu reconcile --case <id> | --all-open\n');
    return 2;
  }
  const env = loadEnv();
  const where = locate(env);
  const secrets = loadSecrets(env.dataDir, env);
  const db = openDb(where.databaseUrl(), { max: 4 });
  const connection = await connectTemporal(where.temporalAddress(), { timeoutMs: 10_000 });
  const client = new Client({ connection, namespace: where.namespace, dataConverter: dataConverter(secrets.payloadKey, secrets.oldPayloadKeys) });
  const codec = new AesGcmCodec(secrets.payloadKey, secrets.oldPayloadKeys);
  try {
    const ids = caseId
      ? [caseId]
      : await openCaseIds(db.prisma);
    const started = Date.now();
    const results: Reconciliation[] = [];
    let next = 0;
    const lane = async () => {
      while (next < ids.length) results.push(await reconcileCase(client, db.prisma, codec, ids[next++]!));
    };
    await Promise.all(Array.from({ length: Math.min(8, ids.length) }, lane));
    const bad = results.filter((r) => !r.ok).sort((a, b) => a.caseId.localeCompare(b.caseId));
    if (caseId) process.stdout.write(JSON.stringify({ ...results[0]!, ms: Date.now() - started }) + '\n');
    else {
      const decisions = results.reduce((n, r) => n + r.decisions, 0);
      process.stdout.write(JSON.stringify({ ok: bad.length === 0, cases: results.length, decisions, discrepancies: bad.length, ms: Date.now() - started, results: bad }) + '\n');
    }
    for (const r of bad) {
      const parts = [
        ...r.missingInAudit.map((d) => `decision ${d.decision} on ${d.taskId} (update ${d.updateId ?? '?'}) has no task_completed audit event`),
        ...r.missingInHistory.map((d) => `audit event ${d.seq} (task_completed ${d.taskId}, ${d.decision}) has no decision in the workflow history`),
        ...r.mismatched.map((m) => `${m.taskId}: workflow decided ${m.history}, audit says ${m.audit}`),
        ...(r.error ? [r.error] : []),
      ];
      process.stderr.write(`case ${r.caseId}: ${parts.join('; ')}\n`);
    }
    return bad.length ? 1 : 0;
  } finally {
    await connection.close();
    await db.close();
  }
}
