/**
 * Receipts (issue 16 item 8a) as `bangfu audit verify` reads them: every `applyTransitions` /
 * `applyTransition` / `retireeChange` result recorded in a workflow history (local-activity markers and completed
 * activities) carries `{chainId, seq, hash}` of the chain's last event it wrote. The history is a second
 * store the database superuser cannot rewrite, so each receipt must still be in the table: the event at
 * that seq, with that hash. A cut tail leaves a receipt naming a missing seq, a recomputed chain a hash
 * that differs, a deleted chain receipts with no events at all.
 */
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type proto from '@temporalio/proto';
import type { AesGcmCodec } from '../../platform/codec.js';
import type { StoredAuditEvent } from '../../store/audit.js';
import type { Receipt } from '../../store/transition.js';

type History = proto.temporal.api.history.v1.IHistory;

export interface HistoryReceipt extends Receipt {
  workflowId: string;
  runId: string;
  /** The history event that recorded it. */
  eventId: number;
}

/** The activities whose results carry receipts: the case reaction's, a duty's, a retiree file's. */
const WRITERS = new Set(['applyTransitions', 'applyTransition', 'retireeChange']);

/** History event ids arrive as protobuf Longs (no valueOf) or numbers. */
const asNumber = (v: unknown): number => (v && typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : Number(v));

async function decodeOne<T>(codec: AesGcmCodec, payloads: unknown): Promise<T | null> {
  const list = ((payloads as { payloads?: Payload[] } | null | undefined)?.payloads ?? []) as Payload[];
  if (list.length === 0) return null;
  // Core writes a marker's own `data` in clear (json/plain); results are sealed by the payload codec.
  const first = list[0]!;
  const encoding = first.metadata?.encoding ? Buffer.from(first.metadata.encoding).toString() : '';
  const [p] = encoding.startsWith('json/') ? [first] : await codec.decode([first]);
  return p ? defaultPayloadConverter.fromPayload<T>(p) : null;
}

/** The receipts one run's history recorded, in event order. */
export async function receiptsInHistory(history: History, codec: AesGcmCodec, workflowId: string, runId: string): Promise<HistoryReceipt[]> {
  const out: HistoryReceipt[] = [];
  const scheduled = new Map<string, string>();
  const take = (result: { receipts?: Receipt[] } | null, eventId: unknown) => {
    for (const r of result?.receipts ?? []) out.push({ chainId: r.chainId, seq: r.seq, hash: r.hash, workflowId, runId, eventId: asNumber(eventId) });
  };
  for (const e of history.events ?? []) {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName === 'core_local_activity') {
      const data = await decodeOne<{ activity_type?: string }>(codec, marker.details?.data);
      if (data?.activity_type && WRITERS.has(data.activity_type)) take(await decodeOne(codec, marker.details?.result), e.eventId);
      continue;
    }
    const s = e.activityTaskScheduledEventAttributes;
    if (s?.activityType?.name) scheduled.set(String(e.eventId), s.activityType.name);
    const done = e.activityTaskCompletedEventAttributes;
    if (done && WRITERS.has(scheduled.get(String(done.scheduledEventId)) ?? '')) take(await decodeOne(codec, done.result), e.eventId);
  }
  return out;
}

/** Every run (closed ones too, while the namespace keeps them) on the task queue, or of the given workflows. */
async function runsToRead(client: Client, opts: { taskQueue: string; workflowIds?: string[] }): Promise<{ workflowId: string; runId: string }[]> {
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
  const query = opts.workflowIds ? opts.workflowIds.map((id) => `WorkflowId = ${quote(id)}`).join(' OR ') : `TaskQueue = ${quote(opts.taskQueue)}`;
  const runs: { workflowId: string; runId: string }[] = [];
  if (opts.workflowIds?.length === 0) return runs;
  for await (const w of client.workflow.list({ query })) runs.push({ workflowId: w.workflowId, runId: w.runId });
  return runs;
}

/** Reads the receipts of the runs to check, eight histories at a time. */
export async function collectReceipts(client: Client, codec: AesGcmCodec, opts: { taskQueue: string; workflowIds?: string[] }): Promise<{ runs: number; receipts: HistoryReceipt[] }> {
  const runs = await runsToRead(client, opts);
  const receipts: HistoryReceipt[] = [];
  let next = 0;
  const lane = async () => {
    while (next < runs.length) {
      const r = runs[next++]!;
      const history: History = await client.workflow.getHandle(r.workflowId, r.runId).fetchHistory();
      receipts.push(...(await receiptsInHistory(history, codec, r.workflowId, r.runId)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, runs.length) }, lane));
  return { runs: runs.length, receipts };
}

export interface ReceiptProblem {
  seq: number;
  reason: string;
  receipt: HistoryReceipt;
}

/** Checks a chain's receipts against its events; the first problem (lowest seq), if any. */
export function checkReceipts(chainId: string, chain: readonly StoredAuditEvent[], receipts: readonly HistoryReceipt[]): ReceiptProblem | null {
  const bySeq = new Map(chain.map((e) => [e.seq, e]));
  const last = chain.length > 0 ? chain[chain.length - 1]!.seq : 0;
  const sorted = [...receipts].sort((a, b) => a.seq - b.seq);
  for (const r of sorted) {
    const e = bySeq.get(r.seq);
    const where = `receipt in workflow ${r.workflowId} (run ${r.runId}, history event ${r.eventId})`;
    if (!e) {
      const newest = sorted[sorted.length - 1]!.seq;
      const what = chain.length === 0 ? `the whole chain of ${chainId} is missing (receipts name events up to ${newest})` : `events ${last + 1}–${newest} of ${chainId} are missing (the chain ends at ${last})`;
      return { seq: r.seq, reason: `${what}: ${where} names event ${r.seq} with hash ${r.hash}`, receipt: r };
    }
    if (e.hash !== r.hash) return { seq: r.seq, reason: `event ${r.seq} of ${chainId} is not the event written (its hash ${e.hash} differs from the ${where}: ${r.hash}); the chain was recomputed or replaced`, receipt: r };
  }
  return null;
}
