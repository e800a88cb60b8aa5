/**
 * After ops load a calendar year or change a parameter, running cases recompute their provisional
 * deadlines. The API only starts the fan-out workflow (workflows/recompute.ts) and waits a moment for
 * it: a small deployment gets the final counts in the answer, a large one gets the progress so far
 * (`running: true`) and follows it under GET /v1/ops/recomputes.
 */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from './context.js';

export interface RecomputeReport {
  /** Running cases told to recompute (so far). */
  signalled: number;
  /** Cases whose workflow had already finished (the projection had not caught up). */
  finished: number;
  /** Signals that failed; those cases recompute at their next change. */
  failed: number;
  /** The fan-out workflow, and whether it is still going. */
  workflowId?: string;
  running?: boolean;
}

type Progress = { signalled: number; finished: number; failed: number; done: boolean };

export async function signalRunningCases(deps: Pick<AppDeps, 'temporal' | 'taskQueue'>, reason: string, opts: { waitMs?: number } = {}): Promise<RecomputeReport> {
  const workflowId = `recompute-${new Date().toISOString().replace(/[:.]/g, '')}-${randomUUID().slice(0, 8)}`;
  const handle = await deps.temporal.workflow.start('recomputeFanoutWorkflow', { workflowId, taskQueue: deps.taskQueue, args: [{ reason }] });
  const waited = await Promise.race([
    handle.result() as Promise<Progress>,
    new Promise<null>((r) => setTimeout(() => r(null), opts.waitMs ?? 3_000).unref()),
  ]).catch(() => null);
  const p: Progress | null = waited ?? (await handle.query<Progress>('progress').catch(() => null));
  return { signalled: p?.signalled ?? 0, finished: p?.finished ?? 0, failed: p?.failed ?? 0, workflowId, running: !(p?.done ?? false) };
}

/** The latest fan-outs with their progress (GET /v1/ops/recomputes). */
export async function listRecomputes(deps: Pick<AppDeps, 'temporal'>, limit = 20): Promise<(RecomputeReport & { reason: string; startedAt: string; status: string })[]> {
  const found: { workflowId: string; startTime: Date; status: string }[] = [];
  for await (const w of deps.temporal.workflow.list({ query: `WorkflowType = 'recomputeFanoutWorkflow'`, pageSize: limit })) {
    found.push({ workflowId: w.workflowId, startTime: w.startTime, status: w.status.name });
    if (found.length >= limit) break;
  }
  // A query needs a worker of the fan-out's task queue: with none polling (workers down, or the fan-out
  // started by a process that is gone) it would wait for one. Each is asked at once, for at most 2 s;
  // without an answer the row still lists the fan-out, its progress unknown (zeros).
  const progress = await Promise.all(
    found.map((w) =>
      deps.temporal
        .withDeadline(Date.now() + 2_000, () => deps.temporal.workflow.getHandle(w.workflowId).query<Progress & { reason: string }>('progress'))
        .catch(() => null),
    ),
  );
  return found.map((w, i) => {
    const p = progress[i];
    return { workflowId: w.workflowId, reason: p?.reason ?? '', signalled: p?.signalled ?? 0, finished: p?.finished ?? 0, failed: p?.failed ?? 0, running: w.status === 'RUNNING', startedAt: w.startTime.toISOString(), status: w.status };
  });
}

/**
 * Debounced recompute (issue 16 item 15): admin changes in a burst do not each start a fan-out over
 * every running case. A change waits a short settle time; changes arriving meanwhile join it; while a
 * fan-out is being started and awaited, later changes join one queued fan-out that starts when it
 * ends (so it sees all of them). Each caller gets the report of the fan-out that covered its change:
 * N changes in a burst cost at most two fan-outs, not N. (Per API process; each replica coalesces its own.)
 */
export function createRecomputer(deps: Pick<AppDeps, 'temporal' | 'taskQueue'>, opts: { waitMs?: number; settleMs?: number } = {}) {
  interface Batch {
    reasons: string[];
    started: boolean;
    promise: Promise<RecomputeReport>;
  }
  let active: Batch | null = null; // settling or running
  let queued: Batch | null = null; // waits for the active one to end
  let sweeps = 0;

  function makeBatch(after: Promise<unknown>, reason: string): Batch {
    const b = { reasons: [reason], started: false } as Batch;
    b.promise = after
      .catch(() => undefined)
      .then(() => new Promise((r) => setTimeout(r, opts.settleMs ?? 500)))
      .then(() => {
        if (queued === b) queued = null;
        active = b;
        b.started = true;
        sweeps++;
        const why = b.reasons.length === 1 ? b.reasons[0]! : `${b.reasons.length} changes: ${b.reasons.join('; ')}`.slice(0, 1000);
        return signalRunningCases(deps, why, opts);
      })
      .finally(() => {
        if (active === b) active = null;
      });
    return b;
  }

  function request(reason: string): Promise<RecomputeReport> {
    if (active && !active.started) {
      active.reasons.push(reason);
      return active.promise;
    }
    if (queued) {
      queued.reasons.push(reason);
      return queued.promise;
    }
    if (active) {
      queued = makeBatch(active.promise, reason);
      return queued.promise;
    }
    active = makeBatch(Promise.resolve(), reason);
    return active.promise;
  }

  return { request, sweeps: () => sweeps };
}
