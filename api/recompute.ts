/**
 * After ops load a calendar year or change a parameter, every running case recomputes its provisional
 * deadlines (SPEC §2 "Working days": running cases included). The API only delegates: it signals
 * `recomputeDeadlines` to each running case workflow (the `cases` projection's open rows name them),
 * a bounded number at a time; the workflows recompute through their own activity.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { openWorkflowIds } from '../store/ops.js';
import { recomputeDeadlinesSignal } from '../workflows/definitions.js';
import type { AppDeps } from './context.js';

export interface RecomputeReport {
  /** Running cases told to recompute. */
  signalled: number;
  /** Cases whose workflow had already finished (the projection had not caught up). */
  finished: number;
  /** Signals that failed (Temporal unreachable, …); those cases recompute at their next change. */
  failed: number;
}

export async function signalRunningCases(deps: Pick<AppDeps, 'db' | 'temporal'>, reason: string, opts: { concurrency?: number } = {}): Promise<RecomputeReport> {
  const report: RecomputeReport = { signalled: 0, finished: 0, failed: 0 };
  const concurrency = Math.max(1, opts.concurrency ?? 16);
  let after: string | null = null;
  for (;;) {
    const ids = await openWorkflowIds(deps.db, after, 1000);
    if (ids.length === 0) break;
    after = ids[ids.length - 1]!;
    let next = 0;
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        try {
          await deps.temporal.withDeadline(Date.now() + 10_000, () => deps.temporal.workflow.getHandle(id).signal(recomputeDeadlinesSignal, { reason }));
          report.signalled++;
        } catch (e) {
          if (e instanceof WorkflowNotFoundError || /already completed|not found/i.test(String((e as Error)?.message))) report.finished++;
          else report.failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, lane));
    if (ids.length < 1000) break;
  }
  return report;
}
